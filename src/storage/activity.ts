import { Activity, activityOf, emptyActivity, foldActivity } from '../core/model/activity';
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

/**
 * The whole table recomputed from every interaction, page by page, in one read-write transaction over both
 * tables: no interaction written meanwhile can be missed (it waits), and 300,000 interactions never sit in memory.
 * Marks the table filled. Returns the number of rows.
 */
export async function rebuildAllActivity(db: VinculoDb, now = Date.now()): Promise<number> {
  return db.transaction('rw', db.interactions, db.activity, db.settings, async () => {
    const rows = new Map<string, Activity>();
    let after: string | undefined;
    for (;;) {
      const page: Interaction[] = await (after === undefined ? db.interactions.orderBy(':id') : db.interactions.where(':id').above(after))
        .limit(REBUILD_PAGE)
        .toArray();
      if (!page.length) break;
      for (const [id, items] of byContact(page)) rows.set(id, foldActivity(rows.get(id) ?? emptyActivity(id), items));
      after = page[page.length - 1]!.id;
    }
    await db.activity.clear();
    await db.activity.bulkPut([...rows.values()]);
    await db.settings.put({ key: 'activityFilledAt', value: now });
    return rows.size;
  });
}

/**
 * Fills the table from the interactions unless it was filled before: the first run after the v4 upgrade (or
 * after a wake-up killed a fill half-way, which rolled back). Interactions written before it runs get rows of
 * their own, which the fill replaces with complete ones. Returns whether it filled.
 */
export async function ensureActivity(db: VinculoDb): Promise<boolean> {
  if (await db.settings.get('activityFilledAt')) return false;
  await rebuildAllActivity(db);
  return true;
}
