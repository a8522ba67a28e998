import { unzipSync, type UnzipFileInfo } from 'fflate';
import type { ExportKind } from './columns';
import { kindFromFileName } from './detect';
import type { FileError } from './problems';

/*
 * LinkedIn's "Get a copy of your data" archive: a ZIP with Connections.csv, messages.csv, Invitations.csv and
 * many other files, at the root or in a folder. Only those three are inflated; nothing else is read.
 */

/**
 * Zip-bomb guard: the three files together may not unpack to more than this. fflate inflates each file into a
 * buffer of the size the archive declares and never grows it, so a file lying about its size is cut, not a bomb.
 */
export const MAX_UNZIPPED_BYTES = 500 * 1024 * 1024;

export interface ExportFileText {
  kind: ExportKind;
  /** Path inside the archive. */
  path: string;
  text: string;
}

export type ZipResult = { ok: true; files: ExportFileText[] } | { ok: false; error: FileError };

/** "PK\3\4" (or "PK\5\6", an empty archive): what every ZIP starts with. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

function concat(chunks: Iterable<Uint8Array>): Uint8Array {
  const list = [...chunks];
  const out = new Uint8Array(list.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of list) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** A size as the English reasons say it: "12 MB" (the UI writes the byte counts in `details` itself). */
export const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Depth, then path: the copy nearest the root wins when an archive holds two. */
const shallowFirst = (a: string, b: string) => a.split('/').length - b.split('/').length || a.localeCompare(b);

/**
 * The export files in a ZIP (given whole or as the chunks it was read in; a ZIP's index is at its end, so
 * chunks are joined first), decoded as UTF-8. Never throws: a damaged archive, one without the files, or one
 * that would unpack past MAX_UNZIPPED_BYTES comes back as an error.
 */
export function readExportZip(data: Uint8Array | Iterable<Uint8Array>, options: { maxBytes?: number } = {}): ZipResult {
  const maxBytes = options.maxBytes ?? MAX_UNZIPPED_BYTES;
  const bytes = data instanceof Uint8Array ? data : concat(data);
  if (!looksLikeZip(bytes) || bytes.length < 22) {
    return { ok: false, error: { code: 'zip-corrupt', reason: 'This file is not a ZIP archive, or it is damaged. Download the archive from LinkedIn again.' } };
  }
  const chosen = new Map<ExportKind, string>();
  let declared = 0;
  const wanted = (file: UnzipFileInfo): boolean => {
    if (/(^|\/)__MACOSX\//u.test(file.name)) return false;
    const kind = kindFromFileName(file.name);
    if (!kind) return false;
    const current = chosen.get(kind);
    if (current !== undefined && shallowFirst(current, file.name) <= 0) return false;
    chosen.set(kind, file.name);
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    // First pass: names and declared sizes only (the filter sees them before anything is inflated).
    const sizes = new Map<string, number>();
    unzipSync(bytes, {
      filter: (file) => {
        if (wanted(file)) sizes.set(file.name, file.originalSize);
        return false;
      },
    });
    for (const path of chosen.values()) declared += sizes.get(path) ?? 0;
    if (chosen.size === 0) {
      return {
        ok: false,
        error: {
          code: 'zip-no-exports',
          reason: "This archive has none of Connections.csv, messages.csv or Invitations.csv. Ask LinkedIn for a copy of your data that includes connections and messages (Settings › Data privacy › Get a copy of your data).",
        },
      };
    }
    if (declared > maxBytes) {
      return {
        ok: false,
        error: {
          code: 'zip-too-large',
          reason: `These files would unpack to ${mb(declared)}, more than the ${mb(maxBytes)} an import accepts.`,
          details: [String(declared), String(maxBytes)],
        },
      };
    }
    const paths = new Set(chosen.values());
    files = unzipSync(bytes, { filter: (file) => paths.has(file.name) });
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'zip-corrupt',
        reason: `The archive is damaged or incomplete (${error instanceof Error ? error.message : String(error)}). Download it from LinkedIn again.`,
      },
    };
  }
  const decoder = new TextDecoder('utf-8');
  const out: ExportFileText[] = [];
  for (const [kind, path] of chosen) {
    const content = files[path];
    if (content) out.push({ kind, path, text: decoder.decode(content) });
  }
  const order: ExportKind[] = ['connections', 'invitations', 'messages'];
  out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return { ok: true, files: out };
}
