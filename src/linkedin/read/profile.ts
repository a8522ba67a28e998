import type { ProfileSnapshot } from '../../core/model/profile';
import { checkedProfileField, isSlug, PROFILE_FIELDS, type ProfileField } from '../../core/model/profile-checks';
import { memberIdFromProfileUrl, profileSlugFromUrl } from '../routes';
import { MEMBER_ID_IN_HREF, profile as sel } from '../selectors';
import { absoluteHref, pageLanguages } from './dom';
import { ember } from './profile/ember';
import { ember2020 } from './profile/ember-2020';
import type { ProfileGeneration, RawProfile } from './profile/generation';
import { sdui2026 } from './profile/sdui-2026';

export type ProfilePageKind = ProfileGeneration['pageKind'] | 'unrecognised';

/** What one read of a profile page gave; found/missing feed the reader's health record (core/model/health). */
export interface ProfileReading {
  /** Null only when no slug is known: not in the URL, nor (for a page read without a URL) on the page. */
  record: ProfileSnapshot | null;
  pageKind: ProfilePageKind;
  found: ProfileField[];
  missing: ProfileField[];
  /**
   * The top card on screen is someone else's than the URL's. LinkedIn navigates with history.pushState and
   * renders the new profile later, so for a moment the previous person's card is still in the DOM. A stale
   * reading carries the URL's slug only: read again on the next DOM change.
   */
  stale: boolean;
}

/** Markup generations, newest first: a page is read by the first that recognises it. */
const GENERATIONS: readonly ProfileGeneration[] = [sdui2026, ember, ember2020];

/**
 * Reads the profile a page shows. `url` is the page's URL ("" when unknown, e.g. a saved file: then the slug
 * comes from the top card's self links). Never throws: LinkedIn's markup is not ours, and a reader that breaks
 * must not break the page — on an unexpected error the reading has the URL's slug and nothing else.
 */
export function readProfile(doc: Document, url: string): ProfileReading {
  const urlSlug = profileSlugFromUrl(url);
  try {
    return read(doc, urlSlug, memberIdFromProfileUrl(url));
  } catch {
    return nothingRead(urlSlug, 'unrecognised', false);
  }
}

/** Whose profile the page shows, by its (first) top card's self links: for pages read without a URL. */
export function profileOnPage(doc: Document): CardIdentity | null {
  const generation = GENERATIONS.find((g) => g.recognises(doc));
  const card = generation?.topCards(doc)[0];
  return card ? identityOf(card) : null;
}

function read(doc: Document, urlSlug: string | null, urlMemberId: string | null): ProfileReading {
  const generation = GENERATIONS.find((g) => g.recognises(doc));
  if (!generation) return nothingRead(urlSlug, 'unrecognised', false);

  // Identity the URL gives: its slug, else (for /in/ACoAA…/ URLs) its member id, else nothing (saved page).
  const owner = (id: CardIdentity) => (urlSlug ? id.slug : urlMemberId ? id.memberId : null);
  const wanted = urlSlug ?? urlMemberId;
  const cards = generation.topCards(doc).map((card) => ({ card, id: identityOf(card) }));
  // The card of the URL's person, else one that does not say whose it is (we cannot call that stale).
  const current = cards.find(({ id }) => owner(id) === wanted) ?? cards.find(({ id }) => owner(id) === null);
  if (!current) return nothingRead(urlSlug, generation.pageKind, cards.length > 0);

  const slug = urlSlug ?? (urlMemberId && current.id.memberId !== urlMemberId ? null : current.id.slug);
  if (!slug) return nothingRead(null, generation.pageKind, false);

  const raw = generation.read(current.card, { doc, langs: pageLanguages(doc), slug });
  return { ...validated(slug, { ...raw, memberId: current.id.memberId ?? raw.memberId }), pageKind: generation.pageKind, stale: false };
}

interface CardIdentity {
  slug: string | null;
  memberId: string | null;
}

/**
 * Whose top card this is: the slug of its self links (`/in/<slug>/`, `…/overlay/contact-info/`), and the member
 * id of its componentkey (2026), `/in/ACoAA…` links, or Message / connections links. The top card links to no
 * other person's profile (mutual connections link to a search), so the first profile link is its owner.
 */
function identityOf(card: Element): CardIdentity {
  let slug: string | null = null;
  let memberId = sel.sdui.topCardKey.exec(card.getAttribute('componentkey') ?? '')?.[1] ?? null;
  for (const a of card.querySelectorAll(sel.card.profileLink)) {
    const href = absoluteHref(a);
    if (!href) continue;
    slug ??= profileSlugFromUrl(href);
    memberId ??= memberIdFromProfileUrl(href);
  }
  for (const a of card.querySelectorAll(sel.card.memberIdLink)) memberId ??= memberIdInHref(a.getAttribute('href') ?? '');
  return { slug, memberId };
}

/** `profileUrn=urn%3Ali%3Afsd_profile%3AACoAA…` and `connectionOf=%5B%22ACoAA…%22%5D` come percent-encoded. */
function memberIdInHref(href: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    decoded = href;
  }
  return MEMBER_ID_IN_HREF.exec(decoded)?.[1] ?? null;
}

/** Keeps the fields that pass ProfileSnapshot's checks (core/model/profile-checks.ts); the rest count as missing. */
function validated(slug: string, raw: RawProfile): Pick<ProfileReading, 'record' | 'found' | 'missing'> {
  if (!isSlug(slug)) return { record: null, found: [], missing: [...PROFILE_FIELDS] };
  const candidate: Record<string, unknown> = { slug };
  for (const field of PROFILE_FIELDS) {
    const value = checkedProfileField(field, raw[field]);
    if (value !== undefined) candidate[field] = value;
  }
  const record = candidate as ProfileSnapshot;
  const found = PROFILE_FIELDS.filter((field) => record[field] !== undefined);
  return { record, found, missing: PROFILE_FIELDS.filter((field) => record[field] === undefined) };
}

function nothingRead(slug: string | null, pageKind: ProfilePageKind, stale: boolean): ProfileReading {
  return { record: slug ? { slug } : null, pageKind, found: [], missing: [...PROFILE_FIELDS], stale };
}
