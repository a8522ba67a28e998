import { decodeSignature, fingerprint, encodeSignature } from '../core/analysis/fingerprint';
import { sentToOthers } from '../core/analysis/mass';
import { Interaction, keptText, today } from '../core/model/interaction';
import type { Settings } from '../core/model/settings';
import type { VinculoDb } from './db';
import { addToActivity } from './activity';
import { ensureContact } from './contacts';

/**
 * A message the user just sent becomes a "message" interaction on the recipient's timeline: the text as the
 * user chose to keep it, and the fingerprint the mass-message check learns from.
 */
export async function recordSentMessage(
  db: VinculoDb,
  contactId: string,
  text: string,
  mode: Settings['sentMessageText'],
  now = Date.now(),
): Promise<Interaction> {
  const fp = fingerprint(text);
  const interaction = Interaction.parse({
    id: crypto.randomUUID(),
    contactId,
    kind: 'message',
    direction: 'out',
    day: today(new Date(now)),
    text: keptText(text, mode),
    createdAt: now,
    updatedAt: now,
    ...(fp && { fingerprint: encodeSignature(fp.signature), bands: fp.bands }),
  });
  await db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
    await ensureContact(db, contactId, now);
    await db.interactions.add(interaction);
    await addToActivity(db, [interaction]);
  });
  return interaction;
}

/**
 * How many other people got a near-duplicate of `text` since `since`: reads only the messages sharing an LSH
 * band with it (the `bands` index), never the whole history.
 */
export async function nearDuplicateRecipients(
  db: VinculoDb,
  text: string,
  options: { recipient?: string; since: number; similarity: number },
): Promise<{ recipients: number; similarity: number }> {
  const fp = fingerprint(text);
  if (!fp) return { recipients: 0, similarity: 0 };
  const candidates = await db.interactions.where('bands').anyOf(fp.bands).distinct().toArray();
  return sentToOthers(
    fp,
    candidates.flatMap((c) => (c.fingerprint ? [{ recipient: c.contactId, at: c.createdAt, signature: decodeSignature(c.fingerprint) }] : [])),
    options,
  );
}
