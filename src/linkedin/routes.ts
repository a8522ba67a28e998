import { isNameOnly, NAME_ONLY_PREFIX } from '../core/model/name-only';
import { isMemberId, isSlug } from '../core/model/profile-checks';

/**
 * Which LinkedIn page a URL shows, as pure functions of the URL (no DOM): the content script's features pick
 * their routes with these, and LinkedIn is a single-page app, so the URL is the first thing that changes.
 *
 * Only https URLs on linkedin.com, www.linkedin.com and two-letter country subdomains (es.linkedin.com,
 * uk.linkedin.com — LinkedIn still serves and links those) match. Other subdomains (business., about.,
 * help. …) are different sites.
 */

const LINKEDIN_HOST = /^(?:www\.|[a-z]{2}\.)?linkedin\.com$/;

/** Parses an https LinkedIn URL; null for anything else, including strings that are not URLs at all. */
function linkedInUrl(url: string | URL): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && LINKEDIN_HOST.test(parsed.hostname) ? parsed : null;
}

/**
 * The last URL string decodedPath was asked about, and its answer. The content script asks about one URL several
 * times in a row (a page's route: isThreadPage alone tries four checks; a link's slug, then its member id; the same
 * profile linked from a card's photo, name and button), and parsing a URL is most of what each check costs.
 */
let lastDecoded: { url: string; path: string | null } | undefined;

/**
 * The path with percent-escapes decoded, or null when they do not decode. Post URLs arrive both as
 * `/feed/update/urn:li:activity:N/` and `/feed/update/urn%3Ali%3Aactivity%3AN/` (shared links escape the colons).
 */
function decodedPath(url: string | URL): string | null {
  // URL objects can change after the call: only strings are remembered.
  if (typeof url !== 'string') return decode(url);
  if (lastDecoded?.url !== url) lastDecoded = { url, path: decode(url) };
  return lastDecoded.path;
}

function decode(url: string | URL): string | null {
  const parsed = linkedInUrl(url);
  if (!parsed) return null;
  try {
    return decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
}

/**
 * `/in/<id>/` plus the modals LinkedIn opens over the profile page with their own URL
 * (`overlay/contact-info/`, `overlay/about-this-profile/`, `overlay/background-photo/`; the 2020 UI used
 * `detail/contact-info/`). `/in/<id>/details/…` and `/in/<id>/recent-activity/…` are separate pages.
 */
const PROFILE_PATH = /^\/in\/([^/]+)\/?(?:(?:overlay\/[^/]+|detail\/contact-info)\/?)?$/;

/** Member ids (`ACoAA…`, 39 characters today) also appear as `/in/<id>/` links; LinkedIn redirects them to the vanity URL. */
const MEMBER_ID_SEGMENT = /^ACoAA[A-Za-z0-9_-]{20,}$/;

/** `/in/me/` is LinkedIn's alias for whoever is signed in, not a person's slug. */
const VIEWER_ALIAS = 'me';

/** The decoded `/in/<segment>` of a profile URL, case preserved (member ids are case-sensitive). */
function profileSegment(url: string | URL): string | null {
  const path = decodedPath(url);
  const segment = path?.match(PROFILE_PATH)?.[1];
  return segment && segment.toLowerCase() !== VIEWER_ALIAS ? segment : null;
}

/**
 * A person's profile page, including its modals.
 * - https://www.linkedin.com/in/ana-garcia-1a2b/
 * - https://www.linkedin.com/in/ana-garcia-1a2b?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA…#experience
 * - https://es.linkedin.com/in/jos%C3%A9-p%C3%A9rez-1a2b/overlay/contact-info/
 * - https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/ (member-id form)
 *
 * Not: https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/, …/in/ana-garcia-1a2b/details/experience/
 */
export function isProfile(url: string | URL): boolean {
  return profileSegment(url) !== null;
}

/**
 * The profile slug of a profile URL, lowercased and percent-decoded: the contact id.
 * - https://www.linkedin.com/in/Jos%C3%A9-P%C3%A9rez-1a2b/ -> "josé-pérez-1a2b"
 * - https://www.linkedin.com/in/ACoAAB…/ -> null (a member id, see memberIdFromProfileUrl)
 * - https://www.linkedin.com/feed/ -> null
 */
export function profileSlugFromUrl(url: string | URL): string | null {
  const segment = profileSegment(url);
  if (!segment || MEMBER_ID_SEGMENT.test(segment)) return null;
  const slug = segment.toLowerCase();
  return isSlug(slug) ? slug : null;
}

/**
 * The person a connection request is for, when the invitation dialog opened through its own URL (the 2026
 * Connect link is `/preload/custom-invite/?vanityName=<slug>`; visiting it opens the dialog).
 * - https://www.linkedin.com/preload/custom-invite/?vanityName=ana-garcia-1a2b -> "ana-garcia-1a2b"
 * - https://www.linkedin.com/in/ana-garcia-1a2b/ -> null
 */
export function inviteeSlugFromUrl(url: string | URL): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.pathname.startsWith('/preload/custom-invite')) return null;
  const slug = (parsed.searchParams.get('vanityName') ?? '').toLowerCase();
  return isSlug(slug) ? slug : null;
}

/**
 * The member id of a `/in/ACoAA…/` profile URL (LinkedIn links profiles that way from search and messaging).
 * - https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/ -> "ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
 * - https://www.linkedin.com/in/ana-garcia-1a2b/ -> null
 */
export function memberIdFromProfileUrl(url: string | URL): string | null {
  const segment = profileSegment(url);
  if (!segment || !MEMBER_ID_SEGMENT.test(segment)) return null;
  return isMemberId(segment) ? segment : null;
}

/**
 * Messaging: the inbox, a thread, or the compose page.
 * - https://www.linkedin.com/messaging/
 * - https://www.linkedin.com/messaging/thread/2-YWJjZGVm/
 * - https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAA…
 */
export function isMessaging(url: string | URL): boolean {
  return /^\/messaging(?:\/|$)/.test(decodedPath(url) ?? '');
}

/**
 * One post with its comments. LinkedIn links the same page by activity, share or ugcPost urn.
 * - https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/
 * - https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7415738731510468608/?commentUrn=…
 * - https://www.linkedin.com/feed/update/urn:li:ugcPost:7300000000000000000/
 */
export function isFeedPost(url: string | URL): boolean {
  return /^\/feed\/update\/urn:li:(?:activity|share|ugcPost):\d+\/?$/.test(decodedPath(url) ?? '');
}

/**
 * A LinkedIn group: its feed and the posts inside it.
 * - https://www.linkedin.com/groups/1234567/
 * - https://www.linkedin.com/groups/1234567/posts/7300000000000000000/
 */
export function isGroupThread(url: string | URL): boolean {
  return /^\/groups\/[^/]+(?:\/.*)?$/.test(decodedPath(url) ?? '');
}

/**
 * The home feed only (a single post is isFeedPost).
 * - https://www.linkedin.com/feed/
 * - https://www.linkedin.com/feed/?trk=guest_homepage-basic_nav-header-signin
 */
export function isFeed(url: string | URL): boolean {
  return /^\/feed\/?$/.test(decodedPath(url) ?? '');
}

/**
 * A person's activity: their posts, comments, reactions… as a list of posts.
 * - https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/
 * - https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/comments/
 * - https://es.linkedin.com/in/jos%C3%A9-p%C3%A9rez-1a2b/recent-activity/
 */
export function isProfileActivity(url: string | URL): boolean {
  return /^\/in\/[^/]+\/recent-activity(?:\/[^/]+)?\/?$/.test(decodedPath(url) ?? '');
}

/**
 * One post of a group (a group page that is a single discussion).
 * - https://www.linkedin.com/groups/1234567/posts/7300000000000000000/
 * Not: https://www.linkedin.com/groups/1234567/
 */
export function isGroupPost(url: string | URL): boolean {
  return /^\/groups\/[^/]+\/posts\/[^/]+\/?$/.test(decodedPath(url) ?? '');
}

/** A post's own page, where its whole discussion is: https://www.linkedin.com/feed/update/urn:li:activity:N/ */
export function postUrl(activityUrn: string): string {
  return `https://www.linkedin.com/feed/update/${activityUrn}/`;
}

/** A person's profile by slug or member id (LinkedIn serves both): https://www.linkedin.com/in/<id>/ */
export function profileUrl(slugOrMemberId: string): string {
  // Someone known by name only (an old Connections.csv) has no profile URL: LinkedIn's people search finds them.
  if (isNameOnly(slugOrMemberId)) {
    return `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(slugOrMemberId.slice(NAME_ONLY_PREFIX.length).replaceAll('-', ' '))}`;
  }
  return `https://www.linkedin.com/in/${encodeURIComponent(slugOrMemberId)}/`;
}

/** Pages that show posts with their comments (the thread reader's): a post, a group, a profile's activity, the feed. */
export function isThreadPage(url: string | URL): boolean {
  return isFeedPost(url) || isGroupThread(url) || isProfileActivity(url) || isFeed(url);
}

/**
 * Search results of any vertical.
 * - https://www.linkedin.com/search/results/people/?keywords=ana
 * - https://www.linkedin.com/search/results/all/?keywords=vinculo
 */
export function isSearchResults(url: string | URL): boolean {
  return /^\/search\/results\/[^/]+\/?$/.test(decodedPath(url) ?? '');
}

/**
 * My Network and its sub-pages (invitations live here).
 * - https://www.linkedin.com/mynetwork/
 * - https://www.linkedin.com/mynetwork/invitation-manager/received/
 */
export function isMyNetwork(url: string | URL): boolean {
  return /^\/mynetwork(?:\/|$)/.test(decodedPath(url) ?? '');
}

/**
 * Every route with example URLs that must match it and URLs that must not; the route test checks each example
 * against every predicate, so no URL can match two routes unnoticed.
 */
export const pageKinds = {
  profile: {
    test: isProfile,
    examples: [
      'https://www.linkedin.com/in/ana-garcia-1a2b/',
      'https://www.linkedin.com/in/ana-garcia-1a2b',
      'https://linkedin.com/in/ana-garcia-1a2b/?originalSubdomain=es',
      'https://www.linkedin.com/in/ana-garcia-1a2b?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789#experience',
      'https://es.linkedin.com/in/Jos%C3%A9-P%C3%A9rez-1a2b/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/overlay/contact-info/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/overlay/about-this-profile/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/detail/contact-info/',
      'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/',
    ],
    nonExamples: [
      'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/details/experience/',
      'https://www.linkedin.com/in/me/',
      'https://www.linkedin.com/in/',
      'http://www.linkedin.com/in/ana-garcia-1a2b/',
      'https://www.linkedin.com.evil.example/in/ana-garcia-1a2b/',
      'https://business.linkedin.com/in/ana-garcia-1a2b/',
      'https://example.com/in/ana-garcia-1a2b/',
      'not a url',
    ],
  },
  messaging: {
    test: isMessaging,
    examples: [
      'https://www.linkedin.com/messaging/',
      'https://www.linkedin.com/messaging/thread/2-YWJjZGVm/',
      'https://www.linkedin.com/messaging/compose/?profileUrn=urn%3Ali%3Afsd_profile%3AACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
    ],
    nonExamples: ['https://www.linkedin.com/messaging-tips/', 'https://www.linkedin.com/help/linkedin/answer/messaging/'],
  },
  feedPost: {
    test: isFeedPost,
    examples: [
      'https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/',
      'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7415738731510468608/?commentUrn=urn%3Ali%3Acomment%3A1',
      'https://www.linkedin.com/feed/update/urn:li:ugcPost:7300000000000000000/',
      'https://es.linkedin.com/feed/update/urn:li:share:7300000000000000001',
    ],
    nonExamples: ['https://www.linkedin.com/feed/update/urn:li:activity:abc/', 'https://www.linkedin.com/feed/update/'],
  },
  groupThread: {
    test: isGroupThread,
    examples: ['https://www.linkedin.com/groups/1234567/', 'https://www.linkedin.com/groups/1234567/posts/7300000000000000000/'],
    nonExamples: ['https://www.linkedin.com/groups/'],
  },
  feed: {
    test: isFeed,
    examples: ['https://www.linkedin.com/feed/', 'https://www.linkedin.com/feed', 'https://www.linkedin.com/feed/?trk=nav_logo'],
    nonExamples: ['https://www.linkedin.com/feed/hashtag/networking/', 'https://www.linkedin.com/'],
  },
  profileActivity: {
    test: isProfileActivity,
    examples: [
      'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/comments/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/shares',
      'https://es.linkedin.com/in/jos%C3%A9-p%C3%A9rez-1a2b/recent-activity/',
    ],
    nonExamples: [
      'https://www.linkedin.com/in/ana-garcia-1a2b/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/details/experience/',
      'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/extra/',
      'https://www.linkedin.com/in/recent-activity/',
    ],
  },
  searchResults: {
    test: isSearchResults,
    examples: [
      'https://www.linkedin.com/search/results/people/?keywords=ana',
      'https://www.linkedin.com/search/results/all/?keywords=vinculo&origin=GLOBAL_SEARCH_HEADER',
      'https://www.linkedin.com/search/results/people/?origin=MEMBER_PROFILE_CANNED_SEARCH&connectionOf=%5B%22ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789%22%5D',
    ],
    nonExamples: ['https://www.linkedin.com/search/results/'],
  },
  myNetwork: {
    test: isMyNetwork,
    examples: ['https://www.linkedin.com/mynetwork/', 'https://www.linkedin.com/mynetwork/invitation-manager/received/', 'https://www.linkedin.com/mynetwork'],
    nonExamples: ['https://www.linkedin.com/mynetworking/'],
  },
} as const satisfies Record<string, { test: (url: string | URL) => boolean; examples: readonly string[]; nonExamples: readonly string[] }>;

export type PageKind = keyof typeof pageKinds;

/** The route a URL belongs to, or null for pages we have no route for (or URLs that are not LinkedIn's). */
export function routeOf(url: string | URL): PageKind | null {
  for (const [kind, { test }] of Object.entries(pageKinds) as [PageKind, (typeof pageKinds)[PageKind]][]) {
    if (test(url)) return kind;
  }
  return null;
}

/** Whether a URL is on LinkedIn at all (same host rule as the routes). */
export function isLinkedInUrl(url: string | URL): boolean {
  return linkedInUrl(url) !== null;
}
