import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { VinculoDb } from '../../../src/storage/db';
import { MIGRATIONS } from '../../../src/storage/migrations';
import type { Migration } from '../../../src/storage/migrations/types';

/*
 * The pattern every schema change follows: save data the way the previous version did (with that version's
 * frozen migrations only), open the database with the new list, and check the data was upgraded, not lost.
 */
describe('migrations', () => {
  it('are numbered 1, 2, 3… in order, so no version is skipped or repeated', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('v1 → v2: timelines saved by v1 are intact, and sent-message fingerprints are indexed by band', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new VinculoDb(name, MIGRATIONS.slice(0, 1));
    const logged = { id: crypto.randomUUID(), contactId: 'ana-garcia', kind: 'call', day: '2026-03-01', text: 'Intro call', createdAt: 1, updatedAt: 1 };
    await v1.interactions.put(logged as never);
    v1.close();

    const v2 = new VinculoDb(name, MIGRATIONS.slice(0, 2));
    await v2.open();
    expect(await v2.interactions.get(logged.id)).toEqual(logged);
    await v2.interactions.put({ ...logged, id: crypto.randomUUID(), kind: 'message', fingerprint: 'x', bands: ['b0:1', 'b1:2'] } as never);
    expect(await v2.interactions.where('bands').equals('b1:2').count()).toBe(1);
    v2.close();
    await Dexie.delete(name);
  });

  it('v2 → v3: contacts and timelines saved by v2 are intact, and threads and sightings are new tables', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = new VinculoDb(name, MIGRATIONS.slice(0, 2));
    const contact = { id: 'ana-garcia', profile: { name: 'Ana García' }, stage: 'conversation', tags: [], createdAt: 1, updatedAt: 1 };
    const sent = { id: crypto.randomUUID(), contactId: 'ana-garcia', kind: 'message', day: '2026-03-01', text: 'Hola', createdAt: 1, updatedAt: 1, fingerprint: 'x', bands: ['b0:1'] };
    await v2.contacts.put(contact as never);
    await v2.interactions.put(sent as never);
    v2.close();

    const v3 = new VinculoDb(name, MIGRATIONS.slice(0, 3));
    await v3.open();
    expect(await v3.contacts.get('ana-garcia')).toEqual(contact);
    expect(await v3.interactions.where('bands').equals('b0:1').first()).toEqual(sent);
    await v3.sightings.put({ id: 'urn:li:activity:7000000|ana-garcia', threadId: 'urn:li:activity:7000000', keys: ['ana-garcia', 'ACoAAx'], name: 'Ana', author: false, comments: 1, firstSeenAt: 1, lastSeenAt: 1 });
    expect(await v3.sightings.where('keys').equals('ACoAAx').count()).toBe(1);
    expect(await v3.threads.count()).toBe(0);
    v3.close();
    await Dexie.delete(name);
  });

  it('v4 → v5: interactions are intact and still found by contact and band; the day indexes are gone', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v4 = new VinculoDb(name, MIGRATIONS.slice(0, 4));
    const sent = { id: crypto.randomUUID(), contactId: 'ana-garcia', kind: 'message', direction: 'out', day: '2026-03-01', text: 'Hola', createdAt: 1, updatedAt: 1, fingerprint: 'x', bands: ['b0:1'] };
    await v4.interactions.put(sent as never);
    await v4.activity.put({ contactId: 'ana-garcia', count: 1, lastDay: '2026-03-01' });
    v4.close();

    const v5 = new VinculoDb(name, MIGRATIONS.slice(0, 5));
    await v5.open();
    expect(await v5.interactions.where('contactId').equals('ana-garcia').toArray()).toEqual([sent]);
    expect(await v5.interactions.where('bands').equals('b0:1').count()).toBe(1);
    expect(await v5.activity.get('ana-garcia')).toMatchObject({ lastDay: '2026-03-01' });
    expect(v5.interactions.schema.indexes.map((index) => index.name).sort()).toEqual(['bands', 'contactId']);
    v5.close();
    await Dexie.delete(name);
  });

  it('upgrade v1 data to a later version without losing it (worked example of the pattern)', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new VinculoDb(name, MIGRATIONS.slice(0, 1));
    await v1.contacts.put({ id: 'ana-garcia', profile: { name: 'Ana García' }, stage: 'contact', tags: ['Madrid'], createdAt: 1, updatedAt: 1 });
    await v1.notes.put({ id: crypto.randomUUID(), contactId: 'ana-garcia', text: 'Met at the meetup 👋', createdAt: 1, updatedAt: 1 });
    v1.close();

    // A trivial v2, as #3–#5 will write them: a new index and a rewrite of existing rows.
    const v2: Migration = {
      version: 2,
      stores: { contacts: 'id, memberId, stage, *tags, updatedAt, tagCount' },
      upgrade: (tx) =>
        tx
          .table('contacts')
          .toCollection()
          .modify((c: { tags: string[]; tagCount?: number }) => {
            c.tagCount = c.tags.length;
          })
          .then(() => undefined),
    };
    const upgraded = new VinculoDb(name, [...MIGRATIONS.slice(0, 1), v2]);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    const contact = await upgraded.table('contacts').get('ana-garcia');
    expect(contact).toMatchObject({ profile: { name: 'Ana García' }, tags: ['Madrid'], tagCount: 1 });
    expect(await upgraded.table('contacts').where('tagCount').equals(1).count()).toBe(1);
    expect((await upgraded.notes.toArray())[0]?.text).toBe('Met at the meetup 👋');
    upgraded.close();
    await Dexie.delete(name);
  });
});
