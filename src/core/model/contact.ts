import { z } from 'zod';
import { MemberId, ProfileFields, Slug } from './profile';
import { Day } from './interaction';
import { Stage, STAGES } from './stage';
import { addTag, Tag } from './tag';

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
  /** The last view of the profile that changed what we stored (a view that shows the same is not written). */
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
  /** Set by "Snooze" (the day it was snoozed): getting in touch from then on settles the snoozed follow-up. */
  remindSince: Day.optional(),
  /** When the user last went through this contact in the review queue (seed 004's one-by-one review). */
  reviewedAt: z.number().optional(),
  /**
   * When the user last changed what they keep here (stage, tags, cadence, reminders, review). `updatedAt` moves
   * with every profile visit that changes the profile too: merging two copies of a contact (a backup) keeps the
   * user's newer choices by this.
   */
  editedAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Contact = z.infer<typeof Contact>;

/** Display name: what the profile said, or the slug when the page could not be read. */
export function displayName(contact: Pick<Contact, 'id' | 'profile'>): string {
  return contact.profile.name ?? contact.id;
}

const earliest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

/**
 * Two records of one person made one: `kept` (known by their public slug) absorbs `other` (the same person known
 * so far only by member id, from messaging or an import). Nothing the user gave either is lost: tags are joined,
 * the stage is the further along, the connection date the earlier, and what `kept` lacks comes from `other`.
 */
export function mergeContacts(kept: Contact, other: Contact, now: number): Contact {
  const stage = STAGES.indexOf(other.stage) > STAGES.indexOf(kept.stage) ? other.stage : kept.stage;
  return {
    ...other,
    ...kept,
    profile: { ...other.profile, ...kept.profile },
    memberId: kept.memberId ?? other.memberId,
    stage,
    tags: other.tags.reduce<string[]>((tags, tag) => addTag(tags, tag), [...kept.tags]),
    connectedAt: earliest(kept.connectedAt, other.connectedAt),
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: now,
  };
}

/** What the user decides about a contact (as opposed to what LinkedIn shows about them). */
const USER_FIELDS = ['stage', 'tags', 'cadenceDays', 'remindOn', 'remindSince', 'reviewedAt', 'remindWhenAccepted', 'editedAt'] as const;

/**
 * Two copies of one contact (this browser's and a backup's) made one, field by field: the user's choices from the
 * copy they edited last, the profile from the copy that saw it last (gaps filled from the other), the earlier
 * connection date. Whole-record "newest wins" would let a mere profile visit undo a stage set elsewhere.
 */
export function mergeContactCopies(stored: Contact, incoming: Contact): Contact {
  const user = (incoming.editedAt ?? 0) > (stored.editedAt ?? 0) ? incoming : stored;
  const seen = (incoming.profileSeenAt ?? 0) > (stored.profileSeenAt ?? 0) ? incoming : stored;
  const other = seen === stored ? incoming : stored;
  const merged: Contact = {
    ...stored,
    profile: { ...other.profile, ...seen.profile },
    memberId: stored.memberId ?? incoming.memberId,
    connectedAt: earliest(stored.connectedAt, incoming.connectedAt),
    createdAt: Math.min(stored.createdAt, incoming.createdAt),
    updatedAt: Math.max(stored.updatedAt, incoming.updatedAt),
  };
  if (seen.profileSeenAt !== undefined) merged.profileSeenAt = seen.profileSeenAt;
  for (const field of USER_FIELDS) {
    if (user[field] === undefined) delete merged[field];
    else (merged as Record<string, unknown>)[field] = user[field];
  }
  if (merged.memberId === undefined) delete merged.memberId;
  if (merged.connectedAt === undefined) delete merged.connectedAt;
  return merged;
}
