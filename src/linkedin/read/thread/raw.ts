import type { Participant } from '../../../core/model/thread';
import { checkedParticipant } from '../../../core/model/thread-checks';
import { memberIdFromProfileUrl, profileSlugFromUrl } from '../../routes';
import { MEMBER_ID_IN_HREF } from '../../selectors';

/**
 * What the two sources of the thread reader (embedded JSON, rendered DOM) hand to the merge in read/thread.ts,
 * and the small helpers both use. Nothing here is validated as a Thread yet: the merge does that once.
 */

/** Why something on the page was left out of a reading. */
export const SKIP_REASONS = [
  'company-author',
  'deleted-author',
  'no-identity',
  'malformed-json',
  'no-post-id',
  'no-comment-id',
  'too-many-comments',
  'invalid',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A person as a source read them, or why they cannot be one. */
export interface RawAuthor {
  author?: Participant;
  skip?: SkipReason;
}

export interface RawComment extends RawAuthor {
  id: string;
  text?: string;
  replyTo?: string;
  at?: number;
}

export interface RawThread {
  /** `urn:li:activity:N` when the source knows it (a post the source cannot name is not a thread). */
  id: string;
  /** Other URNs of the same post (`urn:li:ugcPost:…`, `urn:li:share:…`), which URLs may use instead. */
  aliases?: string[];
  author?: RawAuthor;
  title?: string;
  comments: RawComment[];
}

/** `urn:li:activity:N`, `urn:li:ugcPost:N`, `urn:li:share:N`, also percent-encoded (`urn%3Ali%3Aactivity%3AN`). */
export const POST_URN = /urn(?::|%3A)li(?::|%3A)(activity|ugcPost|share)(?::|%3A)(\d{6,25})/giu;

export const activityUrn = (digits: string): string => `urn:li:activity:${digits}`;

/** Every post URN a string names, normalised to `urn:li:<type>:<digits>`. */
export function postUrnsIn(value: string): string[] {
  return [...value.matchAll(POST_URN)].map(([, type, digits]) => `urn:li:${type}:${digits}`);
}

/**
 * A comment URN in any of its spellings: `urn:li:comment:(activity:N,M)` (Ember `data-id`, JSON `urn`),
 * `urn:li:comment:(urn:li:activity:N,M)` (2026 componentkey), `urn:li:fsd_comment:(M,urn:li:activity:N)` (JSON).
 */
export function commentUrn(value: string | null | undefined): { post: string; id: string } | null {
  if (!value) return null;
  const plain = /urn:li:comment:\((?:urn:li:)?(activity|ugcPost|share):(\d{6,25}),(\d{6,25})\)/u.exec(value);
  if (plain) return { post: `urn:li:${plain[1]}:${plain[2]}`, id: plain[3]! };
  const dash = /urn:li:fsd_comment:\((\d{6,25}),urn:li:(activity|ugcPost|share):(\d{6,25})\)/u.exec(value);
  return dash ? { post: `urn:li:${dash[2]}:${dash[3]}`, id: dash[1]! } : null;
}

/**
 * When a post or comment was created, from its id: LinkedIn's ids keep the creation time in milliseconds in their
 * bits above the 22nd (the embedded JSON's `createdAt` is that value or 1 ms later). Undefined for ids that do not
 * decode to a date between 2010 and 2100 (test ids, other schemes).
 */
export function timeOfId(id: string): number | undefined {
  if (!/^\d{6,25}$/u.test(id)) return undefined;
  const ms = Number(BigInt(id) >> BigInt(22));
  return ms > Date.UTC(2010, 0) && ms < Date.UTC(2100, 0) ? ms : undefined;
}

/** Numeric order of two digit strings (comment ids are time-ordered, so this is creation order). */
export function byNumericId(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** At most `max` UTF-16 units, never ending in half a surrogate pair (an emoji cut in two). */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  return /[\uD800-\uDBFF]$/u.test(cut) ? cut.slice(0, -1) : cut;
}

/** Company pages, schools and showcase pages post and comment too: they are not people. */
const ORGANISATION_PATH = /^\/(?:company|school|showcase)\//u;

/**
 * Who a profile link and a name stand for. A company link is not a person ('company-author'); no link and no member
 * id means the account is gone ('deleted-author': LinkedIn shows "LinkedIn Member" without a link); a link that
 * gives neither a slug nor a member id, or no name, cannot be recorded ('no-identity').
 */
export function personOf(name: string | undefined, href: string | null | undefined, memberId?: string | null): RawAuthor {
  let url: URL | null = null;
  try {
    url = href ? new URL(href, 'https://www.linkedin.com/') : null;
  } catch {
    url = null;
  }
  if (url && ORGANISATION_PATH.test(url.pathname)) return { skip: 'company-author' };
  if (!url && !memberId) return { skip: 'deleted-author' };
  const slug = url ? profileSlugFromUrl(url) : null;
  const id = memberId || (url && (memberIdFromProfileUrl(url) ?? memberIdInQuery(url))) || null;
  const candidate: Record<string, string> = { name: name ?? '' };
  if (slug) candidate.slug = slug;
  if (id) candidate.memberId = id;
  const parsed = checkedParticipant(candidate);
  return parsed && (parsed.slug || parsed.memberId) ? { author: parsed } : { skip: 'no-identity' };
}

/** `?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA…` on actor links (2026 capture). */
function memberIdInQuery(url: URL): string | null {
  const mini = url.searchParams.get('miniProfileUrn') ?? '';
  return MEMBER_ID_IN_HREF.exec(mini)?.[1] ?? null;
}

/** Two readings of one person: the first wins, the second fills what it lacks. */
export function mergeAuthors(first: RawAuthor | undefined, second: RawAuthor | undefined): RawAuthor | undefined {
  if (first?.author && second?.author) return { author: { ...second.author, ...first.author } };
  if (first?.author || second?.author) return { author: (first?.author ?? second?.author)! };
  return first ?? second;
}
