// zod/mini, as the protocol it is part of (reader.ran); see profile.ts.
import * as z from 'zod/mini';
import { isEssentialProfileField } from './profile';

/** Which reader ran. One per kind of LinkedIn page we read. */
export const ReaderName = z.enum(['profile', 'composer', 'invite', 'thread']);
export type ReaderName = z.infer<typeof ReaderName>;

const field = z.string().check(z.minLength(1), z.maxLength(40));

/**
 * One run of a reader on one page: which fields it found and which it could not.
 * `pageKind` names the markup generation the reader recognised (e.g. "profile-sdui-2026"), or "unrecognised".
 */
export const ReaderRun = z.object({
  reader: ReaderName,
  pageKind: z.string().check(z.minLength(1), z.maxLength(60)),
  url: z.string().check(z.maxLength(2000)),
  at: z.number().check(z.int(), z.nonnegative()),
  found: z.array(field).check(z.maxLength(40)),
  missing: z.array(field).check(z.maxLength(40)),
  /** What the reader left out on purpose, and why (a company page as author, a malformed JSON block…). */
  skipped: z.optional(z.array(z.object({ reason: field, count: z.number().check(z.int(), z.positive()) })).check(z.maxLength(20))),
});
export type ReaderRun = z.infer<typeof ReaderRun>;

/** The health record kept per reader and page kind: the last runs, newest first. */
export const HealthRecord = z.object({
  id: z.string(),
  reader: ReaderName,
  pageKind: z.string(),
  lastSeen: z.number(),
  lastUrl: z.string(),
  runs: z.array(z.pick(ReaderRun, { at: true, missing: true, found: true, skipped: true })),
});
export type HealthRecord = z.infer<typeof HealthRecord>;

/** How many recent runs a health record keeps ("name not found on 3 of the last 5 profiles"). */
export const HEALTH_WINDOW = 5;

export function healthId(run: Pick<ReaderRun, 'reader' | 'pageKind'>): string {
  return `${run.reader}:${run.pageKind}`;
}

/** Adds a run to its record (or starts one), keeping only the last HEALTH_WINDOW runs. */
export function recordRun(previous: HealthRecord | undefined, run: ReaderRun): HealthRecord {
  const kept = { at: run.at, found: run.found, missing: run.missing, ...(run.skipped?.length ? { skipped: run.skipped } : {}) };
  const runs = [kept, ...(previous?.runs ?? [])].slice(0, HEALTH_WINDOW);
  return { id: healthId(run), reader: run.reader, pageKind: run.pageKind, lastSeen: run.at, lastUrl: run.url, runs };
}

/** For each field missing in any recent run: in how many of those runs it was missing. */
export function missingCounts(record: HealthRecord): { field: string; missed: number; of: number }[] {
  const counts = new Map<string, number>();
  for (const r of record.runs) for (const f of r.missing) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([f, missed]) => ({ field: f, missed, of: record.runs.length })).sort((a, b) => b.missed - a.missed);
}

const ESSENTIAL: Record<ReaderName, (field: string) => boolean> = {
  profile: isEssentialProfileField,
  // A compose box always has an editor and a Send button; its recipient is absent in group conversations.
  composer: (field) => field === 'editor' || field === 'sendButton',
  // Each step of the invitation dialog has its controls; the invitee's name and the length limit may be absent.
  invite: (field) => ['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'].includes(field),
  // A page the thread reader runs on shows posts; authors (company pages), comments, replies and embedded JSON may be
  // legitimately absent (and the JSON is absent whenever the post loaded after the page did).
  thread: (field) => field === 'post',
};

/** Whether a reader missing this field means the reader broke, rather than the page legitimately lacking it. */
export function isEssentialField(reader: ReaderName, field: string): boolean {
  return ESSENTIAL[reader](field);
}
