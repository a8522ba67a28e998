import { Activity, activityOf, emptyActivity, foldActivity, type Summarised } from '../core/model/activity';
import type { Interaction } from '../core/model/interaction';
import type { VinculoDb } from './db';

/*
 * The `activity` table is derived from `interactions` (core/model/activity.ts). Every function that writes
 * interactions calls one of these inside its own transaction (which must include db.activity), so the two
 * never disagree; ensureActivity rebuilds the whole table when it is empty (first run after the v4 upgrade).
 */

function byContact<T extends { contactId: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.contactId);
    if (group) group.push(item);
    else groups.set(item.contactId, [item]);
  }
  return groups;
}

/** New interactions folded into their contacts' rows: one read and one write per batch, not per timeline. */
export async function addToActivity(db: VinculoDb, added: readonly Interaction[]): Promise<void> {
  if (!added.length) return;
  const groups = byContact(added);
  const ids = [...groups.keys()];
  const rows = await db.activity.bulkGet(ids);
  await db.activity.bulkPut(ids.map((id, i) => foldActivity(rows[i] ?? emptyActivity(id), groups.get(id)!)));
}

/** The rows of these contacts recomputed from their whole timelines (after an edit, a deletion, a merge). */
export async function rebuildActivity(db: VinculoDb, contactIds: Iterable<string>): Promise<void> {
  for (const id of new Set(contactIds)) {
    const timeline = await db.interactions.where('contactId').equals(id).toArray();
    if (timeline.length) await db.activity.put(activityOf(id, timeline));
    else await db.activity.delete(id);
  }
}

/** Page size of a full rebuild: getAll() in ranges of primary keys is far cheaper in Chromium than a cursor. */
const REBUILD_PAGE = 5000;

/** The whole table recomputed from every interaction, page by page (300,000 interactions never sit in memory). */
export async function rebuildAllActivity(db: VinculoDb): Promise<number> {
  const rows = new Map<string, Activity>();
  let after: string | undefined;
  for (;;) {
    const page: Summarised[] & Interaction[] = await (after === undefined ? db.interactions.orderBy(':id') : db.interactions.where(':id').above(after))
      .limit(REBUILD_PAGE)
      .toArray();
    if (!page.length) break;
    for (const [id, items] of byContact(page)) rows.set(id, foldActivity(rows.get(id) ?? emptyActivity(id), items));
    after = page[page.length - 1]!.id;
  }
  await db.transaction('rw', db.activity, async () => {
    await db.activity.clear();
    await db.activity.bulkPut([...rows.values()]);
  });
  return rows.size;
}

/** Fills the table when it is empty but interactions exist (a database upgraded from v3). Returns whether it did. */
export async function ensureActivity(db: VinculoDb): Promise<boolean> {
  if ((await db.activity.count()) > 0 || (await db.interactions.count()) === 0) return false;
  await rebuildAllActivity(db);
  return true;
}

/** One contact's row (absent: an empty timeline). */
export async function activityOfContact(db: VinculoDb, contactId: string): Promise<Activity | undefined> {
  return db.activity.get(contactId);
}
