import { byNewest, Interaction, type InteractionDraft } from '../core/model/interaction';
import type { VinculoDb } from './db';
import { addToActivity, rebuildActivity } from './activity';
import { ensureContact } from './contacts';

/** A contact's timeline, newest first. */
export async function timelineOf(db: VinculoDb, contactId: string): Promise<Interaction[]> {
  const items = await db.interactions.where('contactId').equals(contactId).toArray();
  return items.sort(byNewest);
}

export async function logInteraction(db: VinculoDb, contactId: string, draft: InteractionDraft, now = Date.now()): Promise<Interaction> {
  const interaction = Interaction.parse({ ...draft, id: crypto.randomUUID(), contactId, createdAt: now, updatedAt: now });
  await db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
    await ensureContact(db, contactId, now);
    await db.interactions.add(interaction);
    await addToActivity(db, [interaction]);
  });
  return interaction;
}

/** Fails clearly when the interaction is gone (deleted in another panel meanwhile) instead of re-creating it. */
export function updateInteraction(db: VinculoDb, id: string, draft: InteractionDraft, now = Date.now()): Promise<Interaction> {
  return db.transaction('rw', db.interactions, db.activity, async () => {
    const existing = await db.interactions.get(id);
    if (!existing) throw new Error(`interactions ${id} does not exist`);
    const interaction = Interaction.parse({ ...existing, ...draft, updatedAt: now });
    await db.interactions.put(interaction);
    await rebuildActivity(db, [interaction.contactId]);
    return interaction;
  });
}

/** Deletes an interaction and returns it, so the UI can offer "undo" with restoreInteraction. */
export function deleteInteraction(db: VinculoDb, id: string): Promise<Interaction | undefined> {
  return db.transaction('rw', db.interactions, db.activity, async () => {
    const existing = await db.interactions.get(id);
    if (!existing) return undefined;
    await db.interactions.delete(id);
    await rebuildActivity(db, [existing.contactId]);
    return existing;
  });
}

export async function restoreInteraction(db: VinculoDb, interaction: Interaction): Promise<void> {
  const restored = Interaction.parse(interaction);
  await db.transaction('rw', db.interactions, db.activity, async () => {
    await db.interactions.put(restored);
    await rebuildActivity(db, [restored.contactId]);
  });
}
