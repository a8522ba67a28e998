// zod/mini: the thread reader's output ships in the content script (see profile.ts).
import * as z from 'zod/mini';
import { MemberId, Slug } from './profile';

/** A post's id as LinkedIn's URLs and embedded JSON carry it: `urn:li:activity:<digits>`. */
export const ActivityUrn = z.string().check(z.regex(/^urn:li:activity:\d{6,25}$/u, 'an activity URN looks like urn:li:activity:123…'));
export type ActivityUrn = z.infer<typeof ActivityUrn>;

/** A comment's own id: the digits LinkedIn puts after the activity in `urn:li:comment:(activity:N,<id>)`. */
export const CommentId = z.string().check(z.regex(/^\d{6,25}$/u, 'a comment id is digits'));
export type CommentId = z.infer<typeof CommentId>;

/** Longest comment text kept from a reading: enough to recall what was said, bounded for the message size. */
export const COMMENT_TEXT_MAX = 1000;

/**
 * Someone who took part in a thread. A person has a slug or a member id (or both); a company page posting or
 * commenting is not a person and is never a participant (readers drop it and count it as skipped).
 */
export const Participant = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  slug: z.optional(Slug),
  memberId: z.optional(MemberId),
});
export type Participant = z.infer<typeof Participant>;

export const ThreadComment = z.object({
  id: CommentId,
  author: Participant,
  text: z.string().check(z.maxLength(COMMENT_TEXT_MAX)),
  /** The comment this one replies to (LinkedIn nests one level). */
  replyTo: z.optional(CommentId),
  /** Epoch milliseconds, where the source says. */
  at: z.optional(z.number()),
});
export type ThreadComment = z.infer<typeof ThreadComment>;

/** One post with its comments, as read from the page the user is viewing. */
export const Thread = z.object({
  id: ActivityUrn,
  /** The post's author when it is a person (absent for a company page or a deleted account). */
  author: z.optional(Participant),
  /** The group the discussion belongs to, on `/groups/<id>/…` pages. */
  groupId: z.optional(z.string().check(z.regex(/^\d{1,20}$/u))),
  /** The beginning of the post, to recognise it in a list ("seen in: …"). */
  title: z.optional(z.string().check(z.maxLength(200))),
  comments: z.array(ThreadComment).check(z.maxLength(5000)),
});
export type Thread = z.infer<typeof Thread>;

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

/** How much of what someone wrote in a thread is kept with their sighting: enough to recall the debate. */
export const EXCERPT_LENGTH = 120;

/**
 * Participants per `thread.seen` message: with names, ids and excerpts at their longest this stays under the
 * protocol's message size; a bigger thread is sent in several messages, which the worker merges.
 */
export const MAX_SEEN_PARTICIPANTS = 60;

/** What the worker keeps of a thread: who took part, how, and a line of what they said (no full comments). */
export const SeenParticipant = z.extend(Participant, {
  author: z.boolean(),
  comments: z.number().check(z.int(), z.nonnegative()),
  excerpt: z.optional(z.string().check(z.maxLength(EXCERPT_LENGTH + 1))),
});
export type SeenParticipant = z.infer<typeof SeenParticipant>;

export const SeenThread = z.object({
  id: ActivityUrn,
  title: z.optional(z.string().check(z.maxLength(200))),
  authorName: z.optional(z.string().check(z.maxLength(200))),
  groupId: z.optional(z.string().check(z.regex(/^\d{1,20}$/u))),
  participants: z.array(SeenParticipant).check(z.maxLength(MAX_SEEN_PARTICIPANTS)),
});
export type SeenThread = z.infer<typeof SeenThread>;

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
