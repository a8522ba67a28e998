import type { Activity } from '../core/model/activity';
import type { Contact } from '../core/model/contact';
import type { Interaction } from '../core/model/interaction';
import { hasHistory, isRecurring } from '../core/relationship/recurring';
import type { VinculoDb } from './db';
import { idsOf, threadCounts, type PersonIds } from './sightings';

/** How much of the latest note a summary carries: a reminder, not the note. */
export const SUMMARY_NOTE_LENGTH = 140;
const SUMMARY_TAGS = 8;

/** What the history badge and its popover show about one person (PRODUCT.md F7). */
export interface PersonSummary {
  contactId?: string;
  name?: string;
  stage: Contact['stage'];
  tags: string[];
  notes: number;
  latestNote?: string;
  /** The last real interaction (an invitation is not one). */
  lastInteraction?: { kind: Interaction['kind']; day: string };
  remindWhenAccepted?: number;
  threads: number;
  recurring: boolean;
}

/**
 * For each person a page lists, what the user has with them, or null when there is no history worth a badge.
 * One read-only transaction; a page can list 200 people and the database hold 30,000 contacts.
 *
 * What it costs is the number of IndexedDB requests and how many wait on one another: in Chromium each request
 * is a round trip to the browser process (about 50–70 µs of its time on a two-core machine, test/bench/chromium-bench.ts),
 * and Dexie's anyOf() walks a cursor, one round trip after the other per key asked. So: one request per key, all
 * in flight at once (equals() each, bulkGet), member ids read only for people their slug did not find, and the
 * thread counts running beside the contacts' details rather than before them. The last interaction comes from
 * the activity summaries (one bulkGet), not from a read of each timeline.
 */
export async function lookupPeople(db: VinculoDb, people: readonly PersonIds[], minThreads: number): Promise<(PersonSummary | null)[]> {
  return db.transaction('r', [db.contacts, db.notes, db.activity, db.sightings], async () => {
    const counting = threadCounts(db, people);
    const slugs = [...new Set(people.map((p) => p.slug).filter((s): s is string => Boolean(s)))];
    const bySlug = await db.contacts.bulkGet(slugs);
    // A person is their slug's contact when there is one (see `contact` below), so their member id is read only
    // when the slug found nobody, or when it is also a slug asked about (the member id map below would answer
    // for that slug too).
    const resolved = new Set(slugs.filter((_, i) => bySlug[i]));
    const asked = new Set(slugs);
    const memberIds = [
      ...new Set(people.filter((p) => p.memberId && (!p.slug || !resolved.has(p.slug) || asked.has(p.memberId))).map((p) => p.memberId!)),
    ].sort();
    const [byMemberIndex, byMemberId] = await Promise.all([
      // In member id order, as a walk of the index gives them.
      Promise.all(memberIds.map((m) => db.contacts.where('memberId').equals(m).toArray())).then((lists) => lists.flat()),
      // Someone known only from a message is kept under their member id until their profile is seen.
      db.contacts.bulkGet(memberIds),
    ]);
    const contacts = new Map<string, Contact>();
    for (const c of [...bySlug, ...byMemberId]) if (c) contacts.set(c.id, c);
    for (const c of byMemberIndex) if (c.memberId) contacts.set(c.memberId, c);
    for (const c of byMemberIndex) contacts.set(c.id, c);

    const found = [...new Set([...contacts.values()].map((c) => c.id))];
    const [notes, activity, counts] = await Promise.all([
      Promise.all(found.map((id) => db.notes.where('contactId').equals(id).toArray())).then((lists) => lists.flat()),
      // The timelines summed up (storage/activity.ts): one request for everyone, however long their timelines are.
      db.activity.bulkGet(found),
      counting,
    ]);
    const notesOf = new Map<string, { count: number; latest?: { text: string; at: number } }>();
    for (const note of notes) {
      const entry = notesOf.get(note.contactId) ?? { count: 0 };
      if (note.text.trim()) {
        entry.count += 1;
        if (!entry.latest || note.updatedAt > entry.latest.at) entry.latest = { text: note.text, at: note.updatedAt };
      }
      notesOf.set(note.contactId, entry);
    }
    const activityOf = new Map<string, Activity>();
    found.forEach((id, i) => activity[i] && activityOf.set(id, activity[i]));

    return people.map((person) => {
      const contact = idsOf(person)
        .map((k) => contacts.get(k))
        .find(Boolean);
      const threads = Math.max(0, ...idsOf(person).map((k) => counts.get(k) ?? 0));
      const recurring = isRecurring(threads, minThreads);
      const note = contact ? notesOf.get(contact.id) : undefined;
      const summary = contact ? activityOf.get(contact.id) : undefined;
      const stage = contact?.stage ?? 'contact';
      const tags = contact?.tags ?? [];
      if (!hasHistory({ stage, tags: tags.length, notes: note?.count ?? 0, interactions: summary?.count ?? 0, recurring })) return null;
      return {
        contactId: contact?.id,
        name: contact?.profile.name,
        stage,
        tags: tags.slice(0, SUMMARY_TAGS),
        notes: note?.count ?? 0,
        latestNote: note?.latest ? truncate(note.latest.text, SUMMARY_NOTE_LENGTH) : undefined,
        lastInteraction: summary?.lastDay && summary.lastKind ? { kind: summary.lastKind, day: summary.lastDay } : undefined,
        remindWhenAccepted: contact?.remindWhenAccepted,
        threads,
        recurring,
      };
    });
  });
}

function truncate(text: string, max: number): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max)}…`;
}
