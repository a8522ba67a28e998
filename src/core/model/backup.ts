import { z } from 'zod';
import { Contact } from './contact';
import { Interaction, type Day } from './interaction';
import { Note } from './note';
import { Settings } from './settings';
import { Sighting, ThreadRecord } from './sighting';

/*
 * F10: the file "Your data" exports and imports, and the scheduled backup writes. Everything the user made or
 * collected; not `health` (about this browser's readers, not the user's data) nor `activity` (derived from the
 * interactions and rebuilt on import). A new version of the format gets a new literal and a conversion from
 * the old one here; a file from a newer Vínculo is refused rather than half understood.
 */

export const BACKUP_FORMAT = 'vinculo-export';
export const BACKUP_VERSION = 1;

/** The tables a backup holds, in the order they are written back (contacts before what hangs from them). */
export const BACKUP_TABLES = ['contacts', 'notes', 'interactions', 'threads', 'sightings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Records within one table must have distinct ids: a merge keyed by id cannot tell which of two is meant. */
function uniqueIds<T extends { id: string }>(record: z.ZodType<T>) {
  return z.array(record).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `the same id as record ${first}` });
    });
  });
}

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  contacts: uniqueIds(Contact),
  notes: uniqueIds(Note),
  interactions: uniqueIds(Interaction),
  threads: uniqueIds(ThreadRecord),
  sightings: uniqueIds(Sighting),
  settings: Settings,
});
export type Backup = z.infer<typeof Backup>;

/** One thing wrong in a file, where it is: "contacts[12].id". */
export interface BackupIssue {
  path: string;
  message: string;
}

/** Why a file cannot be imported. Nothing is written for any of these. */
export type BackupProblem =
  | { kind: 'notJson' }
  | { kind: 'notExport' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'invalid'; issues: BackupIssue[]; total: number };

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** Issues listed in a refusal: enough to find the trouble, not thousands of lines for a file broken throughout. */
const SHOWN_ISSUES = 5;

/** A zod path as the file's reader would write it: contacts[12].profile.name. */
function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(file)';
}

/** Whether a parsed JSON value is a Vínculo export this version can read, and the backup if it is. */
function checkBackup(value: unknown): BackupCheck {
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'notExport' } };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, problem: { kind: 'newerVersion', version } };
  const parsed = Backup.safeParse(value);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issues = parsed.error.issues.slice(0, SHOWN_ISSUES).map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
  return { ok: false, problem: { kind: 'invalid', issues, total: parsed.error.issues.length } };
}

/** The text of a file, checked. A byte-order mark (an editor may add one) is not an error. */
export function readBackupText(text: string): BackupCheck {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  return checkBackup(value);
}

/** Files: what the buttons download, and what the scheduled backup writes (in a folder of the downloads folder). */
export const exportFileName = (day: Day): string => `vinculo-${day}.json`;
export const contactsCsvFileName = (day: Day): string => `vinculo-contacts-${day}.csv`;
export const scheduledBackupPath = (day: Day): string => `vinculo/backup-${day}.json`;

/*
 * The scheduled backup talks to the options page through storage.local (the worker answers no message from
 * extension pages): the page asks with BACKUP_REQUEST_KEY, the worker says how the last backup went under
 * LAST_BACKUP_KEY.
 */
export const BACKUP_REQUEST_KEY = 'vinculo-backup-request';
export const LAST_BACKUP_KEY = 'vinculo-last-backup';

/** What the page asks: make the alarm follow the setting, and back up right away when `now`. */
export const BackupRequest = z.object({ at: z.number(), now: z.boolean() });
export type BackupRequest = z.infer<typeof BackupRequest>;

/** How the scheduled backup went: the last file written, and the last attempt that failed after it. */
export const LastBackup = z.object({
  done: z.object({ at: z.number(), file: z.string().max(300) }).optional(),
  failed: z
    .object({
      at: z.number(),
      /** 'permission': the downloads permission is not granted (refused, or removed in the browser's settings). */
      reason: z.enum(['permission', 'failed']),
      detail: z.string().max(500).optional(),
    })
    .optional(),
});
export type LastBackup = z.infer<typeof LastBackup>;

/** How often the scheduled backup runs, in milliseconds. */
const BACKUP_INTERVALS: Record<Exclude<Settings['backupEvery'], 'off'>, number> = {
  daily: 86_400_000,
  weekly: 7 * 86_400_000,
};

/** A backup due this soon is made now: checked hourly, a daily backup must not drift an hour later every day. */
export const BACKUP_EARLY_MS = 30 * 60_000;

/** Whether the scheduled backup should write a file now. */
export function isBackupDue(every: Settings['backupEvery'], last: LastBackup | undefined, now: number): boolean {
  if (every === 'off') return false;
  const since = last?.done?.at;
  return since === undefined || now - since >= BACKUP_INTERVALS[every] - BACKUP_EARLY_MS;
}
