import { z } from 'zod';
import { MemberId, ProfileFields, Slug } from './profile';
import { Day } from './interaction';
import { Stage } from './stage';
import { Tag } from './tag';

/** Longest cadence a user can set: two years. */
export const CADENCE_MAX_DAYS = 730;

/**
 * A person the user has seen or keeps track of. The id is the profile slug, so it survives export, re-import
 * and merges; `memberId` (ACoAA…) is kept too because messaging links point to it, not to the slug.
 */
export const Contact = z.object({
  id: Slug,
  memberId: z.optional(MemberId),
  /** What the profile showed the last time the user viewed it. */
  profile: ProfileFields,
  profileSeenAt: z.number().optional(),
  /** When we saw the degree turn to 1st: the connection's age for "new connection" (the data export gives it too). */
  connectedAt: z.number().optional(),
  /** Set when the user asked, at a connection request without a note, to write them once they accept. */
  remindWhenAccepted: z.number().optional(),
  stage: Stage,
  tags: z.array(Tag),
  /** Keep in touch every this many days, counted from the last real interaction (overrides the tags' cadence). */
  cadenceDays: z.number().int().min(1).max(CADENCE_MAX_DAYS).optional(),
  /** "Remind me on…": a follow-up the user set by hand, as a calendar day. */
  remindOn: Day.optional(),
  /** When the user last went through this contact in the review queue (seed 004's one-by-one review). */
  reviewedAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Contact = z.infer<typeof Contact>;

/** Display name: what the profile said, or the slug when the page could not be read. */
export function displayName(contact: Pick<Contact, 'id' | 'profile'>): string {
  return contact.profile.name ?? contact.id;
}
