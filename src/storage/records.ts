import type { EntityTable, IDType } from 'dexie';
import type { z } from 'zod';

/**
 * Rewrites one existing record through `change`, validated by `schema` before it is stored; fails clearly when
 * the record is gone (deleted in another panel meanwhile) instead of silently re-creating it.
 */
export async function rewriteRecord<T extends { id: string }>(table: EntityTable<T, 'id'>, schema: z.ZodType<T>, id: IDType<T, 'id'>, change: (existing: T) => T): Promise<T> {
  return table.db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (!existing) throw new Error(`${table.name} ${id} does not exist`);
    const record = schema.parse(change(existing));
    await table.put(record);
    return record;
  });
}

/** Deletes a record and returns it, so the UI can offer "undo" by putting it back. */
export async function deleteRecord<T extends { id: string }>(table: EntityTable<T, 'id'>, id: IDType<T, 'id'>): Promise<T | undefined> {
  return table.db.transaction('rw', table, async () => {
    const existing = await table.get(id);
    if (existing) await table.delete(id);
    return existing;
  });
}
