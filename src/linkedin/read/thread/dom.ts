import { COMMENT_TEXT_MAX } from '../../../core/model/thread-checks';
import { thread, type DomThreadSelectors } from '../../selectors';
import { absoluteHref, multilineText, text } from '../dom';
import { clip, commentUrn, personOf, postUrnsIn, timeOfId, type RawAuthor, type RawComment, type RawThread } from './raw';

/**
 * Threads from the rendered page, one markup generation at a time (hooks and where each comes from in
 * selectors.ts, `thread`). Linear in the page: one query for the posts and one for the comment units, then each
 * unit's own subtree (a parent's subtree holds its replies, so a reply is visited twice at most).
 */

export type DomPageKind = 'thread-ember' | 'thread-sdui-2026';

const GENERATIONS: readonly { pageKind: DomPageKind; sel: DomThreadSelectors }[] = [
  { pageKind: 'thread-ember', sel: thread.ember },
  { pageKind: 'thread-sdui-2026', sel: thread.sdui },
];

export interface DomReading {
  pageKind: DomPageKind | null;
  threads: RawThread[];
  /** Post containers whose activity could not be told (2026 feed cards without a link or comments). */
  unidentified: number;
  /** Comment units without a comment URN (nothing to merge or store them by). */
  unidentifiedComments: number;
}

/**
 * The first generation that finds a post or a comment on the page. `urlPost` is the activity URN of a
 * `/feed/update/…` URL: on that page the 2026 comment list sits beside the post, not in it.
 */
export function readDom(doc: Document, urlPost: string | null): DomReading {
  for (const { pageKind, sel } of GENERATIONS) {
    const reading = readGeneration(doc, sel, urlPost);
    if (reading) return { pageKind, ...reading };
  }
  return { pageKind: null, threads: [], unidentified: 0, unidentifiedComments: 0 };
}

function readGeneration(doc: Document, sel: DomThreadSelectors, urlPost: string | null): Omit<DomReading, 'pageKind'> | null {
  const postMatches = new Set(doc.querySelectorAll(sel.post.join(', ')));
  const units = [...doc.querySelectorAll(sel.comment)];
  if (postMatches.size === 0 && units.length === 0) return null;

  // Ancestors are found by walking up against these sets, not by selector matching per element: a post may hold
  // thousands of comments, and matching selectors element by element is what made this slow.
  const unitSet = new Set(units);
  const ids = new Map<Element, string | null>();
  const idOf = (unit: Element | null): string | null => {
    if (!unit) return null;
    if (!ids.has(unit)) ids.set(unit, unitUrn(unit, sel)?.id ?? null);
    return ids.get(unit)!;
  };
  const scope: Scope = { sel, idOf, unitOf: (el) => closestIn(el, unitSet) };
  const outermost = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let at: Element | null = el; at; at = at.parentElement) if (postMatches.has(at)) found = at;
    return found;
  };
  const containers = [...postMatches].filter((el) => outermost(el) === el);

  // Post containers in document order, each with the activity its attributes or links name.
  const postOf = new Map<Element, string | null>();
  for (const container of containers) postOf.set(container, containerUrn(container, scope));

  // Comment units: the outermost of each id (the 2026 markup repeats a unit's key on three nested divs).
  const comments: { unit: Element; urn: { post: string; id: string }; container: Element | null }[] = [];
  const seen = new Set<string>();
  let unidentifiedComments = 0;
  for (const unit of units) {
    const urn = unitUrn(unit, sel);
    ids.set(unit, urn?.id ?? null);
    if (!urn) unidentifiedComments += 1;
    if (!urn || seen.has(urn.id)) continue;
    seen.add(urn.id);
    const container = outermost(unit);
    comments.push({ unit, urn, container });
    // A 2026 feed card names no activity of its own: its comments do.
    if (container && !postOf.get(container) && urn.post.startsWith('urn:li:activity:')) postOf.set(container, urn.post);
  }
  // The one post of a /feed/update/ page, when nothing on it says which it is.
  if (urlPost && containers.length === 1 && !postOf.get(containers[0]!)) postOf.set(containers[0]!, urlPost);

  const threads = new Map<string, RawThread>();
  const threadOf = (id: string): RawThread => {
    let found = threads.get(id);
    if (!found) threads.set(id, (found = { id, comments: [] }));
    return found;
  };
  let unidentified = 0;
  for (const container of containers) {
    const id = postOf.get(container);
    if (!id) {
      unidentified += 1;
      continue;
    }
    const t = threadOf(id);
    t.author ??= postAuthor(container, scope);
    t.title ??= postTitle(container, scope);
  }

  for (const { unit, urn, container } of comments) {
    // In a post's container it is that post's; beside it (2026 post page) the URN's own activity or the URL's.
    const post = container ? postOf.get(container) : urn.post.startsWith('urn:li:activity:') ? urn.post : urlPost;
    if (!post) continue;
    threadOf(post).comments.push(readComment(unit, urn.id, scope));
  }
  return { threads: [...threads.values()], unidentified, unidentifiedComments };
}

function unitUrn(unit: Element, sel: DomThreadSelectors): { post: string; id: string } | null {
  for (const attribute of sel.commentUrnAttributes) {
    const urn = commentUrn(unit.getAttribute(attribute));
    if (urn) return urn;
  }
  return null;
}

interface Scope {
  sel: DomThreadSelectors;
  idOf: (unit: Element | null) => string | null;
  /** The innermost comment unit holding an element (itself included), or null. */
  unitOf: (el: Element) => Element | null;
}

function closestIn(el: Element, set: ReadonlySet<Element>): Element | null {
  for (let at: Element | null = el; at; at = at.parentElement) if (set.has(at)) return at;
  return null;
}

/** The activity a post container names: its own attribute, else a link to the post inside it (not a reshared one's). */
function containerUrn(container: Element, scope: Scope): string | null {
  for (const attribute of scope.sel.postUrnAttributes) {
    const urn = postUrnsIn(container.getAttribute(attribute) ?? '')[0];
    if (urn) return urn.startsWith('urn:li:activity:') ? urn : null;
  }
  for (const link of container.querySelectorAll(scope.sel.postLink)) {
    if (!ownedByPost(link, scope)) continue;
    const urn = postUrnsIn(link.getAttribute('href') ?? '').find((u) => u.startsWith('urn:li:activity:'));
    if (urn) return urn;
  }
  return null;
}

/** Elements of the post itself: not in a comment, not in a reshared post. */
function ownedByPost(el: Element, scope: Scope): boolean {
  return !scope.unitOf(el) && !el.closest(scope.sel.foreignPost);
}

/** The first element of the first hook that has one of `root`'s own; the first match is tried alone first (it usually is). */
function firstOwn(root: Element, selectors: readonly string[], own: (el: Element) => boolean): Element | null {
  for (const selector of selectors) {
    const first = root.querySelector(selector);
    if (!first) continue;
    if (own(first)) return first;
    for (const el of root.querySelectorAll(selector)) if (own(el)) return el;
  }
  return null;
}

/**
 * The name a profile link shows, when no name hook matched: its text up to the "• 2nd" degree mark that follows
 * names, once (LinkedIn doubles names for screen readers: "Ana Ana • 2nd"); without a mark, its `aria-hidden`
 * copy, else all its text.
 */
function linkName(link: Element): string {
  const all = shownText(link);
  const cut = all.split(/\s*[•·]\s*/u)[0]!.trim();
  if (cut === all) return text(link.querySelector('[aria-hidden="true"]')) || all;
  const half = cut.slice(0, Math.floor(cut.length / 2)).trim();
  return cut === `${half} ${half}` || cut === `${half}${half}` ? half : cut;
}

/** An element's text without its screen-reader copies, whitespace collapsed. */
function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !(child as Element).matches(thread.screenReaderOnly)) {
        parts.push(' ');
        walk(child);
      }
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

/**
 * A person from the first own link that points at a profile or a company (an avatar link has no text: the name
 * then comes from the name hooks, or from another own link to the same place).
 */
function authorOf(root: Element, links: readonly string[], names: readonly string[], own: (el: Element) => boolean): RawAuthor | undefined {
  const link = firstOwn(root, links, (el) => own(el) && /\/(?:in|company|school|showcase)\//u.test(el.getAttribute('href') ?? ''));
  const href = link ? absoluteHref(link) : null;
  let name = text(firstOwn(root, names, own));
  if (!name && link) {
    const same = [...root.querySelectorAll('a[href]')].filter((a) => own(a) && a.getAttribute('href') === link.getAttribute('href'));
    name = same.map(linkName).find(Boolean) ?? '';
  }
  if (!link && !name) return undefined;
  return personOf(name || undefined, href);
}

function postAuthor(container: Element, scope: Scope): RawAuthor | undefined {
  const { sel } = scope;
  const own = (el: Element) => ownedByPost(el, scope) && !el.closest(sel.postText.join(', '));
  return authorOf(container, sel.actorLink, sel.actorName, own);
}

function postTitle(container: Element, scope: Scope): string | undefined {
  const { sel } = scope;
  // Line breaks (<br>) separate words too: "…coming back to:<br>What…" must not become "to:What".
  const title = multilineText(firstOwn(container, sel.postText, (el) => ownedByPost(el, scope))).replace(/\s+/gu, ' ');
  return title ? clip(title, 200).trim() : undefined;
}

function readComment(unit: Element, id: string, { sel, idOf, unitOf }: Scope): RawComment {
  // Its own elements: not a reply's (a reply's unit has another id) and, for the commenter, not a mention in the text.
  const own = (el: Element) => idOf(unitOf(el)) === id;
  const textSelector = sel.commentText.join(', ');
  const raw: RawComment = { id, ...(authorOf(unit, sel.commentAuthorLink, sel.commentName, (el) => own(el) && !el.closest(textSelector)) ?? { skip: 'deleted-author' }) };
  const body = multilineText(firstOwn(unit, sel.commentText, own));
  if (body) raw.text = clip(body, COMMENT_TEXT_MAX);
  let parent = unit.parentElement && unitOf(unit.parentElement);
  while (parent && idOf(parent) === id) parent = parent.parentElement && unitOf(parent.parentElement);
  const replyTo = idOf(parent);
  if (replyTo) raw.replyTo = replyTo;
  const at = timeOfId(id);
  if (at !== undefined) raw.at = at;
  return raw;
}
