import Papa from 'papaparse';
import type { Activity } from '../core/model/activity';
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION, readBackupText, type Backup, type BackupProblem, type BackupTable } from '../core/model/backup';
import { displayName, mergeContactCopies, type Contact } from '../core/model/contact';
import type { Interaction } from '../core/model/interaction';
import type { Note } from '../core/model/note';
import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings';
import type { Stage } from '../core/model/stage';
import { dayOf, nextFollowUp } from '../core/relationship/cadence';
import { addToActivity, rebuildActivity } from './activity';
import type { VinculoDb } from './db';
import { loadSettings } from './settings';

/*
 * F10: everything in the database as one file (core/model/backup.ts), that file merged back, and the contacts
 * as a spreadsheet. The export reads every table in one transaction, so the file is one consistent moment.
 */

/** Everything the user has, as the export file holds it (tables in primary-key order, so two exports compare). */
export async function exportAll(db: VinculoDb, now = Date.now()): Promise<Backup> {
  return db.transaction('r', [db.contacts, db.notes, db.interactions, db.threads, db.sightings, db.settings], async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    contacts: await db.contacts.toArray(),
    notes: await db.notes.toArray(),
    interactions: await db.interactions.toArray(),
    threads: await db.threads.toArray(),
    sightings: await db.sightings.toArray(),
    settings: await loadSettings(db),
  }));
}

/** What happened to one table's records. */
export interface MergeCounts {
  /** New ids. */
  added: number;
  /** Known ids the file had a newer version of. */
  updated: number;
  /** Known ids whose stored version is as new or newer: the user's own edits since the export stay. */
  kept: number;
}

export interface BackupImportReport {
  tables: Record<BackupTable, MergeCounts>;
  /**
   * Settings carry no date to compare: each one the user never changed here (still the default) is taken from
   * the file, each one they changed is kept. 'restored': all from the file; 'kept': none; 'merged': some.
   */
  settings: 'restored' | 'kept' | 'merged';
}

export interface BackupImportOptions {
  /** Records per transaction. */
  batchSize?: number;
  /** After each batch: records handled so far, of all the file's records. */
  onProgress?: (done: number, total: number) => void;
}

const BACKUP_BATCH_SIZE = 2000;

/** A record as the merge sees it: its id and when it last changed. */
type Stamped = { id: string; updatedAt?: number; lastSeenAt?: number };

/** When a record last changed: the newer version wins a merge. Threads and sightings change when seen again. */
const CHANGED_AT: Record<BackupTable, 'updatedAt' | 'lastSeenAt'> = {
  contacts: 'updatedAt',
  notes: 'updatedAt',
  interactions: 'updatedAt',
  threads: 'lastSeenAt',
  sightings: 'lastSeenAt',
};

/**
 * Merges a checked backup into the database, keyed by id: new records are added, a record the file has a newer
 * version of is replaced, and a record changed here since the export is kept. Each batch of a table is one
 * transaction; interactions update their contacts' activity rows in the same transaction (storage/activity.ts).
 */
export async function importAll(db: VinculoDb, backup: Backup, options: BackupImportOptions = {}): Promise<BackupImportReport> {
  const size = options.batchSize ?? BACKUP_BATCH_SIZE;
  const total = BACKUP_TABLES.reduce((sum, table) => sum + backup[table].length, 0);
  let done = 0;
  const tables = Object.fromEntries(BACKUP_TABLES.map((t) => [t, { added: 0, updated: 0, kept: 0 }])) as Record<BackupTable, MergeCounts>;

  const settings = await db.transaction('rw', db.settings, async () => {
    const current = await loadSettings(db);
    const keys = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
    // `me` (who the user is in LinkedIn's export) has no default: it is taken when unset here.
    const untouched = (key: keyof Settings) => sameJson(sortedKeys(current[key]), sortedKeys(DEFAULT_SETTINGS[key]));
    const fromFile = [...keys.filter(untouched), ...(current.me === undefined && backup.settings.me ? (['me'] as const) : [])];
    const differing = fromFile.filter((key) => !sameJson(sortedKeys(current[key]), sortedKeys(backup.settings[key])));
    if (differing.length) await db.settings.put({ key: 'settings', value: { ...current, ...Object.fromEntries(differing.map((key) => [key, backup.settings[key]])) } });
    const changedHere = keys.filter((key) => !untouched(key) && !sameJson(sortedKeys(current[key]), sortedKeys(backup.settings[key])));
    return changedHere.length === 0 ? ('restored' as const) : differing.length ? ('merged' as const) : ('kept' as const);
  });

  for (const name of BACKUP_TABLES) {
    // Interactions go in contact order: a batch then touches a few hundred contacts' activity rows instead of
    // one per interaction (halves the time of restoring 100,000 interactions in Chromium).
    const records: readonly Stamped[] = name === 'interactions' ? [...backup.interactions].sort(byContact) : backup[name];
    const table = db.table<Stamped, string>(name);
    const changedAt = (record: Stamped) => record[CHANGED_AT[name]] ?? 0;
    // One read of every key up front (as storage/import.ts does): a batch then reads back only the records it
    // may replace, not one `get` per id: restoring 300,000 interactions into an empty database reads none.
    const known = new Set(records.length ? await table.toCollection().primaryKeys() : []);
    for (let start = 0; start < records.length; start += size) {
      const batch = records.slice(start, start + size);
      const scope = name === 'interactions' ? [table, db.activity] : [table];
      await db.transaction('rw', scope, async () => {
        const candidates = batch.filter((r) => known.has(r.id));
        const stored = new Map((await table.bulkGet(candidates.map((r) => r.id))).flatMap((r) => (r ? [[r.id, r] as const] : [])));
        const added: Stamped[] = [];
        const replaced: { before: Stamped; after: Stamped }[] = [];
        for (const record of batch) {
          const before = stored.get(record.id);
          if (!before) added.push(record);
          else if (name === 'contacts') {
            // Field by field (core/model/contact.ts): a profile visit here must not lose a stage set in the file.
            const merged = mergeContactCopies(before as Contact, record as Contact);
            if (sameJson(sortedKeys(merged), sortedKeys(before))) tables[name].kept += 1;
            else replaced.push({ before, after: merged as Stamped });
          } else if (changedAt(record) > changedAt(before)) replaced.push({ before, after: record });
          else tables[name].kept += 1;
        }
        await table.bulkPut([...added, ...replaced.map((r) => r.after)]);
        tables[name].added += added.length;
        tables[name].updated += replaced.length;
        if (name === 'interactions') {
          await addToActivity(db, added as Interaction[]);
          const moved = replaced.flatMap((r) => [(r.before as Interaction).contactId, (r.after as Interaction).contactId]);
          await rebuildActivity(db, moved);
        }
      });
      done += batch.length;
      options.onProgress?.(done, total);
    }
  }
  return { tables, settings };
}

/**
 * A file's text checked whole before anything is written: a file that does not parse changes nothing, and the
 * problem says what and where ("contacts[12].id: …").
 */
export async function importBackupText(
  db: VinculoDb,
  text: string,
  options: BackupImportOptions = {},
): Promise<{ ok: true; report: BackupImportReport } | { ok: false; problem: BackupProblem }> {
  const checked = readBackupText(text);
  if (!checked.ok) return checked;
  return { ok: true, report: await importAll(db, checked.backup, options) };
}

const byContact = (a: Interaction, b: Interaction) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : 0);

/** A copy with every object's keys in order, so two equal records compare equal whatever order they were built in. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]));
  return value;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How many of each the user has (the "Your data" view shows them beside the space used). */
export async function dataCounts(db: VinculoDb): Promise<{ contacts: number; notes: number; interactions: number }> {
  const [contacts, notes, interactions] = await Promise.all([db.contacts.count(), db.notes.count(), db.interactions.count()]);
  return { contacts, notes, interactions };
}

// ---- contacts as a spreadsheet ---------------------------------------------------------------------------

/** The columns of the contacts CSV: who they are, where the relationship stands, and what the user wrote last. */
export const CSV_COLUMNS = [
  'name',
  'profileUrl',
  'headline',
  'company',
  'position',
  'location',
  'stage',
  'tags',
  'connectedOn',
  'lastInteraction',
  'nextFollowUp',
  'interactions',
  'notes',
  'latestNote',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What the spreadsheet says in the user's language (storage knows no UI strings) and where profiles live. */
export interface CsvLabels {
  column: (column: CsvColumn) => string;
  stage: (stage: Stage) => string;
  profileUrl: (contactId: string) => string;
}

/** Longest latest note in a cell: enough to recall it (Excel's own cell limit is 32,767 characters). */
export const CSV_NOTE_MAX = 1000;

/**
 * Cells a spreadsheet would run as a formula (= + - @, and tab or carriage return before one) get a leading
 * quote (OWASP "CSV injection"). Papaparse's own default pattern misses a multi-line cell (its `.` stops at a
 * line break), hence this one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/u;

/** UTF-8 byte-order mark: without it Excel reads the file in the system's legacy encoding and breaks accents. */
const BOM = '\uFEFF';

/** The contacts as a CSV a spreadsheet opens as is: one row per contact, sorted by name. */
export async function contactsCsv(db: VinculoDb, labels: CsvLabels): Promise<string> {
  const [contacts, activity, notes, settings] = await db.transaction('r', [db.contacts, db.activity, db.notes, db.settings], () =>
    Promise.all([db.contacts.toArray(), db.activity.toArray(), db.notes.toArray(), loadSettings(db)]),
  );
  const activityOf = new Map<string, Activity>(activity.map((a) => [a.contactId, a]));
  const notesOf = new Map<string, { count: number; latest: Note }>();
  for (const note of notes) {
    const known = notesOf.get(note.contactId);
    if (!known) notesOf.set(note.contactId, { count: 1, latest: note });
    else {
      known.count += 1;
      if (note.updatedAt > known.latest.updatedAt) known.latest = note;
    }
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  const rows = contacts
    .map((contact) => {
      const own = activityOf.get(contact.id);
      const written = notesOf.get(contact.id);
      const latest = written?.latest.text ?? '';
      const cells: Record<CsvColumn, string | number> = {
        name: displayName(contact),
        profileUrl: labels.profileUrl(contact.id),
        headline: contact.profile.headline ?? '',
        company: contact.profile.company ?? '',
        position: contact.profile.position ?? '',
        location: contact.profile.location ?? '',
        stage: labels.stage(contact.stage),
        tags: contact.tags.join(', '),
        connectedOn: contact.connectedAt === undefined ? '' : dayOf(contact.connectedAt),
        lastInteraction: own?.lastDay ?? '',
        nextFollowUp: nextFollowUp(contact, own, settings)?.due ?? '',
        interactions: own?.count ?? 0,
        notes: written?.count ?? 0,
        latestNote: latest.length > CSV_NOTE_MAX ? `${latest.slice(0, CSV_NOTE_MAX)}…` : latest,
      };
      return cells;
    })
    .sort((a, b) => collator.compare(String(a.name), String(b.name)));
  const csv = Papa.unparse(
    { fields: CSV_COLUMNS.map(labels.column), data: rows.map((cells) => CSV_COLUMNS.map((column) => cells[column])) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return BOM + csv;
}
