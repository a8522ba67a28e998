import { Contact } from '../core/model/contact';
import type { ProfileSnapshot } from '../core/model/profile';
import { DEFAULT_STAGE, type Stage } from '../core/model/stage';
import { addTag, removeTag } from '../core/model/tag';
import type { VinculoDb } from './db';

/** A contact by slug, or by member id (messaging links carry `ACoAA…`, not the slug). */
export async function findContact(db: VinculoDb, idOrMemberId: string): Promise<Contact | undefined> {
  return (await db.contacts.get(idOrMemberId)) ?? (await db.contacts.where('memberId').equals(idOrMemberId).first());
}

function newContact(id: string, now: number): Contact {
  return { id, profile: {}, stage: DEFAULT_STAGE, tags: [], createdAt: now, updatedAt: now };
}

/**
 * Records what a profile page showed. Fields the reader could not find this time keep their previous value:
 * a LinkedIn markup change must not erase what we knew. The user's own data (stage, tags) is never touched.
 */
export async function recordProfileSeen(db: VinculoDb, snapshot: ProfileSnapshot, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = (await db.contacts.get(snapshot.slug)) ?? newContact(snapshot.slug, now);
    const { slug: _slug, memberId, ...seen } = snapshot;
    const contact = Contact.parse({
      ...existing,
      memberId: memberId ?? existing.memberId,
      profile: { ...existing.profile, ...seen },
      profileSeenAt: now,
      updatedAt: now,
    });
    await db.contacts.put(contact);
    return contact;
  });
}

/** The contact for a slug, created empty if the user starts writing about someone we could not read. */
export async function ensureContact(db: VinculoDb, id: string, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (existing) return existing;
    const contact = Contact.parse(newContact(id, now));
    await db.contacts.add(contact);
    return contact;
  });
}

async function update(db: VinculoDb, id: string, change: (c: Contact) => Partial<Contact>, now: number): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = (await db.contacts.get(id)) ?? newContact(id, now);
    const contact = Contact.parse({ ...existing, ...change(existing), updatedAt: now });
    await db.contacts.put(contact);
    return contact;
  });
}

export function setStage(db: VinculoDb, id: string, stage: Stage, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ stage }), now);
}

export function tagContact(db: VinculoDb, id: string, tag: string, now = Date.now()): Promise<Contact> {
  return update(db, id, (c) => ({ tags: addTag(c.tags, tag) }), now);
}

export function untagContact(db: VinculoDb, id: string, tag: string, now = Date.now()): Promise<Contact> {
  return update(db, id, (c) => ({ tags: removeTag(c.tags, tag) }), now);
}
