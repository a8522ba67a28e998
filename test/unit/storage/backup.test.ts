import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackupText, type Backup } from '../../../src/core/model/backup';
import { Contact } from '../../../src/core/model/contact';
import { Interaction } from '../../../src/core/model/interaction';
import { NOTE_MAX_LENGTH, Note } from '../../../src/core/model/note';
import { Settings } from '../../../src/core/model/settings';
import { Sighting, ThreadRecord } from '../../../src/core/model/sighting';
import { rebuildAllActivity } from '../../../src/storage/activity';
import { contactsCsv, CSV_NOTE_MAX, exportAll, importAll, importBackupText, type CsvLabels } from '../../../src/storage/backup';
import { VinculoDb } from '../../../src/storage/db';
import { logInteraction } from '../../../src/storage/interactions';
import { loadSettings, saveSettings } from '../../../src/storage/settings';

const dbs: VinculoDb[] = [];
function freshDb(): VinculoDb {
  const db = new VinculoDb(`test-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
}
let db: VinculoDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

const T = Date.UTC(2026, 10, 23, 12);
const THREAD = 'urn:li:activity:7270000000000000001';
const THREAD_BARE = 'urn:li:activity:7270000000000000002';

/** Every optional field present. */
const full = Contact.parse({
  id: 'lucía-fernández-ortega-4b7e21',
  memberId: 'ACoAABcdEf_12-x',
  profile: {
    name: 'Lucía Fernández Ortega 👩‍🔬',
    headline: 'Research ops · שלום · مرحبا',
    location: 'Madrid, España',
    position: 'Head of Research',
    company: 'Hospital Universitario',
    degree: '1st',
    about: 'Long about '.repeat(400).trim(),
  },
  profileSeenAt: T - 5000,
  connectedAt: T - 86_400_000 * 30,
  remindWhenAccepted: T - 86_400_000 * 40,
  stage: 'relationship',
  tags: ['peer', 'Madrid', 'ex-colleague'],
  cadenceDays: 45,
  remindOn: '2026-12-01',
  reviewedAt: T - 1000,
  createdAt: T - 86_400_000 * 60,
  updatedAt: T - 1000,
});
/** Every optional field absent. */
const bare = Contact.parse({ id: 'kwame-asante', profile: {}, stage: 'contact', tags: [], createdAt: T - 10, updatedAt: T - 10 });

const uuid = () => crypto.randomUUID();
const longStart = 'Long 📚 — שלום — ';
const notes = [
  Note.parse({ id: uuid(), contactId: full.id, text: `${longStart}${'x'.repeat(NOTE_MAX_LENGTH - longStart.length)}`, createdAt: T - 500, updatedAt: T - 400 }),
  Note.parse({ id: uuid(), contactId: full.id, text: '  kept exactly as typed\n\twith tabs, "quotes" and trailing spaces  ', createdAt: T - 300, updatedAt: T - 300 }),
  Note.parse({ id: uuid(), contactId: bare.id, text: '', createdAt: T - 200, updatedAt: T - 200 }),
];
const interactions = [
  Interaction.parse({
    id: uuid(),
    contactId: full.id,
    kind: 'message',
    day: '2026-11-20',
    text: 'Hola Lucía 👋 ¿un café?',
    direction: 'out',
    createdAt: T - 900,
    updatedAt: T - 800,
    fingerprint: 'AAECAwQ=',
    bands: ['b0:abc', 'b1:def'],
  }),
  Interaction.parse({ id: uuid(), contactId: full.id, kind: 'message', day: '2026-11-21', text: 'Claro!', direction: 'in', createdAt: T - 700, updatedAt: T - 700 }),
  Interaction.parse({ id: uuid(), contactId: full.id, kind: 'in_person', day: '2026-11-22', text: '', createdAt: T - 600, updatedAt: T - 600 }),
  Interaction.parse({ id: uuid(), contactId: bare.id, kind: 'invitation', day: '2026-11-01', text: 'Invitation', createdAt: T - 100, updatedAt: T - 100 }),
];
const threads = [
  ThreadRecord.parse({ id: THREAD, url: `https://www.linkedin.com/feed/update/${THREAD}/`, title: 'Research ops 🧪', authorName: 'Lucía', groupId: '12345', participants: 2, firstSeenAt: T - 5000, lastSeenAt: T - 50 }),
  ThreadRecord.parse({ id: THREAD_BARE, url: `https://www.linkedin.com/feed/update/${THREAD_BARE}/`, participants: 0, firstSeenAt: T - 40, lastSeenAt: T - 40 }),
];
const sightings = [
  Sighting.parse({ id: `${THREAD}|${full.id}`, threadId: THREAD, keys: [full.id, full.memberId], name: full.profile.name, slug: full.id, memberId: full.memberId, author: true, comments: 3, excerpt: 'مرحبا everyone', firstSeenAt: T - 5000, lastSeenAt: T - 50 }),
  Sighting.parse({ id: `${THREAD}|ACoAAzzz`, threadId: THREAD, keys: ['ACoAAzzz'], name: 'Someone', author: false, comments: 0, firstSeenAt: T - 5000, lastSeenAt: T - 5000 }),
];
const settings = Settings.parse({
  language: 'es',
  sentMessageText: 'full',
  guard: { hold: false, newConnectionDays: 10 },
  tagCadences: { mentor: 60, 'ex-colleague': 120 },
  stageCadences: { conversation: 14 },
  notifyDue: true,
  backupEvery: 'weekly',
  me: { slug: 'me-myself', name: 'Yo Mismo' },
});

async function seed(target: VinculoDb): Promise<void> {
  await target.contacts.bulkPut([full, bare]);
  await target.notes.bulkPut(notes);
  await target.interactions.bulkPut(interactions);
  await target.threads.bulkPut(threads);
  await target.sightings.bulkPut(sightings);
  await target.settings.put({ key: 'settings', value: settings });
  await rebuildAllActivity(target);
}

/** What a user could lose: every table a backup holds, plus the derived activity, in key order. */
async function snapshot(target: VinculoDb) {
  return {
    contacts: await target.contacts.toArray(),
    notes: await target.notes.toArray(),
    interactions: await target.interactions.toArray(),
    threads: await target.threads.toArray(),
    sightings: await target.sightings.toArray(),
    // The settings row; not the database's own bookkeeping (when activity was last filled).
    settings: (await target.settings.toArray()).filter((row) => row.key === 'settings'),
    activity: await target.activity.toArray(),
  };
}

describe('export and import: exact round trip', () => {
  it('export -> file text -> import into an empty database -> export gives the same data', async () => {
    await seed(db);
    const first = await exportAll(db, T);
    expect(first).toMatchObject({ format: 'vinculo-export', version: 1, exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(first.contacts).toEqual([bare, full].sort((a, b) => a.id.localeCompare(b.id)));
    const text = JSON.stringify(first);

    const other = freshDb();
    const result = await importBackupText(other, text);
    expect(result).toEqual({
      ok: true,
      report: {
        settings: 'restored',
        tables: {
          contacts: { added: 2, updated: 0, kept: 0 },
          notes: { added: 3, updated: 0, kept: 0 },
          interactions: { added: 4, updated: 0, kept: 0 },
          threads: { added: 2, updated: 0, kept: 0 },
          sightings: { added: 2, updated: 0, kept: 0 },
        },
      },
    });
    const second = await exportAll(other, T);
    expect(second).toEqual(first);
    // Byte for byte too: no field gained, lost or reordered in a way JSON would show.
    expect(JSON.stringify(second)).toBe(text);
    // The derived activity is rebuilt from the imported interactions, the same as the original's.
    expect(await snapshot(other)).toEqual(await snapshot(db));
    expect((await other.notes.get(notes[0]!.id))?.text).toHaveLength(NOTE_MAX_LENGTH);
  });

  it('an empty database exports an empty file that imports as nothing', async () => {
    const text = JSON.stringify(await exportAll(db, T));
    const other = freshDb();
    const result = await importBackupText(other, text);
    expect(result.ok && Object.values(result.report.tables).every((c) => c.added + c.updated + c.kept === 0)).toBe(true);
    expect(await exportAll(other, T)).toEqual(await exportAll(db, T));
  });

  it('reports progress over every record, batch by batch', async () => {
    await seed(db);
    const backup = await exportAll(db, T);
    const progress: [number, number][] = [];
    await importAll(freshDb(), backup, { batchSize: 2, onProgress: (done, total) => progress.push([done, total]) });
    expect(progress.at(-1)).toEqual([13, 13]);
    expect(progress.length).toBeGreaterThan(5);
  });
});

describe('refusing a file that does not parse: nothing written, and where the trouble is', () => {
  let valid: Backup;
  beforeEach(async () => {
    await seed(db);
    valid = await exportAll(db, T);
  });

  /** Imports `text` into a database that already holds data, and checks that not a byte changed. */
  async function refused(text: string) {
    const target = freshDb();
    await target.contacts.put({ ...bare, profile: { name: 'Mine' }, updatedAt: T - 5 });
    const before = await snapshot(target);
    const result = await importBackupText(target, text);
    expect(await snapshot(target)).toEqual(before);
    if (result.ok) throw new Error('the file was accepted');
    return result.problem;
  }

  it('not JSON, or JSON of something else', async () => {
    expect(await refused('{"format": "vinculo-export", ')).toEqual({ kind: 'notJson' });
    expect(await refused('')).toEqual({ kind: 'notJson' });
    expect(await refused('[1, 2]')).toEqual({ kind: 'notExport' });
    expect(await refused('null')).toEqual({ kind: 'notExport' });
    expect(await refused(JSON.stringify({ ...valid, format: 'other-app' }))).toEqual({ kind: 'notExport' });
  });

  it('a file from a newer version, or a version that never existed', async () => {
    expect(await refused(JSON.stringify({ ...valid, version: 2 }))).toEqual({ kind: 'newerVersion', version: 2 });
    const problem = await refused(JSON.stringify({ ...valid, version: '1' }));
    expect(problem).toMatchObject({ kind: 'invalid', total: 1, issues: [{ path: 'version' }] });
  });

  it('a bad record deep inside names its path', async () => {
    const contacts = Array.from({ length: 20 }, (_, i) => ({ ...bare, id: `person-${String(i).padStart(2, '0')}` }));
    contacts[12] = { ...contacts[12]!, profile: { name: 42 } } as never;
    const problem = await refused(JSON.stringify({ ...valid, contacts }));
    expect(problem).toMatchObject({ kind: 'invalid', total: 1, issues: [{ path: 'contacts[12].profile.name', message: expect.stringContaining('string') }] });

    const badDay = valid.interactions.map((item, i) => (i === 2 ? { ...item, day: '2026-02-31' } : item));
    expect(await refused(JSON.stringify({ ...valid, interactions: badDay }))).toMatchObject({ issues: [{ path: 'interactions[2].day', message: 'not a day of the calendar' }] });

    const missing = { ...valid, sightings: [valid.sightings[0], { ...valid.sightings[1], threadId: undefined }] };
    expect(await refused(JSON.stringify(missing))).toMatchObject({ issues: [{ path: 'sightings[1].threadId' }] });
  });

  it('a missing table, a duplicated id, and many problems counted but listed five at most', async () => {
    const { notes: _dropped, ...noNotes } = valid;
    expect(await refused(JSON.stringify(noNotes))).toMatchObject({ issues: [{ path: 'notes' }] });

    const twice = { ...valid, notes: [valid.notes[0], valid.notes[1], valid.notes[0]] };
    expect(await refused(JSON.stringify(twice))).toMatchObject({ issues: [{ path: 'notes[2].id', message: 'the same id as record 0' }] });

    const broken = { ...valid, contacts: Array.from({ length: 30 }, (_, i) => ({ ...bare, id: `p${i}`, stage: 'friend' })) };
    const problem = await refused(JSON.stringify(broken));
    expect(problem).toMatchObject({ kind: 'invalid', total: 30 });
    expect(problem.kind === 'invalid' && problem.issues.map((i) => i.path)).toEqual(['contacts[0].stage', 'contacts[1].stage', 'contacts[2].stage', 'contacts[3].stage', 'contacts[4].stage']);
  });

  it('reads a file an editor saved with a byte-order mark', () => {
    expect(readBackupText(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
  });
});

describe('merging into a database that has data', () => {
  it('keeps records edited here since the export, takes newer ones from the file, adds the rest, never duplicates', async () => {
    await seed(db);
    const backup = await exportAll(db, T);
    const target = freshDb();
    // Here: the user edited `full` after the export; `bare` is older than the file's, with a name the file lacks.
    const mine = { ...full, stage: 'collaboration' as const, tags: ['mine'], updatedAt: full.updatedAt + 1, editedAt: full.updatedAt + 1 };
    await target.contacts.bulkPut([mine, { ...bare, profile: { name: 'Old' }, updatedAt: bare.updatedAt - 1 }]);
    await target.notes.put({ ...notes[1]!, text: 'newer here', updatedAt: notes[1]!.updatedAt + 10 });
    await target.threads.put({ ...threads[0]!, participants: 9, lastSeenAt: threads[0]!.lastSeenAt + 1 });

    const result = await importAll(target, backup);
    expect(result.tables).toEqual({
      contacts: { added: 0, updated: 1, kept: 1 },
      notes: { added: 2, updated: 0, kept: 1 },
      interactions: { added: 4, updated: 0, kept: 0 },
      threads: { added: 1, updated: 0, kept: 1 },
      sightings: { added: 2, updated: 0, kept: 0 },
    });
    expect(await target.contacts.get(full.id)).toEqual(mine);
    // Nothing known is dropped: the name stays, the rest is the file's.
    expect(await target.contacts.get(bare.id)).toEqual({ ...bare, profile: { name: 'Old' } });
    expect((await target.notes.get(notes[1]!.id))?.text).toBe('newer here');
    expect((await target.threads.get(THREAD))?.participants).toBe(9);

    // The same file again: everything is known, nothing added or duplicated.
    const again = await importAll(target, backup);
    expect(Object.values(again.tables).map((c) => c.added + c.updated)).toEqual([0, 0, 0, 0, 0]);
    expect(await target.contacts.count()).toBe(2);
    expect(await target.notes.count()).toBe(3);
    expect(await target.interactions.count()).toBe(4);
  });

  it('contacts merge field by field: a stage set in the file survives a later profile visit here, and the newer profile stays', async () => {
    const target = freshDb();
    const inFile = { ...full, stage: 'collaboration' as const, tags: ['mentor'], editedAt: T + 50, updatedAt: T + 50 };
    const here = { ...full, stage: 'contact' as const, tags: [], editedAt: T - 100, profile: { ...full.profile, headline: 'New headline' }, profileSeenAt: T + 90, updatedAt: T + 90 };
    await target.contacts.put(here);
    const backup = { ...(await exportAll(freshDb(), T)), contacts: [inFile] };
    const result = await importAll(target, backup);
    expect(result.tables.contacts).toEqual({ added: 0, updated: 1, kept: 0 });
    expect(await target.contacts.get(full.id)).toMatchObject({ stage: 'collaboration', tags: ['mentor'], editedAt: T + 50, profile: { headline: 'New headline' }, profileSeenAt: T + 90, updatedAt: T + 90 });
    // Importing it again changes nothing.
    expect((await importAll(target, backup)).tables.contacts).toEqual({ added: 0, updated: 0, kept: 1 });
  });

  it('an interaction changed in the file rebuilds its contacts\' activity, and a new one is folded in', async () => {
    await seed(db);
    const target = freshDb();
    await seed(target);
    // Here the meeting was logged on the 22nd; the file (newer) moved it to the 25th and has a new call.
    const meeting = interactions[2]!;
    const backup = await exportAll(db, T);
    const moved = { ...meeting, day: '2026-11-25', updatedAt: meeting.updatedAt + 1 };
    const call = Interaction.parse({ id: uuid(), contactId: bare.id, kind: 'call', day: '2026-11-23', text: '', createdAt: T, updatedAt: T });
    backup.interactions = backup.interactions.map((i) => (i.id === meeting.id ? moved : i)).concat(call);

    const report = await importAll(target, backup);
    expect(report.tables.interactions).toEqual({ added: 1, updated: 1, kept: 3 });
    expect(await target.activity.get(full.id)).toMatchObject({ count: 3, lastDay: '2026-11-25', metDay: '2026-11-25' });
    expect(await target.activity.get(bare.id)).toMatchObject({ count: 2, lastDay: '2026-11-23', callDay: '2026-11-23' });
    // Same as rebuilding everything from scratch.
    const incremental = await target.activity.toArray();
    await rebuildAllActivity(target);
    expect(await target.activity.toArray()).toEqual(incremental);
  });

  it('restores each setting still at its default, keeps each setting the user changed', async () => {
    await seed(db);
    const backup = await exportAll(db, T);
    const untouched = freshDb();
    expect((await importAll(untouched, backup)).settings).toBe('restored');
    expect(await loadSettings(untouched)).toEqual(settings);

    // The language was changed here (to another than the file's): it stays; the file's cadences and the rest come in.
    const changed = freshDb();
    await saveSettings(changed, { language: 'en' });
    expect((await importAll(changed, backup)).settings).toBe('merged');
    expect(await loadSettings(changed)).toEqual({ ...settings, language: 'en' });

    // Everything changed here already as in the file, or changed here: nothing to take.
    expect((await importAll(changed, backup)).settings).toBe('kept');
  });

  it('agrees with logInteraction: a timeline logged here and one imported agree on activity', async () => {
    const target = freshDb();
    await target.contacts.put(bare);
    await logInteraction(target, bare.id, { kind: 'message', day: '2026-11-02', text: 'hi' }, T);
    const backup = await exportAll(db, T);
    backup.contacts = [bare];
    backup.interactions = [interactions[3]!];
    await importAll(target, backup);
    expect(await target.activity.get(bare.id)).toMatchObject({ count: 2, lastDay: '2026-11-02' });
  });
});

describe('contacts as CSV', () => {
  const labels: CsvLabels = {
    column: (column) => `H:${column}`,
    stage: (stage) => `S:${stage}`,
    profileUrl: (id) => `https://www.linkedin.com/in/${encodeURIComponent(id)}/`,
  };
  const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;

  it('starts with a UTF-8 byte-order mark, has a header row, one row per contact sorted by name, CRLF lines', async () => {
    await seed(db);
    const csv = await contactsCsv(db, labels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\uFEFFH:name,H:profileUrl,H:headline,H:company,H:position,H:location,H:stage,H:tags,H:connectedOn,H:lastInteraction,H:nextFollowUp,H:interactions,H:notes,H:latestNote');
    const rows = parse(csv);
    expect(rows.map((r) => r['H:name'])).toEqual(['kwame-asante', full.profile.name]);
    expect(rows[1]).toMatchObject({
      'H:profileUrl': 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/',
      'H:headline': 'Research ops · שלום · مرحبا',
      'H:company': 'Hospital Universitario',
      'H:location': 'Madrid, España',
      'H:stage': 'S:relationship',
      'H:tags': 'peer, Madrid, ex-colleague',
      'H:connectedOn': '2026-10-24',
      'H:lastInteraction': '2026-11-22',
      // remind-on (Dec 1) is before the 45-day cadence from the 22nd.
      'H:nextFollowUp': '2026-12-01',
      'H:interactions': '3',
      'H:notes': '2',
      'H:latestNote': '  kept exactly as typed\n\twith tabs, "quotes" and trailing spaces  ',
    });
    // An invitation is not a real interaction: no last interaction, and a plain contact has no cadence.
    expect(rows[0]).toMatchObject({ 'H:lastInteraction': '', 'H:nextFollowUp': '', 'H:interactions': '1', 'H:notes': '1', 'H:latestNote': '' });
  });

  it('quotes commas, quotes and line breaks; keeps accents; cuts a long latest note', async () => {
    await db.contacts.put({ ...bare, profile: { name: 'Pérez, José "Pepe"', company: 'Łódź Ñandú' } });
    await db.notes.put(Note.parse({ id: uuid(), contactId: bare.id, text: `línea 1\nlínea 2 ${'é'.repeat(2000)}`, createdAt: T, updatedAt: T }));
    const csv = await contactsCsv(db, labels);
    expect(csv).toContain('"Pérez, José ""Pepe"""');
    expect(csv).toContain('Łódź Ñandú');
    const [row] = parse(csv);
    expect(row!['H:name']).toBe('Pérez, José "Pepe"');
    expect(row!['H:latestNote']).toHaveLength(CSV_NOTE_MAX + 1);
    expect(row!['H:latestNote']).toMatch(/^línea 1\nlínea 2 é+…$/u);
  });

  it('defuses cells a spreadsheet would run as formulas, multi-line ones included', async () => {
    await db.contacts.put({ ...bare, profile: { name: '=HYPERLINK("http://evil","click")', company: '+1 555', position: '-2+3', headline: '@SUM(A1)' }, tags: ['=cmd'] });
    await db.notes.put(Note.parse({ id: uuid(), contactId: bare.id, text: '=1+1\nsecond line', createdAt: T, updatedAt: T }));
    const [row] = parse(await contactsCsv(db, labels));
    expect(row).toMatchObject({
      'H:name': `'=HYPERLINK("http://evil","click")`,
      'H:company': "'+1 555",
      'H:position': "'-2+3",
      'H:headline': "'@SUM(A1)",
      'H:tags': "'=cmd",
      'H:latestNote': "'=1+1\nsecond line",
      // Numbers stay numbers, dates stay dates.
      'H:interactions': '0',
    });
  });
});
