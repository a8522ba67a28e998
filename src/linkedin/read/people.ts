import { memberIdFromProfileUrl, profileSlugFromUrl } from '../routes';
import { MEMBER_ID_IN_HREF, people as sel, theme } from '../selectors';
import { absoluteHref, text } from './dom';

/** A person a page names, and the element showing their name (a badge goes right after it). */
export interface PersonMention {
  link: Element;
  /** The link's href as read: LinkedIn may reuse the element for someone else. */
  href: string | null;
  nameElement: Element;
  name: string;
  slug?: string;
  memberId?: string;
}

/** Longer than any name: text that runs past this is a sentence, not a name. */
const NAME_MAX = 80;

/**
 * Every person named on the page, in document order, at most `limit`: links to a profile whose visible text
 * is a name. A link with no text (an avatar), a name inside what the user types, or a link in LinkedIn's own
 * navigation is not a mention. `skip` leaves out links already handled (the caller's WeakSet).
 */
export function findPeopleMentions(root: ParentNode, limit: number, skip?: (link: Element) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (const link of root.querySelectorAll(sel.profileLink)) {
    if (mentions.length >= limit) break;
    if (skip?.(link) || link.closest(sel.ignoredAreas)) continue;
    const mention = mentionOf(link);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function mentionOf(link: Element): PersonMention | null {
  const href = absoluteHref(link);
  if (!href) return null;
  const slug = profileSlugFromUrl(href) ?? undefined;
  let memberId = memberIdFromProfileUrl(href) ?? undefined;
  if (!memberId) {
    try {
      memberId = MEMBER_ID_IN_HREF.exec(decodeURIComponent(href))?.[1];
    } catch {
      // A malformed escape in LinkedIn's href: the slug is enough.
    }
  }
  if (!slug && !memberId) return null;
  const nameElement = nameIn(link);
  if (!nameElement) return null;
  return { link, href: link.getAttribute('href'), nameElement, name: text(nameElement), slug, memberId };
}

/**
 * The element whose text is the person's name: the first element in the link, in document order, that holds
 * text of its own and reads as a name. LinkedIn puts the name first and then, in the same link, the degree
 * ("• 2nd", often in `aria-hidden` copies) and the headline; the copies for screen readers are skipped.
 */
function nameIn(link: Element): Element | null {
  for (const el of [link, ...link.querySelectorAll('*')]) {
    // Own text first: most elements in a link hold none, and closest() walks up to the document's root.
    if (!ownText(el) || el.closest(sel.screenReaderOnly)) continue;
    const value = text(el);
    if (DECORATION.test(value)) continue;
    return looksLikeName(value) ? el : null;
  }
  return null;
}

/** Whether the element holds text itself, not only in its children (walked without copying its child list: hot). */
function ownText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.textContent?.trim()) return true;
  return false;
}

/** A degree mark or separator LinkedIn writes beside names ("• 2nd", "· 1er"), never a name. */
const DECORATION = /^[•·|]/u;

function looksLikeName(value: string): boolean {
  return value.length > 0 && value.length <= NAME_MAX;
}

/** Whether LinkedIn shows its dark theme; null when the page does not say. Looks at the few elements that carry it. */
export function pageIsDark(doc: Document): boolean | null {
  // The body by query, not `doc.body`: linkedom (the CLI and the tests read saved pages with it) creates a missing
  // <head>/<body> in that getter, and throws on a document without a root element (a truncated file).
  const carriers = [doc.documentElement, doc.querySelector('body'), doc.getElementById(theme.outletId)].filter((el): el is HTMLElement => Boolean(el));
  if (carriers.some((el) => el.matches(theme.dark))) return true;
  if (carriers.some((el) => el.matches(theme.light))) return false;
  return null;
}

/**
 * Whether our injected UI should take LinkedIn's dark colours: the theme the page declares, else how its
 * background looks (LinkedIn's dark page is near-black; a layout that marks no theme still paints one).
 */
export function showsDarkTheme(doc: Document): boolean {
  const declared = pageIsDark(doc);
  if (declared !== null) return declared;
  const body = doc.querySelector('body');
  const background = body && doc.defaultView?.getComputedStyle?.(body).backgroundColor;
  const [r = 255, g = 255, b = 255, alpha = 1] = (background?.match(/[\d.]+/gu) ?? []).map(Number);
  return alpha > 0 && 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
}
