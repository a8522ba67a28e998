import { personKey, Sighting, sightingId, ThreadRecord } from '../core/model/sighting';
import { byRecurrence, isRecurring } from '../core/relationship/recurring';
import type { SeenThread } from '../core/model/thread';
import type { VinculoDb } from './db';

/** Someone as a page names them: by slug and/or member id. */
export interface PersonIds {
  slug?: string;
  memberId?: string;
}

/** Every id a page gave for someone (slug, member id). */
export const idsOf = (person: PersonIds): string[] => [person.slug, person.memberId].filter((k): k is string => Boolean(k));

/**
 * Records a thread the user viewed and who took part: one sighting per person per thread. Coming back to the
 * thread (or a later message with more of its comments) updates the same records: counts never double.
 */
export async function recordThreadSeen(db: VinculoDb, seen: SeenThread, url: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.threads, db.sightings, async () => {
    const ids = seen.participants.map((p) => sightingId(seen.id, personKey(p)!));
    const existing = await db.sightings.bulkGet(ids);
    const rows = seen.participants.map((p, i) => {
      const before = existing[i];
      return Sighting.parse({
        id: ids[i],
        threadId: seen.id,
        keys: [...new Set([...idsOf(p), ...(before?.keys ?? [])])].slice(0, 2),
        name: p.name,
        slug: p.slug ?? before?.slug,
        memberId: p.memberId ?? before?.memberId,
        author: p.author || (before?.author ?? false),
        comments: Math.max(p.comments, before?.comments ?? 0),
        excerpt: before?.excerpt ?? p.excerpt,
        firstSeenAt: before?.firstSeenAt ?? now,
        lastSeenAt: now,
      });
    });
    await db.sightings.bulkPut(rows);
    const thread = await db.threads.get(seen.id);
    const participants = await db.sightings.where('threadId').equals(seen.id).count();
    await db.threads.put(
      ThreadRecord.parse({
        id: seen.id,
        // The first link given: a group post's own URL keeps the group.
        url: thread?.url ?? url,
        title: seen.title ?? thread?.title,
        authorName: seen.authorName ?? thread?.authorName,
        groupId: seen.groupId ?? thread?.groupId,
        participants,
        firstSeenAt: thread?.firstSeenAt ?? now,
        lastSeenAt: now,
      }),
    );
  });
}

/**
 * Every sighting of these people, by any of their ids, and by the ids other sightings linked to those: a
 * thread that named someone by slug only and another by member id only are both theirs once a third named both.
 */
async function sightingsOf(db: VinculoDb, people: readonly PersonIds[]): Promise<Sighting[]> {
  const asked = new Set(people.flatMap(idsOf));
  if (!asked.size) return [];
  const found = await byKeys(db, [...asked]);
  const linked = [...new Set(found.flatMap((s) => s.keys))].filter((k) => !asked.has(k));
  if (!linked.length) return found;
  const more = await byKeys(db, linked);
  const ids = new Set(found.map((s) => s.id));
  return [...found, ...more.filter((s) => !ids.has(s.id))];
}

/**
 * Sightings under any of `keys`, one equals() per key all in flight at once: Dexie's anyOf() walks a cursor,
 * one round trip to the browser process after the other (test/bench/chromium-bench.ts measured the difference).
 * A sighting under two of the keys comes back once.
 */
async function byKeys(db: VinculoDb, keys: readonly string[]): Promise<Sighting[]> {
  const lists = await Promise.all([...keys].sort().map((k) => db.sightings.where('keys').equals(k).toArray()));
  const seen = new Set<string>();
  return lists.flat().filter((s) => !seen.has(s.id) && Boolean(seen.add(s.id)));
}

/** In how many distinct threads each person was seen, keyed by each of their ids. */
export async function threadCounts(db: VinculoDb, people: readonly PersonIds[]): Promise<Map<string, number>> {
  return countThreadsIn(await sightingsOf(db, people), people);
}

/** threadCounts over sightings already read (the workspace reads them all once rather than per person). */
export function countThreadsIn(sightings: readonly Sighting[], people: readonly PersonIds[]): Map<string, number> {
  // Ids that name the same person (a sighting with both a slug and a member id links them).
  const groups = new Map<string, Set<string>>();
  const groupOf = (key: string) => groups.get(key) ?? new Set([key]);
  for (const s of sightings) {
    const merged = new Set(s.keys.flatMap((k) => [...groupOf(k)]));
    for (const key of merged) groups.set(key, merged);
  }
  const threadsByKey = new Map<string, Set<string>>();
  for (const s of sightings) {
    for (const key of s.keys) threadsByKey.set(key, (threadsByKey.get(key) ?? new Set()).add(s.threadId));
  }
  const counts = new Map<string, number>();
  for (const person of people) {
    const keys = new Set(idsOf(person).flatMap((k) => [...groupOf(k)]));
    const threads = new Set([...keys].flatMap((k) => [...(threadsByKey.get(k) ?? [])]));
    for (const key of idsOf(person)) counts.set(key, threads.size);
  }
  return counts;
}

/** The threads someone was seen in, most recently viewed first, with what they wrote there. */
export async function threadsOfPerson(db: VinculoDb, person: PersonIds): Promise<{ thread: ThreadRecord; sighting: Sighting }[]> {
  const sightings = await sightingsOf(db, [person]);
  const bySighting = new Map<string, Sighting>();
  for (const s of sightings) if (!bySighting.has(s.threadId)) bySighting.set(s.threadId, s);
  const threads = await db.threads.bulkGet([...bySighting.keys()]);
  return threads
    .filter((t): t is ThreadRecord => Boolean(t))
    .map((thread) => ({ thread, sighting: bySighting.get(thread.id)! }))
    .sort((a, b) => b.thread.lastSeenAt - a.thread.lastSeenAt);
}

/**
 * Who took part in these threads, each person once: their sightings merged, also when one thread named them by
 * slug and another only by member id.
 */
export async function participantsOfThreads(db: VinculoDb, threadIds: readonly string[]): Promise<Sighting[]> {
  if (!threadIds.length) return [];
  const rows = await db.sightings.where('threadId').anyOf([...threadIds]).toArray();
  const byKey = new Map<string, Sighting>();
  const people = new Set<Sighting>();
  for (const row of rows) {
    // Everyone this row names (a row with both ids can join two entries made from one id each).
    const known = [...new Set(row.keys.map((k) => byKey.get(k)).filter((p): p is Sighting => Boolean(p)))];
    const merged = known.reduce<Sighting>(
      (into, other) => {
        people.delete(other);
        return { ...into, author: into.author || other.author, comments: into.comments + other.comments, keys: [...new Set([...into.keys, ...other.keys])] };
      },
      { ...row },
    );
    people.add(merged);
    for (const key of merged.keys) byKey.set(key, merged);
  }
  return [...people];
}

/** A participant of the threads on a page, with how often the user met them in threads. */
export interface ThreadParticipant {
  person: Sighting;
  /** In how many threads the user read they took part (these included). */
  threads: number;
  recurring: boolean;
}

/** F2 in the side panel: who took part in these threads, in core/relationship's order (recurring first). */
export async function threadParticipants(db: VinculoDb, threadIds: readonly string[], minThreads: number): Promise<ThreadParticipant[]> {
  const people = await participantsOfThreads(db, threadIds);
  const counts = await threadCounts(db, people.map((p) => ({ slug: p.slug, memberId: p.memberId })));
  return people
    .map((person) => {
      const threads = Math.max(...person.keys.map((k) => counts.get(k) ?? 0));
      return { person, threads, recurring: isRecurring(threads, minThreads) };
    })
    .sort((a, b) => byRecurrence({ ...a, comments: a.person.comments, name: a.person.name }, { ...b, comments: b.person.comments, name: b.person.name }));
}
