import { columnIndex, columnKey, type ExportFormat, type ExportKind } from './columns';
import { CONNECTIONS, type ImportedConnection } from './connections';
import { csvRowsOfText } from './csv';
import { INVITATIONS, type ImportedInvitation } from './invitations';
import { MESSAGES, type ImportedMessage } from './messages';

/** Which record each export file gives. */
export interface ImportedRecords {
  connections: ImportedConnection;
  messages: ImportedMessage;
  invitations: ImportedInvitation;
}

export const FORMATS: { [K in ExportKind]: ExportFormat<ImportedRecords[K]> } = {
  connections: CONNECTIONS,
  messages: MESSAGES,
  invitations: INVITATIONS,
};

export type HeaderMatch = {
  [K in ExportKind]: { kind: K; format: ExportFormat<ImportedRecords[K]>; index: Map<string, number> };
}[ExportKind];

/** The export a header row belongs to: the one whose every always-present column is there (extra ones are fine). */
export function matchHeader(cells: readonly string[]): HeaderMatch | null {
  const index = columnIndex(cells);
  const complete = (format: ExportFormat<unknown>) => format.required.every((column) => index.has(columnKey(column)));
  // Order matters only if a header could satisfy two formats; theirs do not overlap enough to (see the tests).
  if (complete(CONNECTIONS)) return { kind: 'connections', format: CONNECTIONS, index };
  if (complete(MESSAGES)) return { kind: 'messages', format: MESSAGES, index };
  if (complete(INVITATIONS)) return { kind: 'invitations', format: INVITATIONS, index };
  return null;
}

/** For a header that matches nothing: the export it looks most like (two of its columns at least), and what it lacks. */
export function closestFormat(cells: readonly string[]): { kind: ExportKind; missing: string[] } | null {
  const index = columnIndex(cells);
  let best: { kind: ExportKind; missing: string[]; score: number } | null = null;
  for (const format of Object.values(FORMATS) as ExportFormat<unknown>[]) {
    const known = [...format.required, ...format.optional];
    const score = known.filter((column) => index.has(columnKey(column))).length;
    if (score >= 2 && (!best || score > best.score)) {
      best = { kind: format.kind, score, missing: format.required.filter((column) => !index.has(columnKey(column))) };
    }
  }
  return best && { kind: best.kind, missing: best.missing };
}

/** How many rows may come before the header ("Notes:" and its text take two, plus blank lines, which are skipped). */
export const MAX_PREAMBLE_ROWS = 10;

/** Which export a CSV text is, from its header: read only the start of it. */
export function detectExportKind(text: string): ExportKind | 'unknown' {
  const start = text.slice(0, 64 * 1024);
  const rows = csvRowsOfText(start).slice(0, MAX_PREAMBLE_ROWS + 1);
  for (const row of rows) {
    const match = matchHeader(row.cells);
    if (match) return match.kind;
  }
  return 'unknown';
}

/** Which export a file name is (LinkedIn's names, any case, any folder): a hint, the header decides. */
export function kindFromFileName(path: string): ExportKind | null {
  const name = path.split(/[/\\]/u).pop()?.toLowerCase() ?? '';
  if (name === 'connections.csv') return 'connections';
  if (name === 'messages.csv') return 'messages';
  if (name === 'invitations.csv') return 'invitations';
  return null;
}
