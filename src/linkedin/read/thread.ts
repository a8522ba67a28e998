import type { Thread, ThreadComment } from '../../core/model/thread';
import { checkedComment, checkedParticipant, checkedThread } from '../../core/model/thread-checks';
import { isFeedPost, isGroupThread } from '../routes';
import { readDom, type DomPageKind } from './thread/dom';
import { readEmbeddedJson } from './thread/json';
import { byNumericId, mergeAuthors, postUrnsIn, SKIP_REASONS, type RawComment, type RawThread, type SkipReason } from './thread/raw';

export { SKIP_REASONS, type SkipReason };

/**
 * Reads the posts a page shows with their comments: a `/feed/update/…` post, a group discussion, a profile's
 * activity list, the feed. Two sources (selectors.ts, `thread`): the JSON LinkedIn embeds in its server HTML,
 * preferred where it is about a post in the URL or on screen, and the rendered DOM, which also holds what loaded
 * later ("Load more comments"). Both are merged by post and comment id.
 */

/** The DOM generation the page was read with; `thread-json` when only the embedded JSON gave threads. */
export type ThreadPageKind = DomPageKind | 'thread-json' | 'unrecognised';

/** What the reader looks for on a page, for its health record. */
export const THREAD_FIELDS = ['post', 'author', 'title', 'comments', 'commentText', 'replies', 'json'] as const;
export type ThreadField = (typeof THREAD_FIELDS)[number];

export interface ThreadReading {
  /** Every post on the page with what could be read of it, in page order; each valid as a Thread. */
  threads: Thread[];
  pageKind: ThreadPageKind;
  /** Fields read on at least one post (or, for `json`, a post read from the embedded JSON). */
  found: ThreadField[];
  missing: ThreadField[];
  /** What was left out, and why (only reasons that occurred). */
  skipped: { reason: SkipReason; count: number }[];
}

/** The most comments a Thread holds (its schema's limit); the rest are counted as skipped. */
export const MAX_COMMENTS = 5000;

/**
 * Never throws: LinkedIn's markup is not ours, and a reader that breaks must not break the page. `url` is the page's
 * URL ("" when unknown): it names the post of a `/feed/update/` page and the group of a `/groups/` page.
 */
export function readThreads(doc: Document, url: string): ThreadReading {
  try {
    return read(doc, url);
  } catch {
    return { threads: [], pageKind: 'unrecognised', found: [], missing: [...THREAD_FIELDS], skipped: [] };
  }
}

/** The activity URN a `/feed/update/urn:li:activity:N/` URL names (null for ugcPost/share URLs and other pages). */
export function postOfUrl(url: string): string | null {
  if (!isFeedPost(url)) return null;
  return postUrnsIn(safeDecode(url)).find((urn) => urn.startsWith('urn:li:activity:')) ?? null;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function read(doc: Document, url: string): ThreadReading {
  const skipped = new Map<SkipReason, number>();
  const skip = (reason: SkipReason, count = 1) => skipped.set(reason, (skipped.get(reason) ?? 0) + count);

  const post = postOfUrl(url);
  const dom = readDom(doc, post);
  skip('no-post-id', dom.unidentified);
  skip('no-comment-id', dom.unidentifiedComments);
  // The URN in the URL in every spelling (ugcPost and share URLs name the same post), and the posts on screen.
  const wanted = new Set([...(isFeedPost(url) ? postUrnsIn(safeDecode(url)) : []), ...dom.threads.map((t) => t.id)]);
  const json = readEmbeddedJson(doc, wanted);
  skip('malformed-json', json.malformed);

  const merged = new Map<string, { json?: RawThread; dom?: RawThread }>();
  for (const t of dom.threads) merged.set(t.id, { dom: t });
  for (const t of json.threads) {
    const entry = merged.get(t.id) ?? {};
    entry.json = entry.json ? { ...entry.json, ...t, comments: [...entry.json.comments, ...t.comments] } : t;
    merged.set(t.id, entry);
  }

  const groupId = isGroupThread(url) ? /^\/groups\/(\d{1,20})(?:\/|$)/u.exec(safeDecode(new URL(url).pathname))?.[1] : undefined;
  const threads: Thread[] = [];
  let fromJson = false;
  for (const [id, sources] of merged) {
    const result = finish(id, sources, groupId, skip);
    if (!result) continue;
    threads.push(result);
    fromJson ||= sources.json !== undefined;
  }

  const has: Record<ThreadField, boolean> = {
    post: threads.length > 0,
    author: threads.some((t) => t.author),
    title: threads.some((t) => t.title),
    comments: threads.some((t) => t.comments.length > 0),
    commentText: threads.some((t) => t.comments.some((c) => c.text)),
    replies: threads.some((t) => t.comments.some((c) => c.replyTo)),
    json: fromJson,
  };
  return {
    threads,
    pageKind: dom.pageKind ?? (fromJson ? 'thread-json' : 'unrecognised'),
    found: THREAD_FIELDS.filter((f) => has[f]),
    missing: THREAD_FIELDS.filter((f) => !has[f]),
    skipped: SKIP_REASONS.filter((r) => skipped.has(r) && skipped.get(r)! > 0).map((reason) => ({ reason, count: skipped.get(reason)! })),
  };
}

/** One post from both sources, the JSON's values first; what does not validate is dropped and counted. */
function finish(
  id: string,
  { json, dom }: { json?: RawThread; dom?: RawThread },
  groupId: string | undefined,
  skip: (reason: SkipReason, count?: number) => void,
): Thread | null {
  const author = mergeAuthors(json?.author, dom?.author);
  const comments = mergeComments(json?.comments ?? [], dom?.comments ?? []);
  const candidate: Record<string, unknown> = { id, comments: [] };
  if (author?.author && checkedParticipant(author.author)) candidate.author = author.author;
  else if (author?.skip) skip(author.skip);
  const title = json?.title ?? dom?.title;
  if (title) candidate.title = title;
  if (groupId) candidate.groupId = groupId;
  const parsed = checkedThread(candidate);
  if (!parsed) {
    skip('invalid');
    return null;
  }

  const kept: ThreadComment[] = [];
  for (const raw of comments) {
    if (!raw.author) {
      skip(raw.skip ?? 'invalid');
      continue;
    }
    const comment: Record<string, unknown> = { id: raw.id, author: raw.author, text: raw.text ?? '' };
    if (raw.replyTo) comment.replyTo = raw.replyTo;
    if (raw.at !== undefined) comment.at = raw.at;
    const valid = checkedComment(comment);
    if (valid) kept.push(valid);
    else skip('invalid');
  }
  if (kept.length > MAX_COMMENTS) skip('too-many-comments', kept.length - MAX_COMMENTS);
  return { ...parsed, comments: kept.slice(0, MAX_COMMENTS) };
}

/** Comments of both sources by id, in creation (id) order; the JSON's reading of a comment first, the DOM's filling in. */
function mergeComments(json: RawComment[], dom: RawComment[]): RawComment[] {
  const byId = new Map<string, RawComment>();
  for (const c of json) byId.set(c.id, byId.has(c.id) ? { ...byId.get(c.id)!, ...c } : c);
  for (const c of dom) {
    const known = byId.get(c.id);
    if (!known) {
      byId.set(c.id, c);
      continue;
    }
    const who = mergeAuthors(known, c);
    byId.set(c.id, {
      id: c.id,
      ...(who?.author ? { author: who.author } : { skip: who?.skip }),
      text: known.text || c.text,
      replyTo: known.replyTo ?? c.replyTo,
      at: known.at ?? c.at,
    });
  }
  return [...byId.values()].sort((a, b) => byNumericId(a.id, b.id));
}
