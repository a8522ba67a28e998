import type { Participant, SeenParticipant, SeenThread, Thread } from './thread';

/*
 * What the worker keeps of a thread (thread.ts SeenThread), worked out by the content script where the thread is
 * read. Plain code, no zod: see thread-checks.ts.
 */

/** How much of what someone wrote in a thread is kept with their sighting: enough to recall the debate. */
export const EXCERPT_LENGTH = 120;

/**
 * Participants per `thread.seen` message: with names, ids and excerpts at their longest this stays under the
 * protocol's message size; a bigger thread is sent in several messages, which the worker merges.
 */
export const MAX_SEEN_PARTICIPANTS = 60;

/** Everyone who took part in a thread (author and commenters), each once, by slug, then member id, then name. */
export function participantsOf(thread: Pick<Thread, 'author' | 'comments'>): Participant[] {
  const byKey = new Map<string, Participant>();
  const people = [...(thread.author ? [thread.author] : []), ...thread.comments.map((c) => c.author)];
  for (const person of people) {
    const key = person.slug ?? person.memberId ?? `name:${person.name}`;
    const known = byKey.get(key);
    byKey.set(key, known ? { ...known, ...person } : person);
  }
  return [...byKey.values()];
}

function excerpt(text: string): string | undefined {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (!line) return undefined;
  return line.length <= EXCERPT_LENGTH ? line : `${line.slice(0, EXCERPT_LENGTH)}…`;
}

const keyOf = (p: Participant): string => p.slug ?? p.memberId ?? `name:${p.name}`;

/**
 * A thread as the worker records it, in messages of at most MAX_SEEN_PARTICIPANTS people: each participant
 * with an id (slug or member id; a name alone cannot be told apart from a namesake) once, with how many
 * comments they wrote and the start of their first one. Linear in the comments: a thread may have thousands.
 */
export function seenThreads(thread: Thread): SeenThread[] {
  const written = new Map<string, { comments: number; excerpt?: string }>();
  for (const comment of thread.comments) {
    const key = keyOf(comment.author);
    const so = written.get(key) ?? { comments: 0 };
    so.comments += 1;
    so.excerpt ??= excerpt(comment.text);
    written.set(key, so);
  }
  const authorKey = thread.author ? keyOf(thread.author) : undefined;
  const people = participantsOf(thread)
    .filter((p) => p.slug || p.memberId)
    .map((person): SeenParticipant => {
      const key = keyOf(person);
      const so = written.get(key);
      return { ...person, author: key === authorKey, comments: so?.comments ?? 0, excerpt: so?.excerpt };
    });
  const base = { id: thread.id, title: thread.title, authorName: thread.author?.name, groupId: thread.groupId };
  const chunks: SeenThread[] = [];
  for (let i = 0; i < people.length; i += MAX_SEEN_PARTICIPANTS) chunks.push({ ...base, participants: people.slice(i, i + MAX_SEEN_PARTICIPANTS) });
  return chunks;
}
