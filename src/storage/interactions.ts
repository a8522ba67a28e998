import { byNewest, Interaction, type InteractionDraft } from '../core/model/interaction';
import type { VinculoDb } from './db';
import { ensureContact } from './contacts';
import { deleteRecord, rewriteRecord } from './records';

/** A contact's timeline, newest first. */
export async function timelineOf(db: VinculoDb, contactId: string): Promise<Interaction[]> {
  const items = await db.interactions.where('contactId').equals(contactId).toArray();
  return items.sort(byNewest);
}

export async function logInteraction(db: VinculoDb, contactId: string, draft: InteractionDraft, now = Date.now()): Promise<Interaction> {
  const interaction = Interaction.parse({ ...draft, id: crypto.randomUUID(), contactId, createdAt: now, updatedAt: now });
  await db.transaction('rw', db.contacts, db.interactions, async () => {
    await ensureContact(db, contactId, now);
    await db.interactions.add(interaction);
  });
  return interaction;
}

export function updateInteraction(db: VinculoDb, id: string, draft: InteractionDraft, now = Date.now()): Promise<Interaction> {
  return rewriteRecord(db.interactions, Interaction, id, (interaction) => ({ ...interaction, ...draft, updatedAt: now }));
}

/** Deletes an interaction and returns it, so the UI can offer "undo" with restoreInteraction. */
export function deleteInteraction(db: VinculoDb, id: string): Promise<Interaction | undefined> {
  return deleteRecord(db.interactions, id);
}

export async function restoreInteraction(db: VinculoDb, interaction: Interaction): Promise<void> {
  await db.interactions.put(Interaction.parse(interaction));
}
