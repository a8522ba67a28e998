import { Contact, mergeContacts } from '../core/model/contact';
import { nameOnlyId } from '../core/model/name-only';
import type { Day } from '../core/model/interaction';
import type { ProfileSnapshot } from '../core/model/profile';
import { DEFAULT_STAGE, type Stage } from '../core/model/stage';
import { addTag, removeTag } from '../core/model/tag';
import { rebuildActivity } from './activity';
import type { VinculoDb } from './db';

/** A contact by slug, or by member id (messaging links carry `ACoAA…`, not the slug). */
export async function findContact(db: VinculoDb, idOrMemberId: string): Promise<Contact | undefined> {
  return (await db.contacts.get(idOrMemberId)) ?? (await db.contacts.where('memberId').equals(idOrMemberId).first());
}

/** A contact with nothing known yet but its id. */
export function newContact(id: string, now: number): Contact {
  return { id, profile: {}, stage: DEFAULT_STAGE, tags: [], createdAt: now, updatedAt: now };
}

/** Who a message or invitation goes to, as far as the page tells: slug, member id and/or name. */
export interface Recipient {
  slug?: string;
  memberId?: string;
  name?: string;
}

/** The contact a recipient is, by slug first, then by member id. */
export async function findRecipient(db: VinculoDb, recipient: Recipient): Promise<Contact | undefined> {
  return (recipient.slug ? await findContact(db, recipient.slug) : undefined) ?? (recipient.memberId ? await findContact(db, recipient.memberId) : undefined);
}

/**
 * The contact for a recipient, created if new. Without a slug (the messaging overlay links only to the member
 * id) the member id is the contact's id until their profile is seen (recordProfileSeen then adopts it).
 */
export async function ensureRecipient(db: VinculoDb, recipient: Recipient, now = Date.now()): Promise<Contact | undefined> {
  // One transaction: two quick sends to someone new must not both try to create them.
  return db.transaction('rw', db.contacts, async () => {
    const existing = await findRecipient(db, recipient);
    if (existing) return existing;
    const id = recipient.slug ?? recipient.memberId;
    if (!id) return undefined;
    const contact = Contact.parse({
      ...newContact(id, now),
      memberId: recipient.memberId,
      profile: recipient.name ? { name: recipient.name } : {},
    });
    await db.contacts.add(contact);
    return contact;
  });
}

/**
 * Records what a profile page showed. Fields the reader could not find this time keep their previous value:
 * a LinkedIn markup change must not erase what we knew. The user's own data (stage, tags) is never touched.
 * A contact known so far only by member id (from a message) becomes this slug's, with its notes and timeline.
 * A profile that shows what is stored already is not written again (see `unchanged` below).
 */
export async function recordProfileSeen(db: VinculoDb, snapshot: ProfileSnapshot, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', db.contacts, db.notes, db.interactions, db.activity, async () => {
    const { slug, memberId, ...seen } = snapshot;
    const stored = await db.contacts.get(slug);
    let existing = stored;
    // The same person kept so far under their member id (a message, an import), or by name only (an old
    // Connections.csv, and only when the page says they are a connection): their notes and timeline move to the
    // slug, and the records become one, whether or not the slug had a record of its own yet.
    const provisional = memberId && memberId !== slug ? await db.contacts.get(memberId) : undefined;
    if (provisional) existing = await absorbContact(db, provisional, slug, existing, now);
    const named = seen.name && seen.degree === '1st' ? nameOnlyId(seen.name) : undefined;
    const nameOnly = named ? await db.contacts.get(named) : undefined;
    if (nameOnly) existing = await absorbContact(db, nameOnly, slug, existing, now);
    existing ??= newContact(slug, now);
    // The degree turning to 1st under our eyes is when they accepted: the connection's age from now on.
    const accepted = seen.degree === '1st' && existing.profile.degree !== undefined && existing.profile.degree !== '1st';
    const contact = Contact.parse({
      ...existing,
      memberId: memberId ?? existing.memberId,
      profile: { ...existing.profile, ...seen },
      profileSeenAt: now,
      connectedAt: accepted ? now : existing.connectedAt,
      updatedAt: now,
    });
    // Viewing a profile again that shows what we stored would change only the times: no write then. Every write to
    // contacts tells each open LinkedIn tab to ask again about everyone on its page (storage/changes.ts), and a
    // view is not a change of anyone's history. So profileSeenAt and updatedAt date the last view that changed it.
    if (stored && existing === stored && unchanged(stored, contact)) return stored;
    await db.contacts.put(contact);
    return contact;
  });
}

/** Whether two versions of a contact differ only in when they were written (keys in any order, as JSON keeps them). */
function unchanged(before: Contact, after: Contact): boolean {
  const content = ({ profileSeenAt: _seen, updatedAt: _updated, ...rest }: Contact) =>
    JSON.stringify(rest, (_, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
    );
  return content(before) === content(after);
}

/**
 * `other`, a record of the person kept under another id (member id, name only), folded into the contact `id`:
 * notes and timeline move, `other` is deleted, the merged contact is returned for the caller to save. Needs a
 * transaction over contacts, notes, interactions and activity.
 */
export async function absorbContact(db: VinculoDb, other: Contact, id: string, kept: Contact | undefined, now: number): Promise<Contact> {
  await db.notes.where('contactId').equals(other.id).modify({ contactId: id });
  await db.interactions.where('contactId').equals(other.id).modify({ contactId: id });
  await db.contacts.delete(other.id);
  await rebuildActivity(db, [other.id, id]);
  return kept ? mergeContacts(kept, other, now) : { ...other, id };
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
    const contact = Contact.parse({ ...existing, ...change(existing), updatedAt: now, editedAt: now });
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

/** Remembers to suggest a personal message once this person accepts; cleared with `clearReminder`. */
export function remindWhenAccepted(db: VinculoDb, id: string, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ remindWhenAccepted: now }), now);
}

export function clearReminder(db: VinculoDb, id: string, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ remindWhenAccepted: undefined }), now);
}

/** F9: keep in touch every `days` days (undefined: back to the tags' or stage's cadence). */
export function setCadence(db: VinculoDb, id: string, days: number | undefined, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ cadenceDays: days }), now);
}

/** F9: "remind me on" this day (undefined: no reminder). */
export function setRemindOn(db: VinculoDb, id: string, day: Day | undefined, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ remindOn: day, remindSince: undefined }), now);
}

/** "Snooze": reminded on `day`, unless the user gets in touch from `since` on (cadence.ts pendingRemindOn). */
export function snoozeUntil(db: VinculoDb, id: string, day: Day, since: Day, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ remindOn: day, remindSince: since }), now);
}

/** Puts a reminder back as it was (undo). */
export function restoreReminder(db: VinculoDb, id: string, reminder: Pick<Contact, 'remindOn' | 'remindSince'>, now = Date.now()): Promise<Contact> {
  return update(db, id, () => ({ remindOn: reminder.remindOn, remindSince: reminder.remindSince }), now);
}
