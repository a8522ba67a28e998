import { COMMENT_TEXT_MAX } from '../../../core/model/thread-checks';
import { thread as sel } from '../../selectors';
import { clip, commentUrn, personOf, postUrnsIn, type RawComment, type RawThread } from './raw';

/**
 * Threads from the Voyager JSON LinkedIn embeds in its server HTML (`code#bpr-guid-N`, described by
 * `code#datalet-bpr-guid-N`). Shape as in ../shared/fixtures/linkedin/voyager_feed_update_comments_2026.json:
 * `included[]` holds entities by `$type` and refers to others by URN under `*`-prefixed keys —
 * `…dash.feed.Update` (the post: `metadata.backendUrn`, `actor`, `commentary`), `…dash.social.Comment`
 * (`entityUrn` `urn:li:fsd_comment:(<id>,urn:li:activity:N)`, `commenter`, `commentary.text`, `createdAt`,
 * `permalink`), `…dash.social.SocialDetail` (a comment's detail lists its replies under `comments['*elements']`)
 * and `…identity.profile.Profile` (`publicIdentifier` for a member id).
 */

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const obj = (value: unknown): Obj => (isObj(value) ? value : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export interface JsonReading {
  threads: RawThread[];
  /** Blocks that named a thread type but did not parse. */
  malformed: number;
}

interface Block {
  text: string;
  /** Whether the text names a type a thread needs; nothing else is ever parsed. */
  relevant: boolean;
  /** The post URNs the block's descriptor says it was fetched for (none when it has no descriptor). */
  requested: string[];
  /** Parsed on first need. */
  threads?: RawThread[] | 'malformed';
}

/** What was learnt of each block: LinkedIn never rewrites one, and a feed's blocks would otherwise be parsed every 250 ms. */
const cache = new WeakMap<Element, Block>();

/**
 * The threads of every block about a post in `wanted` (URNs of the URL and of the posts rendered on the page).
 * Blocks are filtered before parsing: by the type names a thread needs, then by the URNs their descriptor's request
 * names (a block fetched for another post is from a page the user left); a block without a descriptor is parsed and
 * its threads filtered.
 */
export function readEmbeddedJson(doc: Document, wanted: ReadonlySet<string>): JsonReading {
  const threads: RawThread[] = [];
  let malformed = 0;
  for (const element of doc.querySelectorAll(sel.json.block)) {
    const text = element.textContent ?? '';
    let block = cache.get(element);
    if (block?.text !== text) {
      const relevant = sel.json.markers.some((marker) => text.includes(marker));
      // By id, not by a selector built from it: a quote in the id made that selector throw, and the whole reading was lost.
      const descriptor = relevant ? doc.getElementById(`${sel.json.dataletPrefix}${element.id}`) : null;
      block = { text, relevant, requested: postUrnsIn(descriptor?.textContent ?? '') };
      cache.set(element, block);
    }
    if (!block.relevant || (block.requested.length > 0 && !block.requested.some((urn) => wanted.has(urn)))) continue;
    block.threads ??= parse(text);
    if (block.threads === 'malformed') malformed += 1;
    else threads.push(...block.threads.filter((t) => wanted.has(t.id) || t.aliases?.some((urn) => wanted.has(urn))));
  }
  return { threads, malformed };
}

function parse(text: string): RawThread[] | 'malformed' {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return 'malformed';
  }
  const included = obj(payload).included;
  return Array.isArray(included) ? threadsOf(included) : 'malformed';
}

const TYPE = {
  update: 'com.linkedin.voyager.dash.feed.Update',
  comment: 'com.linkedin.voyager.dash.social.Comment',
  socialDetail: 'com.linkedin.voyager.dash.social.SocialDetail',
  profile: 'com.linkedin.voyager.dash.identity.profile.Profile',
};

/** `urn:li:fsd_socialDetail:(urn:li:comment:(activity:N,<parent>),…)`: the detail of a comment, listing its replies. */
const COMMENT_DETAIL = /^urn:li:fsd_socialDetail:\(urn:li:comment:\((?:urn:li:)?\w+:\d+,(\d+)\)/u;

function threadsOf(included: unknown[]): RawThread[] {
  const byType = new Map<string, Obj[]>();
  for (const entity of included) {
    if (!isObj(entity)) continue;
    const type = str(entity.$type);
    const list = byType.get(type);
    if (list) list.push(entity);
    else byType.set(type, [entity]);
  }
  const of = (type: string) => byType.get(type) ?? [];

  const slugOfMember = new Map<string, string>();
  for (const profile of of(TYPE.profile)) {
    const id = str(profile.entityUrn).replace('urn:li:fsd_profile:', '');
    if (profile.publicIdentifier) slugOfMember.set(id, str(profile.publicIdentifier));
  }

  const parentOf = new Map<string, string>();
  for (const detail of of(TYPE.socialDetail)) {
    const parent = COMMENT_DETAIL.exec(str(detail.entityUrn))?.[1];
    const replies = obj(detail.comments)['*elements'] ?? obj(detail.comments).elements;
    if (!parent || !Array.isArray(replies)) continue;
    for (const reply of replies) {
      const child = commentUrn(str(reply))?.id;
      if (child && child !== parent) parentOf.set(child, parent);
    }
  }

  const threads = new Map<string, RawThread>();
  const aliasOf = new Map<string, string>();
  const threadOf = (urn: string): RawThread => {
    const id = aliasOf.get(urn) ?? urn;
    let found = threads.get(id);
    if (!found) threads.set(id, (found = { id, comments: [] }));
    return found;
  };

  for (const update of of(TYPE.update)) {
    const metadata = obj(update.metadata);
    const id = postUrnsIn(str(metadata.backendUrn))[0];
    if (!id?.startsWith('urn:li:activity:')) continue;
    const aliases = postUrnsIn(str(metadata.shareUrn)).filter((urn) => urn !== id);
    for (const alias of aliases) aliasOf.set(alias, id);
    const t = threadOf(id);
    t.aliases = aliases;
    const actor = obj(update.actor);
    const href = str(obj(actor.navigationContext).actionTarget);
    t.author = /^urn:li:(?:company|school|organization):/u.test(str(actor.backendUrn))
      ? { skip: 'company-author' }
      : personOf(str(obj(actor.name).text).trim(), href || null);
    const title = str(obj(obj(update.commentary).text).text).replace(/\s+/gu, ' ').trim();
    if (title) t.title = clip(title, 200).trim();
  }

  for (const comment of of(TYPE.comment)) {
    const urn = commentUrn(str(comment.entityUrn)) ?? commentUrn(str(comment.urn));
    if (!urn) continue;
    threadOf(urn.post).comments.push(readComment(comment, urn.id, parentOf, slugOfMember));
  }
  return [...threads.values()];
}

function readComment(comment: Obj, id: string, parentOf: Map<string, string>, slugOfMember: Map<string, string>): RawComment {
  const commenter = obj(comment.commenter);
  const actor = obj(commenter.actor);
  const memberId = str(commenter.commenterProfileId) || str(actor['*profileUrn']).replace('urn:li:fsd_profile:', '');
  let href = str(commenter.navigationUrl);
  if (!href && memberId && slugOfMember.has(memberId)) href = `https://www.linkedin.com/in/${encodeURIComponent(slugOfMember.get(memberId)!)}/`;
  const who = commenter.companyUrn || actor.companyUrn ? { skip: 'company-author' as const } : personOf(str(obj(commenter.title).text).trim(), href || null, memberId || null);
  const raw: RawComment = { id, ...who, text: clip(str(obj(comment.commentary).text).trim(), COMMENT_TEXT_MAX) };
  const replyTo = parentOf.get(id) ?? replyToInPermalink(str(comment.permalink), id);
  if (replyTo) raw.replyTo = replyTo;
  if (typeof comment.createdAt === 'number' && Number.isFinite(comment.createdAt)) raw.at = comment.createdAt;
  return raw;
}

/** A reply's permalink names its parent: `…?commentUrn=urn:li:comment:(activity:N,<parent>)&replyUrn=…(activity:N,<id>)`. */
function replyToInPermalink(permalink: string, id: string): string | undefined {
  if (!permalink) return undefined;
  try {
    const params = new URL(permalink).searchParams;
    const parent = commentUrn(params.get('commentUrn'))?.id;
    return commentUrn(params.get('replyUrn'))?.id === id && parent && parent !== id ? parent : undefined;
  } catch {
    return undefined;
  }
}
