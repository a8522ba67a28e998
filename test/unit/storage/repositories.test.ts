import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureRecipient, findContact, findRecipient, recordProfileSeen, setStage, tagContact, untagContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { recordReaderRun, healthRecords } from '../../../src/storage/health';
import { deleteInteraction, logInteraction, restoreInteraction, timelineOf, updateInteraction } from '../../../src/storage/interactions';
import { addNote, deleteNote, notesOf, putNote, restoreNote, saveNote, updateNote } from '../../../src/storage/notes';
import { loadSettings, saveSettings } from '../../../src/storage/settings';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('contacts', () => {
  it('records a profile seen, keyed by slug, findable by member id too', async () => {
    await recordProfileSeen(db, { slug: 'ana-garcia', memberId: 'ACoAAB1', name: 'Ana García', headline: 'Diseñadora', degree: '2nd' }, 100);
    const bySlug = await findContact(db, 'ana-garcia');
    expect(bySlug).toMatchObject({ id: 'ana-garcia', memberId: 'ACoAAB1', stage: 'contact', tags: [], profile: { name: 'Ana García', headline: 'Diseñadora', degree: '2nd' }, profileSeenAt: 100 });
    expect(await findContact(db, 'ACoAAB1')).toEqual(bySlug);
    expect(await findContact(db, 'nobody')).toBeUndefined();
  });

  it('a later, poorer reading keeps what was known and never touches stage or tags', async () => {
    await recordProfileSeen(db, { slug: 'ana', name: 'Ana', headline: 'Designer', location: 'Madrid' }, 1);
    await setStage(db, 'ana', 'relationship', 2);
    await tagContact(db, 'ana', 'peer', 3);
    await recordProfileSeen(db, { slug: 'ana', name: 'Ana G.', degree: '1st' }, 4);
    expect(await findContact(db, 'ana')).toMatchObject({
      profile: { name: 'Ana G.', headline: 'Designer', location: 'Madrid', degree: '1st' },
      stage: 'relationship',
      tags: ['peer'],
      createdAt: 1,
      updatedAt: 4,
    });
  });

  it('a contact known only by member id (from a message) is adopted by its slug, with its notes and timeline', async () => {
    const provisional = await ensureRecipient(db, { memberId: 'ACoAAB1', name: 'Ana G.' }, 1);
    expect(provisional).toMatchObject({ id: 'ACoAAB1', memberId: 'ACoAAB1', profile: { name: 'Ana G.' } });
    expect(await ensureRecipient(db, { memberId: 'ACoAAB1' })).toEqual(provisional);
    expect(await ensureRecipient(db, {})).toBeUndefined();
    await addNote(db, 'ACoAAB1', 'asked about the meetup', 2);
    await logInteraction(db, 'ACoAAB1', { kind: 'message', day: '2026-11-01', text: 'hi' }, 3);
    await setStage(db, 'ACoAAB1', 'conversation', 4);

    await recordProfileSeen(db, { slug: 'ana-garcia', memberId: 'ACoAAB1', name: 'Ana García' }, 5);
    expect(await db.contacts.get('ACoAAB1')).toBeUndefined();
    expect(await findContact(db, 'ACoAAB1')).toMatchObject({ id: 'ana-garcia', stage: 'conversation', profile: { name: 'Ana García' } });
    expect((await notesOf(db, 'ana-garcia')).map((n) => n.text)).toEqual(['asked about the meetup']);
    expect(await timelineOf(db, 'ana-garcia')).toHaveLength(1);
    expect(await findRecipient(db, { slug: 'ana-garcia' })).toMatchObject({ id: 'ana-garcia' });
  });

  it('one person under both a slug (Connections.csv) and a member id (a message) becomes one contact when their profile shows both', async () => {
    await ensureRecipient(db, { memberId: 'ACoAAana', name: 'Ana' }, 1);
    await tagContact(db, 'ACoAAana', 'Málaga', 2);
    await setStage(db, 'ACoAAana', 'conversation', 3);
    await addNote(db, 'ACoAAana', 'Wrote about the meetup', 4);
    await logInteraction(db, 'ACoAAana', { kind: 'message', day: '2026-01-10', text: 'Hola' }, 5);
    await recordProfileSeen(db, { slug: 'ana-perez', name: 'Ana Pérez', headline: 'Designer' }, 6);
    await tagContact(db, 'ana-perez', 'malaga', 7);
    await tagContact(db, 'ana-perez', 'peer', 8);
    await db.contacts.update('ana-perez', { connectedAt: 100 });

    await recordProfileSeen(db, { slug: 'ana-perez', memberId: 'ACoAAana', name: 'Ana Pérez' }, 9);
    expect(await db.contacts.get('ACoAAana')).toBeUndefined();
    expect(await findContact(db, 'ACoAAana')).toMatchObject({
      id: 'ana-perez',
      memberId: 'ACoAAana',
      stage: 'conversation',
      tags: ['malaga', 'peer'],
      connectedAt: 100,
      profile: { name: 'Ana Pérez', headline: 'Designer' },
      createdAt: 1,
    });
    expect((await notesOf(db, 'ana-perez')).map((n) => n.text)).toEqual(['Wrote about the meetup']);
    expect((await timelineOf(db, 'ana-perez')).map((i) => i.text)).toEqual(['Hola']);
    expect(await db.activity.get('ana-perez')).toMatchObject({ count: 1, lastDay: '2026-01-10' });
    expect(await db.activity.get('ACoAAana')).toBeUndefined();
  });

  it('a connection kept by name only (an old export) is taken over by their profile when it says 1st degree; not by a namesake', async () => {
    await db.contacts.put({ id: '~ana-perez', profile: { name: 'Ana Pérez', company: 'Acme' }, stage: 'relationship', tags: ['mentor'], connectedAt: 5, createdAt: 1, updatedAt: 1 });
    await addNote(db, '~ana-perez', 'From 2019', 2);
    // A 2nd-degree Ana Pérez is someone else.
    await recordProfileSeen(db, { slug: 'ana-perez-other', name: 'Ana Pérez', degree: '2nd' }, 3);
    expect(await db.contacts.get('~ana-perez')).toBeDefined();
    await recordProfileSeen(db, { slug: 'ana-perez', name: 'Ana Perez', degree: '1st' }, 4);
    expect(await db.contacts.get('~ana-perez')).toBeUndefined();
    expect(await findContact(db, 'ana-perez')).toMatchObject({ stage: 'relationship', tags: ['mentor'], connectedAt: 5, profile: { name: 'Ana Perez', company: 'Acme', degree: '1st' } });
    expect((await notesOf(db, 'ana-perez')).map((n) => n.text)).toEqual(['From 2019']);
  });

  it('notes when the degree turns to 1st: that is when they accepted', async () => {
    await recordProfileSeen(db, { slug: 'bea', name: 'Bea', degree: '2nd' }, 1);
    expect((await findContact(db, 'bea'))?.connectedAt).toBeUndefined();
    await recordProfileSeen(db, { slug: 'bea', name: 'Bea', degree: '1st' }, 50);
    await recordProfileSeen(db, { slug: 'bea', name: 'Bea', degree: '1st' }, 90);
    expect((await findContact(db, 'bea'))?.connectedAt).toBe(50);
    // Already 1st the first time we saw them: we do not know since when.
    await recordProfileSeen(db, { slug: 'cris', name: 'Cris', degree: '1st' }, 5);
    expect((await findContact(db, 'cris'))?.connectedAt).toBeUndefined();
  });

  it('tags are trimmed, deduplicated ignoring case and accents, and removable', async () => {
    await tagContact(db, 'ana', '  Málaga  ');
    await tagContact(db, 'ana', 'malaga');
    await tagContact(db, 'ana', 'ex   colleague');
    await tagContact(db, 'ana', '   ');
    expect((await findContact(db, 'ana'))?.tags).toEqual(['Málaga', 'ex colleague']);
    await untagContact(db, 'ana', 'Málaga');
    expect((await findContact(db, 'ana'))?.tags).toEqual(['ex colleague']);
  });
});

describe('notes', () => {
  it('keep the exact text: 100,000 characters, emoji, RTL, spaces', async () => {
    const text = `  مرحبا Ana 👩🏽‍💻 שלום\n${'x'.repeat(100_000)}  `;
    const note = await addNote(db, 'ana', text, 1);
    expect((await notesOf(db, 'ana'))[0]?.text).toBe(text);
    expect(await findContact(db, 'ana')).toMatchObject({ id: 'ana', stage: 'contact' });
    await updateNote(db, note.id, `${text}!`, 2);
    expect((await db.notes.get(note.id))?.text).toBe(`${text}!`);
  });

  it('list newest first, and editing does not reorder them; delete returns the note and restore brings it back', async () => {
    const a = await addNote(db, 'ana', 'first', 1);
    const b = await addNote(db, 'ana', 'second', 2);
    await updateNote(db, a.id, 'first, edited', 3);
    expect((await notesOf(db, 'ana')).map((n) => n.text)).toEqual(['second', 'first, edited']);
    const deleted = await deleteNote(db, b.id);
    expect((await notesOf(db, 'ana')).map((n) => n.id)).toEqual([a.id]);
    await restoreNote(db, deleted!);
    expect((await notesOf(db, 'ana')).map((n) => n.text)).toEqual(['second', 'first, edited']);
  });

  it('saving an open note that was deleted elsewhere brings it back with the new text', async () => {
    const note = await addNote(db, 'ana', 'draft', 1);
    await deleteNote(db, note.id);
    await saveNote(db, note, 'draft, finished', 2);
    expect(await notesOf(db, 'ana')).toEqual([{ ...note, text: 'draft, finished', updatedAt: 2 }]);
  });

  it('refuses to update a note that does not exist', async () => {
    await expect(updateNote(db, crypto.randomUUID(), 'x')).rejects.toThrow(/does not exist/);
  });
});

describe('interactions', () => {
  it('timeline is newest day first, then most recently logged; edit and delete/undo work', async () => {
    const call = await logInteraction(db, 'ana', { kind: 'call', day: '2026-03-01', text: 'Intro call' }, 1);
    await logInteraction(db, 'ana', { kind: 'in_person', day: '2026-05-10', text: 'Coffee ☕' }, 2);
    await logInteraction(db, 'ana', { kind: 'message', day: '2026-05-10', text: 'Thanks!' }, 3);
    expect((await timelineOf(db, 'ana')).map((i) => i.text)).toEqual(['Thanks!', 'Coffee ☕', 'Intro call']);

    await updateInteraction(db, call.id, { kind: 'video_call', day: '2026-06-01', text: 'Intro call (video)' }, 4);
    expect((await timelineOf(db, 'ana'))[0]).toMatchObject({ kind: 'video_call', text: 'Intro call (video)', createdAt: 1, updatedAt: 4 });

    const removed = await deleteInteraction(db, call.id);
    expect(await timelineOf(db, 'ana')).toHaveLength(2);
    await restoreInteraction(db, removed!);
    expect(await timelineOf(db, 'ana')).toHaveLength(3);
  });

  it('rejects an invalid kind or day', async () => {
    await expect(logInteraction(db, 'ana', { kind: 'telepathy' as never, day: '2026-01-01', text: '' })).rejects.toThrow();
    await expect(logInteraction(db, 'ana', { kind: 'call', day: '01/02/2026', text: '' })).rejects.toThrow();
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('health', () => {
  it('keeps the last 5 runs per reader and page kind, newest first', async () => {
    for (let i = 0; i < 7; i++) {
      await recordReaderRun(db, { reader: 'profile', pageKind: 'profile-sdui-2026', url: `https://www.linkedin.com/in/p${i}/`, at: i, found: ['name'], missing: i % 2 ? ['headline'] : [] });
    }
    const [record] = await healthRecords(db);
    expect(record).toMatchObject({ id: 'profile:profile-sdui-2026', lastSeen: 6, lastUrl: 'https://www.linkedin.com/in/p6/' });
    expect(record?.runs.map((r) => r.at)).toEqual([6, 5, 4, 3, 2]);
  });
});

describe('settings', () => {
  it('defaults, saves, and survives an older record missing fields', async () => {
    const defaults = {
      language: 'auto',
      sentMessageText: 'snippet',
      guard: { hold: true, newConnectionDays: 14, massMinRecipients: 3, massSimilarity: 0.8, massWindowDays: 14 },
      recurringMinThreads: 3,
      tagCadences: {},
      stageCadences: { conversation: null, relationship: 90, collaboration: 30 },
      notifyDue: false,
      backupEvery: 'off',
    };
    expect(await loadSettings(db)).toEqual(defaults);
    await saveSettings(db, { language: 'es' });
    expect(await loadSettings(db)).toEqual({ ...defaults, language: 'es' });
    await db.settings.put({ key: 'settings', value: { language: 'en' } as never });
    expect(await loadSettings(db)).toEqual({ ...defaults, language: 'en' });
  });
});

describe('putNote (a note under an id the caller chose)', () => {
  it('creates the note and its contact once, and the same call twice is still one note', async () => {
    const id = crypto.randomUUID();
    await putNote(db, { id, contactId: 'ana' }, 'First words', 10);
    await putNote(db, { id, contactId: 'ana' }, 'First words, and more', 20);
    await putNote(db, { id, contactId: 'ana' }, 'First words, and more', 30);
    expect(await notesOf(db, 'ana')).toEqual([{ id, contactId: 'ana', text: 'First words, and more', createdAt: 10, updatedAt: 30 }]);
    expect(await db.contacts.get('ana')).toMatchObject({ id: 'ana' });
  });
});
