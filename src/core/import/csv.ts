import Papa from 'papaparse';
import { excerpt } from './problems';

/*
 * CSV rows of a LinkedIn export with the line each row starts on in the original file, read chunk by chunk.
 * papaparse does the CSV (quotes, doubled quotes, commas and line breaks inside quoted fields); this file only
 * feeds it chunks and turns its cursor (the offset after each row) into line numbers, which is what a user needs
 * to find a skipped row. Its streamers are for File / node streams; chunks from anywhere go through its
 * Parser the way its own ChunkStreamer drives it (parse the complete rows, keep the unfinished tail).
 */

export interface CsvRow {
  /** 1-based line of the original text where the row starts (a quoted field may carry it over several lines). */
  line: number;
  cells: string[];
  /** The row as written, cut short (problems.ts excerpt). */
  raw: string;
  /** papaparse found a quote it could not make sense of in this row. */
  quoteProblem?: 'unterminated' | 'malformed';
}

export type TextChunks = string | Iterable<string> | AsyncIterable<string>;

/**
 * An unfinished row longer than this while more text keeps coming is an unmatched quote swallowing the file:
 * stop, instead of re-reading an ever longer tail with every chunk. A message is at most 8,000 characters.
 */
export const MAX_ROW_CHARS = 1_000_000;

/** Chunk size when a whole string goes through the streaming path (cancellation is checked between rows). */
const STRING_CHUNK = 1 << 20;

export class UnterminatedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`A quoted field starting on line ${line} never ends`);
    this.name = 'UnterminatedQuoteError';
  }
}

interface StepResult {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

type Newline = '\n' | '\r\n' | '\r';

/**
 * The line break a file uses, from its first line break outside quotes. null: none seen yet, wait for more text.
 * (A CRLF file may hold bare LF inside quoted fields, so the first break inside quotes would mislead.)
 */
function detectNewline(text: string, final: boolean): Newline | null {
  const sample = text.slice(0, 1 << 16).replace(/"[^"]*"/gu, '');
  const lf = sample.indexOf('\n');
  const cr = sample.indexOf('\r');
  if (lf >= 0 && (cr < 0 || cr >= lf - 1)) return cr === lf - 1 ? '\r\n' : '\n';
  if (cr >= 0 && (cr < sample.length - 1 || final)) return '\r';
  return final || text.length > MAX_ROW_CHARS ? '\n' : null;
}

/** Push text in, get the complete rows out; `end()` flushes the last one. Empty lines are skipped, but counted. */
export class CsvRowReader {
  private pending = '';
  /** Offset in the whole text of pending[0]. */
  private base = 0;
  /** Line of the text at `base`. */
  private line = 1;
  private started = false;
  private parser: Papa.Parser | undefined;
  private aggregate = '';
  private out: CsvRow[] = [];
  private rowStart = 0;

  push(chunk: string): CsvRow[] {
    if (!this.started) {
      if (chunk === '') return [];
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.parser && this.pending.length > MAX_ROW_CHARS) throw new UnterminatedQuoteError(this.line);
    return this.parse(this.pending + chunk, false);
  }

  end(): CsvRow[] {
    const rows = this.parse(this.pending, true);
    this.pending = '';
    return rows;
  }

  private parse(aggregate: string, final: boolean): CsvRow[] {
    if (!this.parser) {
      const newline = detectNewline(aggregate, final);
      if (!newline) {
        this.pending = aggregate;
        return [];
      }
      this.parser = new Papa.Parser({
        delimiter: ',',
        newline,
        quoteChar: '"',
        step: (results) => this.step(results as unknown as StepResult, newline),
      });
    }
    this.aggregate = aggregate;
    this.out = [];
    this.rowStart = this.base;
    if (aggregate !== '') {
      const results = this.parser.parse(aggregate, this.base, !final) as StepResult;
      const consumed = results.meta.cursor - this.base;
      this.pending = final ? '' : aggregate.slice(consumed);
      this.base = results.meta.cursor;
    }
    this.aggregate = '';
    const rows = this.out;
    this.out = [];
    return rows;
  }

  /** papaparse calls this once per complete row; meta.cursor is the offset just after it (line break included). */
  private step(results: StepResult, newline: Newline): void {
    const cells = results.data[0] ?? [];
    const start = this.rowStart - this.base;
    const end = results.meta.cursor - this.base;
    const line = this.line;
    this.line += lineBreaks(this.aggregate, start, end);
    this.rowStart = results.meta.cursor;
    // A CRLF file read as LF (mixed endings) leaves the CR on the last cell.
    if (newline === '\n' && cells.length > 0) {
      const last = cells[cells.length - 1]!;
      if (last.endsWith('\r')) cells[cells.length - 1] = last.slice(0, -1);
    }
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: CsvRow = { line, cells, raw: excerpt(this.aggregate.slice(start, Math.min(end, start + 400))) };
    const codes = results.errors.map((error) => error.code);
    if (codes.includes('MissingQuotes')) row.quoteProblem = 'unterminated';
    else if (codes.includes('InvalidQuotes')) row.quoteProblem = 'malformed';
    this.out.push(row);
  }
}

/** Line breaks in text[from, to): CRLF, LF or a lone CR each count once. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/** All rows of a whole text, at once. */
export function csvRowsOfText(text: string): CsvRow[] {
  const reader = new CsvRowReader();
  const rows = reader.push(text);
  for (const row of reader.end()) rows.push(row);
  return rows;
}

/** Splits a string into chunks so that a long text is read (and can be cancelled) bit by bit. */
function* slices(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += STRING_CHUNK) yield text.slice(i, i + STRING_CHUNK);
}

/**
 * Rows of a text given whole or in chunks (a File's stream through TextDecoderStream, say), as they complete.
 * Aborting the signal stops the reading with the signal's reason (an AbortError).
 */
export async function* csvRows(source: TextChunks, options: { signal?: AbortSignal } = {}): AsyncGenerator<CsvRow> {
  const { signal } = options;
  signal?.throwIfAborted();
  const reader = new CsvRowReader();
  const chunks = typeof source === 'string' ? slices(source) : source;
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    for (const row of reader.push(chunk)) {
      yield row;
      signal?.throwIfAborted();
    }
  }
  for (const row of reader.end()) {
    yield row;
    signal?.throwIfAborted();
  }
}
