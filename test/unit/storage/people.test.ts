import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureRecipient, recordProfileSeen } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { logInteraction } from '../../../src/storage/interactions';
import { addNote } from '../../../src/storage/notes';
import { lookupPeople } from '../../../src/storage/people';

/*
 * lookupPeople reads a person's member id only when their slug found nobody (src/storage/people.ts): who answers for
 * whom must not change with that. Invented people.
 */
let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`people-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('people lookup: slug first, member id when the slug finds nobody', () => {
  it('answers for each person with their slug’s contact, else their member id’s, in one batch', async () => {
    await recordProfileSeen(db, { slug: 'ana-quiroga', memberId: 'ACoAAAna1', name: 'Ana Quiroga' }, 1);
    await addNote(db, 'ana-quiroga', 'Met at the Lisbon meetup', 2);
    await recordProfileSeen(db, { slug: 'bea-lindqvist', memberId: 'ACoAABea2', name: 'Bea Lindqvist' }, 1);
    await logInteraction(db, 'bea-lindqvist', { kind: 'call', day: '2026-11-02', text: '' }, 3);
    // Known only from a message: kept under the member id.
    await ensureRecipient(db, { memberId: 'ACoAACarl3', name: 'Carl Okafor' }, 4);
    await addNote(db, 'ACoAACarl3', 'Asked about the case study', 5);

    const [ana, anaWithOthersId, bea, beaByMember, carl, carlBySlugNotSeen, nobody] = await lookupPeople(
      db,
      [
        { slug: 'ana-quiroga', memberId: 'ACoAAAna1' },
        // A slug that finds its contact wins over a member id that is someone else's.
        { slug: 'ana-quiroga', memberId: 'ACoAABea2' },
        { slug: 'bea-lindqvist' },
        { slug: 'bea-renamed-slug', memberId: 'ACoAABea2' },
        { memberId: 'ACoAACarl3' },
        { slug: 'carl-okafor', memberId: 'ACoAACarl3' },
        { slug: 'nobody-here', memberId: 'ACoAANobody' },
      ],
      3,
    );
    expect(ana).toMatchObject({ contactId: 'ana-quiroga', notes: 1, latestNote: 'Met at the Lisbon meetup' });
    expect(anaWithOthersId).toEqual(ana);
    expect(bea).toMatchObject({ contactId: 'bea-lindqvist', lastInteraction: { kind: 'call', day: '2026-11-02' } });
    expect(beaByMember).toEqual(bea);
    expect(carl).toMatchObject({ contactId: 'ACoAACarl3', name: 'Carl Okafor', notes: 1 });
    expect(carlBySlugNotSeen).toEqual(carl);
    expect(nobody).toBeNull();
  });
});
