// zod/mini, as profile.ts; the content script checks threads with thread-checks.ts, whose values these are built from.
import * as z from 'zod/mini';
import { MemberId, Slug } from './profile';
import { EXCERPT_LENGTH, MAX_SEEN_PARTICIPANTS } from './seen-threads';
import { ACTIVITY_URN, COMMENT_ID, COMMENT_TEXT_MAX, GROUP_ID, PARTICIPANT_NAME_MAX, THREAD_COMMENTS_MAX, THREAD_TITLE_MAX } from './thread-checks';

export { COMMENT_TEXT_MAX } from './thread-checks';
export { EXCERPT_LENGTH, MAX_SEEN_PARTICIPANTS, participantsOf, seenThreads } from './seen-threads';

/** A post's id as LinkedIn's URLs and embedded JSON carry it: `urn:li:activity:<digits>`. */
export const ActivityUrn = z.string().check(z.regex(ACTIVITY_URN, 'an activity URN looks like urn:li:activity:123…'));
export type ActivityUrn = z.infer<typeof ActivityUrn>;

/** A comment's own id: the digits LinkedIn puts after the activity in `urn:li:comment:(activity:N,<id>)`. */
export const CommentId = z.string().check(z.regex(COMMENT_ID, 'a comment id is digits'));
export type CommentId = z.infer<typeof CommentId>;

/**
 * Someone who took part in a thread. A person has a slug or a member id (or both); a company page posting or
 * commenting is not a person and is never a participant (readers drop it and count it as skipped).
 */
export const Participant = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(PARTICIPANT_NAME_MAX)),
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
  groupId: z.optional(z.string().check(z.regex(GROUP_ID))),
  /** The beginning of the post, to recognise it in a list ("seen in: …"). */
  title: z.optional(z.string().check(z.maxLength(THREAD_TITLE_MAX))),
  comments: z.array(ThreadComment).check(z.maxLength(THREAD_COMMENTS_MAX)),
});
export type Thread = z.infer<typeof Thread>;

/** What the worker keeps of a thread: who took part, how, and a line of what they said (no full comments). */
export const SeenParticipant = z.extend(Participant, {
  author: z.boolean(),
  comments: z.number().check(z.int(), z.nonnegative()),
  excerpt: z.optional(z.string().check(z.maxLength(EXCERPT_LENGTH + 1))),
});
export type SeenParticipant = z.infer<typeof SeenParticipant>;

export const SeenThread = z.object({
  id: ActivityUrn,
  title: z.optional(z.string().check(z.maxLength(THREAD_TITLE_MAX))),
  authorName: z.optional(z.string().check(z.maxLength(PARTICIPANT_NAME_MAX))),
  groupId: z.optional(z.string().check(z.regex(GROUP_ID))),
  participants: z.array(SeenParticipant).check(z.maxLength(MAX_SEEN_PARTICIPANTS)),
});
export type SeenThread = z.infer<typeof SeenThread>;
