import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onPeopleDataChanged } from '../../../src/storage/changes';
import { recordProfileSeen, setStage } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { recordReaderRun } from '../../../src/storage/health';
import { addNote } from '../../../src/storage/notes';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`changes-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/**
 * The listener's window in these tests, and a wait past it. Wide, because a burst's writes land apart by however
 * long the machine takes between them: a 10 ms window split a note and a stage change into two calls when the unit
 * tests ran beside each other on a busy two-core machine.
 */
const BURST_MS = 100;
const settle = () => new Promise((r) => setTimeout(r, BURST_MS + 100));

describe('people data changes', () => {
  it('a note or a stage change is reported once per burst; a health record is not a change to people', async () => {
    // Creating the database is a change to every table: the listener starts once it exists, as in the extension.
    await db.open();
    await settle();
    let calls = 0;
    const stop = onPeopleDataChanged(db, () => (calls += 1), BURST_MS);
    await recordReaderRun(db, { reader: 'profile', pageKind: 'x', url: 'https://www.linkedin.com/in/a/', at: 1, found: [], missing: [] });
    await settle();
    expect(calls).toBe(0);
    await addNote(db, 'ana', 'Met at the meetup');
    await setStage(db, 'ana', 'conversation');
    await settle();
    expect(calls).toBe(1);
    stop();
    await setStage(db, 'ana', 'relationship');
    await settle();
    expect(calls).toBe(1);
  });

  it('viewing a profile again that shows the same is not a change; a new person, a changed profile or a stage set on them is', async () => {
    await db.open();
    await settle();
    let calls = 0;
    const stop = onPeopleDataChanged(db, () => (calls += 1), BURST_MS);
    const ana = { slug: 'ana', name: 'Ana García', headline: 'Designer', degree: '2nd' as const };
    await recordProfileSeen(db, ana, 1);
    await settle();
    expect(calls).toBe(1);
    // The same profile, viewed again and again (every LinkedIn tab would ask about everyone on its page each time).
    await recordProfileSeen(db, ana, 2);
    await recordProfileSeen(db, { ...ana }, 3);
    await settle();
    expect(calls).toBe(1);
    expect((await db.contacts.get('ana'))?.profileSeenAt).toBe(1);
    await recordProfileSeen(db, { ...ana, headline: 'Design lead' }, 4);
    await settle();
    expect(calls).toBe(2);
    expect(await db.contacts.get('ana')).toMatchObject({ profileSeenAt: 4, updatedAt: 4, profile: { headline: 'Design lead' } });
    await setStage(db, 'ana', 'conversation');
    await settle();
    expect(calls).toBe(3);
    // Seen again after the user's change: their stage stays, and nothing is written.
    await recordProfileSeen(db, { ...ana, headline: 'Design lead' }, 5);
    await settle();
    expect(calls).toBe(3);
    expect((await db.contacts.get('ana'))?.stage).toBe('conversation');
    stop();
  });
});
