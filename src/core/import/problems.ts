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

/** A row that was skipped. `line` is 1-based in the original file; `raw` is the start of the row as written. */
export interface RowError {
  line: number;
  code: RowErrorCode;
  reason: string;
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
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/** A file refused as a whole. `expected` / `found`: the columns, for 'wrong-columns' and 'wrong-kind'. */
export interface FileError {
  code: FileErrorCode;
  reason: string;
  expected?: string[];
  found?: string[];
  line?: number;
}

/** Longest excerpt of a row kept in an error: enough to find it in the file, not a copy of someone's message. */
export const RAW_EXCERPT_MAX = 200;

export function excerpt(text: string): string {
  const line = text.replace(/[\r\n]+$/u, '');
  return line.length > RAW_EXCERPT_MAX ? `${line.slice(0, RAW_EXCERPT_MAX)}…` : line;
}

/** Quotes a value inside a reason, cut so a long field does not drown the message. */
export function quoted(value: string, max = 60): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return `"${cut}"`;
}
