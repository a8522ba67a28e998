import type { Activity } from '../core/model/activity';
import { Contact } from '../core/model/contact';
import type { Sighting } from '../core/model/sighting';
import type { Stage } from '../core/model/stage';
import { addTag, removeTagAnyCase } from '../core/model/tag';
import type { VinculoDb } from './db';
import { countThreadsIn } from './sightings';

/*
 * The whole network at once, for the workspace (F8): three table reads, no per-contact query, so 30,000
 * contacts load in one go. Bulk edits change many contacts in one transaction.
 */

export interface Network {
  contacts: Contact[];
  activity: Map<string, Activity>;
  /** Distinct threads each contact was seen in, by contact id. */
  threads: Map<string, number>;
}

export async function loadNetwork(db: VinculoDb): Promise<Network> {
  const [contacts, activity, sightings] = await Promise.all([
    db.transaction('r', db.contacts, db.activity, () => Promise.all([db.contacts.toArray(), db.activity.toArray()])),
    // Read outside any live query's watch: the worker records sightings while the user browses LinkedIn, and a
    // live workspace would reload 30,000 contacts for each. Thread counts follow at the next change of people.
    // (A timer callback runs outside Dexie's zone, where a live query records what is read.)
    new Promise<Sighting[]>((done, fail) => setTimeout(() => db.sightings.toArray().then(done, fail), 0)),
  ]).then(([[contacts, activity], sightings]) => [contacts, activity, sightings] as const);
  const counts = sightings.length ? countThreadsIn(sightings, contacts.map((c) => ({ slug: c.id, memberId: c.memberId }))) : new Map<string, number>();
  const threads = new Map<string, number>();
  for (const contact of contacts) {
    const count = counts.get(contact.id);
    if (count) threads.set(contact.id, count);
  }
  return { contacts, activity: new Map(activity.map((row) => [row.contactId, row])), threads };
}

/** Rewrites many contacts in one transaction; those `change` leaves as they are are not written. Returns how many changed. */
async function updateMany(db: VinculoDb, ids: readonly string[], change: (contact: Contact) => Partial<Contact> | null, now: number): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    const contacts = (await db.contacts.bulkGet([...ids])).filter((c): c is Contact => !!c);
    const changed: Contact[] = [];
    for (const contact of contacts) {
      const patch = change(contact);
      if (patch) changed.push(Contact.parse({ ...contact, ...patch, updatedAt: now, editedAt: now }));
    }
    await db.contacts.bulkPut(changed);
    return changed.length;
  });
}

export function tagMany(db: VinculoDb, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  return updateMany(
    db,
    ids,
    (c) => {
      const tags = addTag(c.tags, tag);
      return tags.length === c.tags.length ? null : { tags };
    },
    now,
  );
}

/** Removes the tag however each contact wrote it (the tag filter, too, ignores case and accents). */
export function untagMany(db: VinculoDb, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  return updateMany(
    db,
    ids,
    (c) => {
      const tags = removeTagAnyCase(c.tags, tag);
      return tags.length === c.tags.length ? null : { tags };
    },
    now,
  );
}

export function setStageMany(db: VinculoDb, ids: readonly string[], stage: Stage, now = Date.now()): Promise<number> {
  return updateMany(db, ids, (c) => (c.stage === stage ? null : { stage }), now);
}

/** The review queue's "done": this contact was looked at (seed 004's one-by-one review). */
export function markReviewed(db: VinculoDb, id: string, now = Date.now()): Promise<number> {
  return updateMany(db, [id], () => ({ reviewedAt: now }), now);
}
