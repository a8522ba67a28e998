import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordProfileSeen } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { deleteInteraction, logInteraction, restoreInteraction, updateInteraction } from '../../../src/storage/interactions';
import { ensureActivity, rebuildAllActivity } from '../../../src/storage/activity';
import { loadNetwork, markReviewed, setStageMany, tagMany, untagMany } from '../../../src/storage/network';
import { recordSentMessage } from '../../../src/storage/sent';
import { recordThreadSeen } from '../../../src/storage/sightings';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('activity stays in step with every interaction write', () => {
  it('log, edit, delete, restore, send, and a member-id contact adopted by its slug', async () => {
    const first = await logInteraction(db, 'ana', { kind: 'call', day: '2026-01-05', text: '' }, 1);
    await logInteraction(db, 'ana', { kind: 'invitation', day: '2026-03-01', text: '' }, 2);
    expect(await db.activity.get('ana')).toMatchObject({ count: 2, lastDay: '2026-01-05', callDay: '2026-01-05' });

    await updateInteraction(db, first.id, { kind: 'in_person', day: '2026-01-07', text: 'Coffee' }, 3);
    expect(await db.activity.get('ana')).toMatchObject({ lastDay: '2026-01-07', metDay: '2026-01-07' });
    expect((await db.activity.get('ana'))?.callDay).toBeUndefined();

    const removed = await deleteInteraction(db, first.id);
    expect((await db.activity.get('ana'))?.lastDay).toBeUndefined();
    await restoreInteraction(db, removed!);
    expect(await db.activity.get('ana')).toMatchObject({ count: 2, lastDay: '2026-01-07' });

    await recordSentMessage(db, 'ACoAAB1', 'Hola Ana, ¿un café?', 'full', new Date('2026-02-01T10:00:00').getTime());
    expect(await db.activity.get('ACoAAB1')).toMatchObject({ count: 1, lastDay: '2026-02-01', firstWritten: { from: 'me' } });
    await recordProfileSeen(db, { slug: 'ana-b', memberId: 'ACoAAB1', name: 'Ana B' }, 5);
    expect(await db.activity.get('ACoAAB1')).toBeUndefined();
    expect(await db.activity.get('ana-b')).toMatchObject({ count: 1, lastDay: '2026-02-01' });

    // What every write kept equals a rebuild from scratch.
    const kept = await db.activity.toArray();
    await rebuildAllActivity(db);
    expect(await db.activity.toArray()).toEqual(kept);
  });

  it('ensureActivity fills the table from existing interactions (after the v4 upgrade), once', async () => {
    await logInteraction(db, 'ana', { kind: 'message', day: '2026-01-05', text: '' }, 1);
    await db.activity.clear();
    expect(await ensureActivity(db)).toBe(true);
    expect(await db.activity.get('ana')).toMatchObject({ count: 1, lastDay: '2026-01-05' });
    expect(await ensureActivity(db)).toBe(false);
  });

  it('a table partly written before the fill (an interaction logged first) is still filled whole', async () => {
    // v3 data: interactions without activity rows, as the upgrade leaves them.
    await db.interactions.bulkAdd([
      { id: '00000000-0000-4000-8000-000000000001', contactId: 'ana', kind: 'call', day: '2025-06-01', text: '', createdAt: 1, updatedAt: 1 },
      { id: '00000000-0000-4000-8000-000000000002', contactId: 'bea', kind: 'message', day: '2025-07-01', text: '', createdAt: 2, updatedAt: 2 },
    ]);
    // The popup logs something before the worker's fill runs: one row exists, the table is not empty.
    await logInteraction(db, 'ana', { kind: 'message', day: '2026-01-05', text: '' }, 3);
    expect(await db.activity.count()).toBe(1);
    expect(await ensureActivity(db)).toBe(true);
    expect(await db.activity.get('ana')).toMatchObject({ count: 2, lastDay: '2026-01-05', callDay: '2025-06-01' });
    expect(await db.activity.get('bea')).toMatchObject({ count: 1, lastDay: '2025-07-01' });
  });

  it('rebuilds page by page beyond one page of interactions', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      contactId: `p-${i % 7}`,
      kind: 'message' as const,
      day: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
      text: '',
      createdAt: i,
      updatedAt: i,
    }));
    await db.interactions.bulkAdd(rows);
    expect(await rebuildAllActivity(db)).toBe(7);
    expect((await db.activity.toArray()).reduce((sum, row) => sum + row.count, 0)).toBe(12_000);
    // p-0 holds every 7th row: days 1, 8, 15 and 22 of the month.
    expect((await db.activity.get('p-0'))?.lastDay).toBe('2026-01-22');
  });
});

describe('the network at once, and bulk edits', () => {
  beforeEach(async () => {
    for (const [slug, name] of [
      ['ana', 'Ana'],
      ['bea', 'Bea'],
      ['cai', 'Cai'],
    ]) {
      await recordProfileSeen(db, { slug: slug!, name: name! }, 1);
    }
  });

  it('loads contacts, activity and thread counts', async () => {
    await logInteraction(db, 'ana', { kind: 'message', day: '2026-01-05', text: '' }, 2);
    await recordThreadSeen(
      db,
      { id: 'urn:li:activity:7400000000000000001', title: 'A post', participants: [{ slug: 'bea', name: 'Bea', author: false, comments: 1 }] },
      'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000001/',
      3,
    );
    const network = await loadNetwork(db);
    expect(network.contacts.map((c) => c.id).sort()).toEqual(['ana', 'bea', 'cai']);
    expect(network.activity.get('ana')?.lastDay).toBe('2026-01-05');
    expect(network.threads.get('bea')).toBe(1);
    expect(network.threads.has('cai')).toBe(false);
  });

  it('a live network reloads when people change, not for every sighting the worker records', async () => {
    const { liveQuery } = await import('dexie');
    let loads = 0;
    const subscription = liveQuery(() => loadNetwork(db)).subscribe(() => loads++);
    await expect.poll(() => loads).toBe(1);
    await recordThreadSeen(
      db,
      { id: 'urn:li:activity:7400000000000000002', title: 'Another post', participants: [{ slug: 'cai', name: 'Cai', author: true, comments: 0 }] },
      'https://www.linkedin.com/feed/update/urn:li:activity:7400000000000000002/',
      4,
    );
    await new Promise((done) => setTimeout(done, 300));
    expect(loads).toBe(1);
    await tagMany(db, ['cai'], 'peer', 5);
    await expect.poll(() => loads).toBe(2);
    subscription.unsubscribe();
  });

  it('tags, untags and sets the stage of many in one go, writing only those that change', async () => {
    expect(await tagMany(db, ['ana', 'bea', 'nobody'], 'Madrid', 5)).toBe(2);
    expect(await tagMany(db, ['ana', 'bea', 'cai'], 'madrid', 6)).toBe(1);
    expect((await db.contacts.get('ana'))?.tags).toEqual(['Madrid']);
    expect((await db.contacts.get('ana'))?.updatedAt).toBe(5);
    expect(await untagMany(db, ['ana', 'cai', 'bea'], 'MADRID', 7)).toBe(3);
    expect((await db.contacts.get('cai'))?.tags).toEqual([]);
    expect(await setStageMany(db, ['ana', 'bea'], 'conversation', 8)).toBe(2);
    expect(await setStageMany(db, ['ana', 'bea'], 'conversation', 9)).toBe(0);
    await markReviewed(db, 'cai', 10);
    expect((await db.contacts.get('cai'))?.reviewedAt).toBe(10);
  });
});
