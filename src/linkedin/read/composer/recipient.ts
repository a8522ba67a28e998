import { memberIdFromProfileUrl, profileSlugFromUrl } from '../../routes';
import { composer as sel, COMPOSER_TEXT, type UiLanguage } from '../../selectors';
import { absoluteHref, queryFirst } from '../dom';
import { shownText } from './shown-text';

export interface Recipient {
  name?: string;
  memberId?: string;
  slug?: string;
}

/**
 * What the conversation's header says about whom a compose box writes to. `group` when it names several people;
 * `unknown` when no header (nor one-to-one card) could be read.
 */
export type RecipientReading = { kind: 'person'; recipient: Recipient } | { kind: 'group' } | { kind: 'unknown' };

/**
 * Reads the recipient from the conversation around a form: the recipient pills of a new message, else the header
 * (overlay bubble title, full-page title bar), else the one-to-one card at the top of the message list.
 *
 * Not read from the header's buttons: their labels name the conversation with the *viewer included* — the
 * captured one-to-one overlay says "Cierra tu conversación con Alejo Scotti y Mariana Hohot", Alejo being the
 * signed-in member — so "… y …" there does not mean a group. Nor from the message list: people are quoted and
 * linked in messages.
 */
export function readRecipient(scope: Element, langs: readonly UiLanguage[]): RecipientReading {
  // A new message (compose page, or the overlay's "New message" bubble): its header is a heading ("New message"),
  // the recipients are the pills the user picked, and until there is one nobody is known.
  const compose = queryFirst(scope, sel.compose);
  if (compose) {
    const pills = pillsOf(compose);
    if (pills.length > 1) return { kind: 'group' };
    const person = pills.length === 1 ? personOf([...(pills[0]?.querySelectorAll(sel.profileLink) ?? [])], pills[0] ?? null) : null;
    return person ? { kind: 'person', recipient: person } : { kind: 'unknown' };
  }

  const header = queryFirst(scope, sel.header);
  if (header) {
    const title = queryFirst(header, sel.title);
    const links = [...header.querySelectorAll(sel.profileLink)];
    if (isGroup(links, title, langs)) return { kind: 'group' };
    const person = personOf(links, title ?? links[0] ?? null);
    if (person) return { kind: 'person', recipient: person };
  }

  const card = scope.querySelector(sel.oneToOneCard);
  if (card) {
    const link = queryFirst(card, sel.oneToOneCardLink);
    const person = personOf(link ? [link] : [], link);
    if (person) return { kind: 'person', recipient: person };
  }
  return { kind: 'unknown' };
}

/** The recipient pills, from the first selector that finds any. */
function pillsOf(compose: Element): Element[] {
  for (const selector of sel.recipientPill) {
    const pills = [...compose.querySelectorAll(selector)];
    if (pills.length) return pills;
  }
  return [];
}

/**
 * Several people: links to more than one profile, or a title that lists names ("Ana, Luis y Marta", "Ana and
 * Luis") and is not simply the one linked person's name. "José Ortega y Gasset" is one person when the title is
 * that person's link (overlay: the h2 wraps the link; full page: the link wraps the h2 and a presence line).
 * Member-id and slug links are counted apart: one person may be linked both ways, but two member ids (or two
 * slugs) are two people.
 */
function isGroup(links: readonly Element[], title: Element | null, langs: readonly UiLanguage[]): boolean {
  const ids = identities(links);
  if (ids.memberIds.size > 1 || ids.slugs.size > 1) return true;
  const titleText = shownText(title);
  if (!title || !titleText) return false;
  const onePersonsTitle = links.some(
    (link) => link.contains(title) || (title.contains(link) && shownText(link) === titleText),
  );
  if (onePersonsTitle) return false;
  return /,\s/.test(titleText) || langs.some((lang) => COMPOSER_TEXT[lang].nameJoin.test(titleText));
}

function identities(links: readonly Element[]): { memberIds: Set<string>; slugs: Set<string> } {
  const memberIds = new Set<string>();
  const slugs = new Set<string>();
  for (const link of links) {
    const href = absoluteHref(link);
    if (!href) continue;
    const memberId = memberIdFromProfileUrl(href);
    const slug = profileSlugFromUrl(href);
    if (memberId) memberIds.add(memberId);
    if (slug) slugs.add(slug);
  }
  return { memberIds, slugs };
}

/** One person from their links (member id and/or slug) and the element that shows their name. */
function personOf(links: readonly Element[], nameElement: Element | null): Recipient | null {
  const { memberIds, slugs } = identities(links);
  const person: Recipient = {};
  const name = shownText(nameElement);
  if (name) person.name = name;
  const [memberId] = memberIds;
  const [slug] = slugs;
  if (memberId) person.memberId = memberId;
  if (slug) person.slug = slug;
  return Object.keys(person).length ? person : null;
}
