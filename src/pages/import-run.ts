import type { ExportKind } from '../core/import/columns';
import type { ImportedConnection } from '../core/import/connections';
import type { ImportedRecords } from '../core/import/detect';
import type { ImportedInvitation } from '../core/import/invitations';
import { guessMe, type MeGuess } from '../core/import/me';
import type { ImportedMessage } from '../core/import/messages';
import type { Me } from '../core/import/participants';
import type { FileError, RowError } from '../core/import/problems';
import { readExport, type Located } from '../core/import/read';
import { looksLikeZip, MAX_UNZIPPED_BYTES, mb, readExportZip } from '../core/import/zip';
import type { VinculoDb } from '../storage/db';
import { importConnections, importInvitations, importMessages, type SkippedRecord } from '../storage/import';
import { loadSettings, saveSettings } from '../storage/settings';

/*
 * An import of the files a user dropped (F8), from the files to the database: read and check every file first,
 * then write, so a file refused as a whole leaves the database untouched. Reading streams (File.stream(), a
 * ZIP's texts in slices) and gives the page the main thread back every few milliseconds, so a 200 MB file
 * neither freezes nor crashes the page. Writing goes in the storage imports' batches; cancelling stops between
 * them and the result says what was written. No UI here: the view renders what this reports.
 */

export const IMPORT_PHASES = ['reading', 'connections', 'invitations', 'messages'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/** Reading counts bytes of the files; the other phases count records. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

/** What the import needs of a dropped file: a File (a Blob given a name in tests). */
export type ExportSource = Pick<File, 'name' | 'size' | 'slice' | 'stream' | 'arrayBuffer'>;

/** One export file's part in the import. */
export interface FileReport {
  /** As the user knows it: the file's name, or "archive.zip › Connections.csv". */
  name: string;
  kind?: ExportKind;
  generation?: string;
  /** Refused as a whole. */
  error?: FileError;
  /** New contacts (Connections.csv) or new timeline entries (messages, invitations). */
  imported: number;
  /** Existing contacts that gained something. */
  merged: number;
  /** Records the database already held. */
  unchanged: number;
  /** Contacts created for people a message or an invitation was with. */
  contactsCreated: number;
  /** Rows left out, by line, with why. At most MAX_LISTED: beyond that they are only counted. */
  skipped: SkippedRecord[];
  unlisted: number;
}

/**
 * imported: everything was written. refused: a file was refused, nothing was written. cancelled: stopped by the
 * user, the batches written stay. failed: the browser refused a write (`failure` says how); the same.
 */
export const IMPORT_OUTCOMES = ['imported', 'refused', 'cancelled', 'failed'] as const;

export interface ImportResult {
  outcome: (typeof IMPORT_OUTCOMES)[number];
  files: FileReport[];
  /** Who the messages were read as sent by. */
  me?: Me;
  failure?: string;
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** The sender of the messages is not sure from them: the user says (a rejection cancels the import). */
  chooseMe?: (guess: MeGuess) => Promise<Me>;
  /** Who the messages are read as sent by, once known (before they are written). */
  onMe?: (me: Me) => void;
  now?: number;
  batchSize?: number;
  /** Larger files are refused unread. */
  maxFileBytes?: number;
}

/** One file may hold this much: as much as the three files of an archive may unpack to. */
export const MAX_FILE_BYTES = MAX_UNZIPPED_BYTES;
/** Skipped rows listed per file: a file of garbage must not fill the memory with reasons. */
export const MAX_LISTED = 10_000;
/** Longest stretch of reading before the page gets the main thread back. */
const SLICE_MS = 25;
/** Characters per step when a ZIP's text is read. */
const TEXT_STEP = 256 * 1024;

interface Parsed {
  report: FileReport;
  records: Located<ImportedRecords[ExportKind]>[];
}

const emptyReport = (name: string): FileReport => ({ name, imported: 0, merged: 0, unchanged: 0, contactsCreated: 0, skipped: [], unlisted: 0 });

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Resumes in a new task, behind the tasks already queued. Not scheduler.yield(): its continuations go before
 * other tasks, and yielding every few milliseconds starved them (DevTools-protocol calls waited ~10 s). Not
 * setTimeout(0): nested, it waits 4 ms each time.
 */
function nextTask(): Promise<void> {
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** Gives the page the main thread back when this task has run for a while (progress paints, clicks land). */
function breather(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTask();
    since = performance.now();
  };
}

/** A file's text as it streams in, decoded as UTF-8; reading stops (and the file is let go) when the consumer does. */
async function* streamedText(source: ExportSource, onBytes: (bytes: number) => void): AsyncGenerator<string> {
  const reader = source.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const breathe = breather();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes(value.byteLength);
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
      await breathe();
    }
    finished = true;
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** A text already in memory (from a ZIP), in steps. */
async function* steppedText(text: string, onChars: (chars: number) => void): AsyncGenerator<string> {
  const breathe = breather();
  for (let at = 0; at < text.length; at += TEXT_STEP) {
    const step = text.slice(at, at + TEXT_STEP);
    onChars(step.length);
    yield step;
    await breathe();
  }
}

function skippedOf(error: RowError): SkippedRecord {
  return { line: error.line, code: error.code, reason: error.reason, ...(error.details && { details: error.details }) };
}

/** Rows skipped, listed up to MAX_LISTED, counted beyond. */
function addSkipped(report: FileReport, skipped: readonly SkippedRecord[]): void {
  const room = Math.max(0, MAX_LISTED - report.skipped.length);
  report.skipped.push(...skipped.slice(0, room));
  report.unlisted += Math.max(0, skipped.length - room);
}

/** One export file's events into its records and its report. */
async function parse(name: string, chunks: AsyncIterable<string>, signal: AbortSignal | undefined): Promise<Parsed> {
  const parsed: Parsed = { report: emptyReport(name), records: [] };
  for await (const event of readExport(chunks, { signal })) {
    if (event.type === 'record') parsed.records.push({ line: event.line, record: event.record });
    else if (event.type === 'row-error') addSkipped(parsed.report, [skippedOf(event.error)]);
    else if (event.type === 'header') Object.assign(parsed.report, { kind: event.kind, generation: event.generation });
    else parsed.report.error = event.error;
  }
  return parsed;
}

const tooLarge = (size: number, max: number): FileError => ({
  code: 'too-large',
  reason: `This file is ${mb(size)}, more than the ${mb(max)} an import accepts.`,
  details: [String(size), String(max)],
});

const unreadable = (error: unknown): FileError => ({
  code: 'unreadable',
  reason: `The browser could not read this file (${error instanceof Error ? error.message : String(error)}). Choose it again.`,
});

const baseName = (path: string) => path.split('/').pop() ?? path;

/** A dropped file into its export files: itself when it is a CSV, the ones inside when it is LinkedIn's ZIP. */
async function read(source: ExportSource, maxBytes: number, signal: AbortSignal | undefined, progress: (done: number) => void): Promise<Parsed[]> {
  if (source.size > maxBytes) return [{ report: { ...emptyReport(source.name), error: tooLarge(source.size, maxBytes) }, records: [] }];
  try {
    const head = new Uint8Array(await source.slice(0, 4).arrayBuffer());
    if (!looksLikeZip(head)) {
      let bytes = 0;
      return [await parse(source.name, streamedText(source, (n) => progress((bytes += n))), signal)];
    }
    const zip = readExportZip(new Uint8Array(await source.arrayBuffer()), { maxBytes });
    if (!zip.ok) return [{ report: { ...emptyReport(source.name), error: zip.error }, records: [] }];
    const chars = zip.files.reduce((sum, file) => sum + file.text.length, 0) || 1;
    let parsedChars = 0;
    const out: Parsed[] = [];
    for (const file of zip.files) {
      const name = `${source.name} › ${baseName(file.path)}`;
      out.push(await parse(name, steppedText(file.text, (n) => progress(((parsedChars += n) / chars) * source.size)), signal));
    }
    return out;
  } catch (error) {
    if (isAbort(error)) throw error;
    return [{ report: { ...emptyReport(source.name), error: unreadable(error) }, records: [] }];
  } finally {
    progress(source.size);
  }
}

/** Rejects with the signal's reason once it aborts (so a question to the user does not outlive a Cancel). */
function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

const sameMe = (a: Me | undefined, b: Me) => a?.slug === b.slug && a?.memberId === b.memberId && a?.name === b.name;

/** Who the messages are read as sent by: remembered, guessed, or asked. */
async function whoAmI(db: VinculoDb, messages: readonly Located<ImportedMessage>[], options: RunOptions): Promise<Me> {
  const remembered = (await loadSettings(db)).me;
  const guess = guessMe(messages.map(({ record }) => record), remembered);
  let me = guess.me;
  if (!me && guess.candidates.length) {
    if (!options.chooseMe) me = guess.candidates[0]!.person;
    else me = await Promise.race([options.chooseMe(guess), aborted(options.signal)]);
  }
  me ??= {};
  if ((me.slug || me.memberId || me.name) && !sameMe(remembered, me)) await saveSettings(db, { me });
  return me;
}

function ofKind<K extends ExportKind>(parsed: readonly Parsed[], kind: K): { report: FileReport; records: Located<ImportedRecords[K]>[] }[] {
  return parsed.filter((file) => file.report.kind === kind) as { report: FileReport; records: Located<ImportedRecords[K]>[] }[];
}

interface Counts {
  imported: number;
  merged?: number;
  unchanged: number;
  contactsCreated?: number;
  skipped: readonly SkippedRecord[];
}

/** A storage import's report (so far) into the file's: counts replaced, skipped rows added once, at the end. */
function applyCounts(report: FileReport, counts: Counts, base: { skipped: number; unlisted: number }): void {
  report.imported = counts.imported;
  report.merged = counts.merged ?? 0;
  report.unchanged = counts.unchanged;
  report.contactsCreated = counts.contactsCreated ?? 0;
  report.skipped.length = base.skipped;
  report.unlisted = base.unlisted;
  addSkipped(report, counts.skipped);
  report.skipped.sort((a, b) => a.line - b.line);
}

/**
 * Imports what the user dropped: LinkedIn's ZIP, or its Connections.csv, messages.csv and Invitations.csv (told
 * apart by their headers). Connections first (they name the contacts), then invitations, then messages.
 * Never throws for bad input or a cancel: the result says what happened, file by file.
 */
export async function runImport(db: VinculoDb, sources: readonly ExportSource[], options: RunOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const maxBytes = options.maxFileBytes ?? MAX_FILE_BYTES;
  const now = options.now ?? Date.now();
  const parsed: Parsed[] = [];
  const result: ImportResult = { outcome: 'imported', files: [] };
  const files = () => parsed.map((file) => file.report);

  try {
    const total = sources.reduce((sum, source) => sum + source.size, 0);
    let before = 0;
    onProgress?.({ phase: 'reading', done: 0, total });
    for (const source of sources) {
      parsed.push(...(await read(source, maxBytes, signal, (done) => onProgress?.({ phase: 'reading', done: before + done, total }))));
      before += source.size;
    }
    result.files = files();
    if (parsed.some((file) => file.report.error)) return { ...result, outcome: 'refused' };

    const messages = ofKind(parsed, 'messages');
    if (messages.length) {
      result.me = await whoAmI(db, messages.flatMap((file) => file.records), options);
      options.onMe?.(result.me);
    }

    const common = { signal, ...(options.batchSize && { batchSize: options.batchSize }) };
    const phase = async <K extends ExportKind>(
      kind: K,
      write: (records: Located<ImportedRecords[K]>[], progress: (done: number, soFar: Counts) => void) => Promise<Counts>,
    ) => {
      const group = ofKind(parsed, kind);
      if (!group.length) return;
      const total = group.reduce((sum, file) => sum + file.records.length, 0);
      let before = 0;
      let told = 0;
      const tell = (done: number) => {
        told = done;
        onProgress?.({ phase: kind, done, total });
      };
      tell(0);
      for (const { report, records } of group) {
        const base = { skipped: report.skipped.length, unlisted: report.unlisted };
        const counts = await write(records, (done, soFar) => {
          applyCounts(report, soFar, base);
          tell(before + done);
        });
        applyCounts(report, counts, base);
        before += records.length;
        // Drafts and group conversations are left out before the batches: the file is done all the same.
        if (told !== before) tell(before);
      }
    };
    await phase('connections', (records: Located<ImportedConnection>[], progress) =>
      importConnections(db, records, now, { ...common, onProgress: (done, _, soFar) => progress(done, soFar) }),
    );
    await phase('invitations', (records: Located<ImportedInvitation>[], progress) =>
      importInvitations(db, records, now, { ...common, onProgress: (done, _, soFar) => progress(done, soFar) }),
    );
    await phase('messages', (records: Located<ImportedMessage>[], progress) =>
      importMessages(db, records, result.me ?? {}, now, { ...common, onProgress: (done, _, soFar) => progress(done, soFar) }),
    );
    return { ...result, files: files() };
  } catch (error) {
    if (isAbort(error)) return { ...result, outcome: 'cancelled', files: files() };
    return { ...result, outcome: 'failed', files: files(), failure: error instanceof Error ? error.message : String(error) };
  }
}
