import { checkedText, isMemberId, isSlug } from './profile-checks';
import type { Participant, Thread, ThreadComment } from './thread';

/*
 * What a thread read from a page may hold, as plain values and checks (no zod), for the content script's thread
 * reader: the same reasons as profile-checks.ts. thread.ts builds its zod schemas from these values, and
 * test/unit/core/model-checks.test.ts holds the checks and the schemas to the same answers.
 */

/** A post's id as LinkedIn's URLs and embedded JSON carry it: `urn:li:activity:<digits>`. */
export const ACTIVITY_URN = /^urn:li:activity:\d{6,25}$/u;
/** A comment's own id: the digits LinkedIn puts after the activity in `urn:li:comment:(activity:N,<id>)`. */
export const COMMENT_ID = /^\d{6,25}$/u;
/** A group's id in `/groups/<id>/…`. */
export const GROUP_ID = /^\d{1,20}$/u;

/** Longest comment text kept from a reading: enough to recall what was said, bounded for the message size. */
export const COMMENT_TEXT_MAX = 1000;
/** Longest name of a participant, and longest title of a post. */
export const PARTICIPANT_NAME_MAX = 200;
export const THREAD_TITLE_MAX = 200;
/** Most comments one reading of a thread holds. */
export const THREAD_COMMENTS_MAX = 5000;

/** A plain object, as zod's object schemas take (not null, not an array). */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The optional `key` of `input` into `output` when `accepts` it, as zod's optional fields do: a key given as undefined
 * stays (undefined), a missing one stays missing. False when the value is refused.
 */
function optional(input: Record<string, unknown>, key: string, accepts: (value: unknown) => boolean, output: Record<string, unknown>): boolean {
  if (!(key in input)) return true;
  const value = input[key];
  if (value !== undefined && !accepts(value)) return false;
  output[key] = value;
  return true;
}

const isString = (pattern: RegExp) => (value: unknown) => typeof value === 'string' && pattern.test(value);
const isShortString = (max: number) => (value: unknown) => typeof value === 'string' && value.length <= max;

/** A participant as the Participant schema keeps it (name trimmed, other keys dropped), or null. */
export function checkedParticipant(value: unknown): Participant | null {
  if (!isRecord(value)) return null;
  const name = checkedText(value.name, PARTICIPANT_NAME_MAX);
  if (name === undefined) return null;
  const out: Record<string, unknown> = { name };
  return optional(value, 'slug', isSlug, out) && optional(value, 'memberId', isMemberId, out) ? (out as Participant) : null;
}

/** A comment as the ThreadComment schema keeps it, or null. */
export function checkedComment(value: unknown): ThreadComment | null {
  if (!isRecord(value) || !isString(COMMENT_ID)(value.id)) return null;
  const author = checkedParticipant(value.author);
  if (!author || !isShortString(COMMENT_TEXT_MAX)(value.text)) return null;
  const out: Record<string, unknown> = { id: value.id, author, text: value.text };
  const isInstant = (at: unknown) => typeof at === 'number' && Number.isFinite(at);
  return optional(value, 'replyTo', isString(COMMENT_ID), out) && optional(value, 'at', isInstant, out) ? (out as ThreadComment) : null;
}

/** A thread as the Thread schema keeps it, or null. */
export function checkedThread(value: unknown): Thread | null {
  if (!isRecord(value) || !isString(ACTIVITY_URN)(value.id)) return null;
  const out: Record<string, unknown> = { id: value.id };
  let author: Participant | null = null;
  const isAuthor = (candidate: unknown) => (author = checkedParticipant(candidate)) !== null;
  if (!optional(value, 'author', isAuthor, out)) return null;
  if (author) out.author = author;
  if (!optional(value, 'groupId', isString(GROUP_ID), out) || !optional(value, 'title', isShortString(THREAD_TITLE_MAX), out)) return null;
  if (!Array.isArray(value.comments) || value.comments.length > THREAD_COMMENTS_MAX) return null;
  const comments = value.comments.map(checkedComment);
  if (comments.some((c) => c === null)) return null;
  out.comments = comments;
  return out as Thread;
}
