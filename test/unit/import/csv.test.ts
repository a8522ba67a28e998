import { describe, expect, it } from 'vitest';
import { csvRows, csvRowsOfText, CsvRowReader, UnterminatedQuoteError, MAX_ROW_CHARS } from '../../../src/core/import/csv';
import { chunksOf } from './helpers';

const NASTY = [
  '\uFEFFNotes:',
  '"A note, with commas',
  'and a second line"',
  '',
  'a,b,c',
  '1,"two, with comma","three ""quoted"""',
  '4,"multi',
  'line',
  'field",6',
  '',
  '',
  '7,José 🙂,9',
].join('\n');

const EXPECTED = [
  { line: 1, cells: ['Notes:'] },
  { line: 2, cells: ['A note, with commas\nand a second line'] },
  { line: 5, cells: ['a', 'b', 'c'] },
  { line: 6, cells: ['1', 'two, with comma', 'three "quoted"'] },
  { line: 7, cells: ['4', 'multi\nline\nfield', '6'] },
  { line: 12, cells: ['7', 'José 🙂', '9'] },
];

const shape = (rows: { line: number; cells: string[] }[]) => rows.map(({ line, cells }) => ({ line, cells }));

describe('CSV rows with their line numbers', () => {
  it('reads quotes, commas, line breaks in fields, a BOM, and skips blank lines while counting them', () => {
    expect(shape(csvRowsOfText(NASTY))).toEqual(EXPECTED);
  });

  it('CRLF files give the same rows and lines; line breaks inside quoted fields are kept as written', () => {
    const crlf = NASTY.replace(/\n/gu, '\r\n');
    const rows = shape(csvRowsOfText(crlf));
    expect(rows.map((row) => row.line)).toEqual(EXPECTED.map((row) => row.line));
    expect(rows[3]!.cells).toEqual(['1', 'two, with comma', 'three "quoted"']);
    expect(rows[4]!.cells).toEqual(['4', 'multi\r\nline\r\nfield', '6']);
    expect(rows[5]!.cells).toEqual(['7', 'José 🙂', '9']);
  });

  it('a CRLF file whose quoted fields hold bare LF still splits rows on CRLF', () => {
    const text = 'a,b\r\n"x\ny",z\r\n1,2\r\n';
    expect(shape(csvRowsOfText(text))).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'z'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it.each([1, 2, 3, 7, 16, 1000])('gives the same rows when fed in chunks of %i characters', async (size) => {
    for (const text of [NASTY, NASTY.replace(/\n/gu, '\r\n')]) {
      const streamed = [];
      for await (const row of csvRows(chunksOf(text, size))) streamed.push(row);
      expect(shape(streamed)).toEqual(shape(csvRowsOfText(text)));
    }
  });

  it('accepts an async iterable and a whole string', async () => {
    async function* source() {
      yield 'a,b\n1,';
      yield '2\n';
    }
    const fromAsync = [];
    for await (const row of csvRows(source())) fromAsync.push(row.cells);
    const fromString = [];
    for await (const row of csvRows('a,b\n1,2')) fromString.push(row.cells);
    expect(fromAsync).toEqual([['a', 'b'], ['1', '2']]);
    expect(fromString).toEqual(fromAsync);
  });

  it('keeps the row as written for error reports, cut short', () => {
    const rows = csvRowsOfText(`a,b\n"x, y",${'z'.repeat(500)}\n`);
    expect(rows[1]!.raw.startsWith('"x, y",zzz')).toBe(true);
    expect(rows[1]!.raw.length).toBeLessThanOrEqual(201);
  });

  it('flags an unterminated quote on the row where it opens', () => {
    const rows = csvRowsOfText('a,b\n1,2\n3,"never closed\n4,5\n');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[2]!.quoteProblem).toBe('unterminated');
  });

  it('streaming stops on a quote that swallows more than MAX_ROW_CHARS', () => {
    const reader = new CsvRowReader();
    reader.push('a,b\n1,2\n3,"open');
    reader.push('x'.repeat(MAX_ROW_CHARS + 1));
    expect(() => reader.push('more')).toThrow(UnterminatedQuoteError);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    const text = Array.from({ length: 100 }, (_, i) => `${i},x`).join('\n');
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const row of csvRows(chunksOf(text, 50), { signal: controller.signal })) {
          seen.push(row.cells[0]!);
          if (seen.length === 10) controller.abort();
        }
      })(),
    ).rejects.toThrow(/abort/iu);
    expect(seen).toHaveLength(10);
  });

  it('an empty text has no rows', () => {
    expect(csvRowsOfText('')).toEqual([]);
    expect(csvRowsOfText('\uFEFF\r\n\r\n')).toEqual([]);
  });
});
