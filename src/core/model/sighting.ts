import { z } from 'zod';
import { MemberId, Slug } from './profile';
import { ActivityUrn, EXCERPT_LENGTH } from './thread';

/**
 * A thread (a post with its comments) the user viewed: where "seen in 5 threads you read" links to.
 * The id is the post's activity URN, so revisits and exports from two browsers meet on the same record.
 */
export const ThreadRecord = z.object({
  id: ActivityUrn,
  url: z.string().max(2000),
  title: z.string().max(200).optional(),
  authorName: z.string().max(200).optional(),
  groupId: z.string().max(20).optional(),
  participants: z.number().int().nonnegative(),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type ThreadRecord = z.infer<typeof ThreadRecord>;

/**
 * One person seen taking part in one thread: one record per person per thread, however often the user comes
 * back (the id is thread + person). `keys` holds every id the page gave for them (slug, member id), indexed,
 * so a person read by slug in one thread and by member id in another is still counted as one.
 */
export const Sighting = z.object({
  id: z.string().max(300),
  threadId: ActivityUrn,
  keys: z.array(z.string().max(100)).min(1).max(2),
  name: z.string().max(200),
  slug: z.optional(Slug),
  memberId: z.optional(MemberId),
  /** They wrote the post (rather than, or as well as, commenting). */
  author: z.boolean(),
  comments: z.number().int().nonnegative(),
  excerpt: z.string().max(EXCERPT_LENGTH + 1).optional(),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
});
export type Sighting = z.infer<typeof Sighting>;

/** The id of a person across sightings and lookups: the slug when the page gave one, else the member id. */
export function personKey(person: { slug?: string; memberId?: string }): string | undefined {
  return person.slug ?? person.memberId;
}

export function sightingId(threadId: string, key: string): string {
  return `${threadId}|${key}`;
}
