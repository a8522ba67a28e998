import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onPeopleDataChanged } from '../../../src/storage/changes';
import { setStage } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { recordReaderRun } from '../../../src/storage/health';
import { addNote } from '../../../src/storage/notes';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`changes-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('people data changes', () => {
  it('a note or a stage change is reported once per burst; a health record is not a change to people', async () => {
    // Creating the database is a change to every table: the listener starts once it exists, as in the extension.
    await db.open();
    await settle();
    let calls = 0;
    const stop = onPeopleDataChanged(db, () => (calls += 1), 10);
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
});
