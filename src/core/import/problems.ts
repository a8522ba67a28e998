/**
 * What can go wrong in an import, as data: a machine `code` (the UI may translate it) and an English `reason`
 * the user can act on. A bad row never stops an import; a bad file stops it before anything is read.
 */

export const ROW_ERROR_CODES = [
  'column-count',
  'missing-name',
  'missing-sender',
  'bad-date',
  'bad-direction',
  'unmatched-quote',
  'invalid',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/**
 * A row that was skipped. `line` is 1-based in the original file; `raw` is the start of the row as written.
 * `details`: the values the reason names (a column, what it held), in order, so the UI can say it in the
 * user's language from the code alone.
 */
export interface RowError {
  line: number;
  code: RowErrorCode;
  reason: string;
  details?: string[];
  raw: string;
}

export const FILE_ERROR_CODES = [
  'empty',
  'not-text',
  'wrong-columns',
  'wrong-kind',
  'unterminated-quote',
  'zip-corrupt',
  'zip-no-exports',
  'zip-too-large',
  'too-large',
  'unreadable',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/**
 * A file refused as a whole. `expected` / `found`: the columns, for 'wrong-columns' and 'wrong-kind';
 * `details`: the values the reason names (for the 'too-large' ones, the sizes in bytes as digits, which the UI
 * writes in the user's language; for 'wrong-columns', the export file it looks like and the columns it lacks, when
 * it looks like one).
 */
export interface FileError {
  code: FileErrorCode;
  reason: string;
  expected?: string[];
  found?: string[];
  line?: number;
  details?: string[];
}

/** Longest excerpt of a row kept in an error: enough to find it in the file, not a copy of someone's message. */
export const RAW_EXCERPT_MAX = 200;

export function excerpt(text: string): string {
  const line = text.replace(/[\r\n]+$/u, '');
  return line.length > RAW_EXCERPT_MAX ? `${line.slice(0, RAW_EXCERPT_MAX)}…` : line;
}

/** A value cut so a long field does not drown the message it is named in. */
export function cut(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Quotes a value inside a reason, cut. */
export function quoted(value: string, max = 60): string {
  return `"${cut(value, max)}"`;
}
