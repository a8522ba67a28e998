import { columnKey, rowCells, type ExportFormat, type ExportKind } from './columns';
import { csvRows, CsvRowReader, MAX_ROW_CHARS, UnterminatedQuoteError, type CsvRow, type TextChunks } from './csv';
import { closestFormat, FORMATS, matchHeader, MAX_PREAMBLE_ROWS, type HeaderMatch, type ImportedRecords } from './detect';
import { excerpt, type FileError, type RowError } from './problems';

/*
 * One export file, read: find its header (after LinkedIn's "Notes:" block, if any), tell which export it is,
 * then turn each row into a record or a row error. Streaming: events come out as rows complete.
 */

export type RecordEvent = {
  [K in ExportKind]: { type: 'record'; kind: K; line: number; record: ImportedRecords[K] };
}[ExportKind];

export type ImportEvent =
  | { type: 'header'; kind: ExportKind; generation: string; line: number; columns: string[] }
  | RecordEvent
  | { type: 'row-error'; error: RowError }
  | { type: 'failed'; error: FileError };

export interface ReadOptions {
  /** The export the user said this is (dropped on its slot): another one is refused. Any, when absent. */
  expect?: ExportKind;
  signal?: AbortSignal;
}

const FILE_NAMES = Object.values(FORMATS).map((format) => format.fileName);

function columnsOf(format: ExportFormat<unknown>): string[] {
  return [...format.required, ...format.optional];
}

function listed(columns: readonly string[]): string {
  return columns.length ? columns.join(', ') : '(nothing)';
}

/** Why a text is not a CSV at all, from its first characters: NULs or undecodable bytes mean a binary file. */
export function notText(sample: string): FileError | null {
  const head = sample.slice(0, 4096);
  if (head.startsWith('PK\u0003\u0004')) {
    return { code: 'not-text', reason: 'This is a ZIP archive, not a CSV file: open it as the archive LinkedIn sent.' };
  }
  let replaced = 0;
  for (const char of head) if (char === '\uFFFD') replaced++;
  if (head.includes('\u0000') || replaced > head.length / 20) {
    return { code: 'not-text', reason: `This is not a text file. Expected a CSV file from LinkedIn's export: ${FILE_NAMES.join(', ')}.` };
  }
  return null;
}

/** Rows in, events out: the part shared by the streaming and the whole-text readers. */
export class ExportReader {
  private match: HeaderMatch | null = null;
  private seen = 0;
  private firstTable: CsvRow | null = null;
  private failed = false;
  private headerWidth = 0;

  constructor(private readonly options: Pick<ReadOptions, 'expect'> = {}) {}

  get done(): boolean {
    return this.failed;
  }

  accept(row: CsvRow): ImportEvent | null {
    if (this.failed) return null;
    if (!this.match) return this.header(row);
    const { format, index } = this.match;
    if (row.quoteProblem) {
      const reason =
        row.quoteProblem === 'unterminated'
          ? 'A quoted field opens here and never closes, so the rest of the file was read as part of it.'
          : 'A quote inside a field is not doubled (a field with " in it must be written "like ""this""").';
      return this.rowError(row, 'unmatched-quote', reason);
    }
    if (row.cells.length !== this.headerWidth) {
      return this.rowError(row, 'column-count', `This row has ${row.cells.length} values; the header has ${this.headerWidth}. A field with a comma may have lost its quotes.`, [
        String(row.cells.length),
        String(this.headerWidth),
      ]);
    }
    const result = format.read(rowCells(index, row.cells));
    if (!result.ok) return this.rowError(row, result.code, result.reason, result.details);
    return { type: 'record', kind: format.kind, line: row.line, record: result.record } as RecordEvent;
  }

  /** After the last row: a file that never showed a header is refused here. */
  finish(): ImportEvent | null {
    if (this.failed || this.match) return null;
    if (this.seen === 0) return this.fail({ code: 'empty', reason: 'The file is empty.' });
    return this.wrongColumns();
  }

  private header(row: CsvRow): ImportEvent | null {
    this.seen++;
    const match = matchHeader(row.cells);
    if (!match) {
      if (!this.firstTable && row.cells.filter((cell) => cell.trim() !== '').length >= 2) this.firstTable = row;
      return this.seen > MAX_PREAMBLE_ROWS ? this.wrongColumns() : null;
    }
    const expected = this.options.expect;
    if (expected && match.kind !== expected) {
      const want = FORMATS[expected].fileName;
      return this.fail({
        code: 'wrong-kind',
        reason: `This is LinkedIn's ${match.format.fileName}, not ${want}.`,
        expected: columnsOf(FORMATS[expected]),
        found: row.cells,
        line: row.line,
      });
    }
    this.match = match;
    this.headerWidth = row.cells.length;
    const has = (column: string) => match.index.has(columnKey(column));
    return { type: 'header', kind: match.kind, generation: match.format.generation(has, this.seen > 1), line: row.line, columns: row.cells };
  }

  private wrongColumns(): ImportEvent {
    const found = this.firstTable?.cells.map((cell) => cell.trim()) ?? [];
    const expected = this.options.expect;
    const closest = expected ? { kind: expected, missing: [] as string[] } : closestFormat(found);
    if (closest) {
      const format = FORMATS[closest.kind];
      const missing = closest.missing.length ? ` It lacks ${listed(closest.missing)}.` : '';
      return this.fail({
        code: 'wrong-columns',
        reason: `The columns are not those of LinkedIn's ${format.fileName}.${missing} Expected ${listed(columnsOf(format))}; found ${listed(found)}.`,
        expected: columnsOf(format),
        found,
        // The file it looks like, and what it lacks.
        details: [format.fileName, closest.missing.join(', ')],
        ...(this.firstTable && { line: this.firstTable.line }),
      });
    }
    const all = Object.values(FORMATS) as ExportFormat<unknown>[];
    return this.fail({
      code: 'wrong-columns',
      reason: `This is not one of LinkedIn's export files. Expected the columns of ${all
        .map((format) => `${format.fileName} (${listed(format.required)})`)
        .join(', or ')}; found ${listed(found)}.`,
      expected: [...new Set(all.flatMap(columnsOf))],
      found,
      ...(this.firstTable && { line: this.firstTable.line }),
    });
  }

  private rowError(row: CsvRow, code: RowError['code'], reason: string, details?: string[]): ImportEvent {
    return { type: 'row-error', error: { line: row.line, code, reason, ...(details && { details }), raw: excerpt(row.raw) } };
  }

  private fail(error: FileError): ImportEvent {
    this.failed = true;
    return { type: 'failed', error };
  }
}

function unterminated(error: UnterminatedQuoteError): ImportEvent {
  return {
    type: 'failed',
    error: {
      code: 'unterminated-quote',
      reason: `A quoted field opens on line ${error.line} and does not close within ${MAX_ROW_CHARS.toLocaleString('en-US')} characters: the file is damaged there.`,
      line: error.line,
    },
  };
}

/**
 * Reads an export file given whole or in chunks, yielding events as rows complete. It never throws for bad
 * input (a 'failed' event ends it); aborting the signal stops it with the signal's reason.
 */
export async function* readExport(source: TextChunks, options: ReadOptions = {}): AsyncGenerator<ImportEvent> {
  const reader = new ExportReader(options);
  let chunks: TextChunks = source;
  if (typeof source === 'string') {
    const problem = notText(source);
    if (problem) {
      yield { type: 'failed', error: problem };
      return;
    }
  } else {
    chunks = sniffed(source);
  }
  try {
    for await (const row of csvRows(chunks, options)) {
      const event = reader.accept(row);
      if (event) yield event;
      if (reader.done) return;
    }
  } catch (error) {
    if (error instanceof UnterminatedQuoteError) {
      yield unterminated(error);
      return;
    }
    if (error instanceof NotTextError) {
      yield { type: 'failed', error: error.problem };
      return;
    }
    throw error;
  }
  const last = reader.finish();
  if (last) yield last;
}

class NotTextError extends Error {
  constructor(readonly problem: FileError) {
    super(problem.reason);
  }
}

/** The chunks, after checking that the first one is text. */
async function* sniffed(chunks: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && chunk !== '') {
      first = false;
      const problem = notText(chunk);
      if (problem) throw new NotTextError(problem);
    }
    yield chunk;
  }
}

export interface Located<T> {
  line: number;
  record: T;
}

export type ExportReadResult =
  | {
      [K in ExportKind]: { ok: true; kind: K; generation: string; records: Located<ImportedRecords[K]>[]; errors: RowError[] };
    }[ExportKind]
  | { ok: false; error: FileError; errors: RowError[] };

/** A whole export file's text, read at once: the records, and the rows that were skipped and why. */
export function readExportText(text: string, options: Pick<ReadOptions, 'expect'> = {}): ExportReadResult {
  const problem = notText(text);
  if (problem) return { ok: false, error: problem, errors: [] };
  const reader = new ExportReader(options);
  const events: ImportEvent[] = [];
  const csv = new CsvRowReader();
  const take = (rows: CsvRow[]) => {
    for (const row of rows) {
      if (reader.done) return;
      const event = reader.accept(row);
      if (event) events.push(event);
    }
  };
  take(csv.push(text));
  take(csv.end());
  const last = reader.finish();
  if (last) events.push(last);
  return collect(events);
}

/** Events gathered into a result (what readExportText returns; also for a caller that drained readExport). */
export function collect(events: Iterable<ImportEvent>): ExportReadResult {
  let header: Extract<ImportEvent, { type: 'header' }> | undefined;
  const records: Located<unknown>[] = [];
  const errors: RowError[] = [];
  for (const event of events) {
    if (event.type === 'failed') return { ok: false, error: event.error, errors };
    if (event.type === 'header') header = event;
    else if (event.type === 'record') records.push({ line: event.line, record: event.record });
    else errors.push(event.error);
  }
  if (!header) return { ok: false, error: { code: 'empty', reason: 'The file is empty.' }, errors };
  return { ok: true, kind: header.kind, generation: header.generation, records, errors } as ExportReadResult;
}
