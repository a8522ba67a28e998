import type { z } from 'zod';
import type { RowErrorCode } from './problems';

/** The three files of LinkedIn's "Get a copy of your data" archive that an import reads. */
export const EXPORT_KINDS = ['connections', 'messages', 'invitations'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * Column names compare after trimming, collapsing spaces and lowercasing: LinkedIn wrote "From" in 2018 and
 * "FROM" from 2021, and a stray BOM or space must not make a known column unknown.
 */
export function columnKey(name: string): string {
  return name.replace(/^\uFEFF/u, '').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A data row seen through its header: cells by column name (a column the file lacks reads as ''). */
export interface RowCells {
  get(column: string): string;
  has(column: string): boolean;
}

export type RowResult<T> = { ok: true; record: T } | { ok: false; code: RowErrorCode; reason: string; details?: string[] };

/** One export file's format: which columns make it, and how a row becomes a record. */
export interface ExportFormat<T> {
  kind: ExportKind;
  /** The name LinkedIn gives the file in its archive. */
  fileName: string;
  /** Columns every generation of the file has (as LinkedIn spells them in the newest one). */
  required: readonly string[];
  /** Columns only some generations have. Anything else in a header is ignored. */
  optional: readonly string[];
  /** Which generation of the export a header is (by the columns it has, and whether a "Notes:" block came first). */
  generation(has: (column: string) => boolean, hadPreamble: boolean): string;
  read(row: RowCells): RowResult<T>;
}

/** Column name -> index, from a header row. The first of two equally named columns wins. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = columnKey(name);
    if (key && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** Formats ask by the same few literal names on every row: normalise each once. */
const keys = new Map<string, string>();
function cachedKey(column: string): string {
  let key = keys.get(column);
  if (key === undefined) keys.set(column, (key = columnKey(column)));
  return key;
}

export function rowCells(index: ReadonlyMap<string, number>, cells: readonly string[]): RowCells {
  return {
    get: (column) => {
      const i = index.get(cachedKey(column));
      return i === undefined ? '' : (cells[i] ?? '');
    },
    has: (column) => index.has(cachedKey(column)),
  };
}

/** A trimmed cell, or undefined when empty: LinkedIn leaves optional fields empty rather than absent. */
export function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A zod failure as a reason: the first problem, with the field it is about. */
export function invalid(error: z.ZodError): RowResult<never> {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || 'row';
  return { ok: false, code: 'invalid', reason: `${field}: ${issue?.message ?? 'not valid'}.`, details: [field] };
}
