import { describe, expect, it } from 'vitest';
import {
  isLinkedInUrl,
  isProfile,
  isThreadPage,
  memberIdFromProfileUrl,
  pageKinds,
  profileUrl,
  profileSlugFromUrl,
  routeOf,
  type PageKind,
} from '../../../src/linkedin/routes';
import { nameOnlyId } from '../../../src/core/model/name-only';

const kinds = Object.keys(pageKinds) as PageKind[];
const allUrls = kinds.flatMap((kind) => [...pageKinds[kind].examples, ...pageKinds[kind].nonExamples]);

describe('routes', () => {
  describe.each(kinds)('%s', (kind) => {
    it.each([...pageKinds[kind].examples])('matches %s', (url) => {
      expect(pageKinds[kind].test(url)).toBe(true);
      expect(routeOf(url)).toBe(kind);
    });
    it.each([...pageKinds[kind].nonExamples])('does not match %s', (url) => {
      expect(pageKinds[kind].test(url)).toBe(false);
    });
  });

  it.each(allUrls)('at most one route matches %s', (url) => {
    const matching = kinds.filter((kind) => pageKinds[kind].test(url));
    expect(matching.length).toBeLessThanOrEqual(1);
  });

  it('has examples for every route', () => {
    for (const kind of kinds) expect(pageKinds[kind].examples.length).toBeGreaterThan(0);
  });

  it('routes a URL object like its string', () => {
    expect(routeOf(new URL('https://www.linkedin.com/messaging/thread/2-YWJj/'))).toBe('messaging');
    expect(routeOf('https://www.linkedin.com/jobs/')).toBeNull();
  });

  it('answers each URL for itself, whatever was asked before (the last answer is remembered)', () => {
    const alone = Object.fromEntries(allUrls.map((url) => [url, kinds.map((kind) => pageKinds[kind].test(url))]));
    // Every URL after every other, and each twice in a row; a URL object changed after a first call is read anew.
    for (const a of allUrls) {
      for (const b of allUrls) {
        expect(kinds.map((kind) => pageKinds[kind].test(b)), `${b} after ${a}`).toEqual(alone[b]);
        expect(kinds.map((kind) => pageKinds[kind].test(b)), `${b} twice`).toEqual(alone[b]);
      }
      expect(kinds.map((kind) => pageKinds[kind].test(a)), `${a} last`).toEqual(alone[a]);
    }
    const url = new URL('https://www.linkedin.com/in/ana-garcia-1a2b/');
    expect(profileSlugFromUrl(url)).toBe('ana-garcia-1a2b');
    url.pathname = '/in/bea-lopez/';
    expect(profileSlugFromUrl(url)).toBe('bea-lopez');
  });
});

describe('profileSlugFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/ana-garcia-1a2b/', 'ana-garcia-1a2b'],
    ['https://www.linkedin.com/in/Ana-Garcia-1A2B', 'ana-garcia-1a2b'],
    ['https://www.linkedin.com/in/ana-garcia-1a2b?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB#about', 'ana-garcia-1a2b'],
    ['https://www.linkedin.com/in/Jos%C3%A9-P%C3%A9rez-1a2b/', 'josé-pérez-1a2b'],
    ['https://es.linkedin.com/in/jos%C3%A9-p%C3%A9rez-1a2b/overlay/contact-info/', 'josé-pérez-1a2b'],
    ['https://www.linkedin.com/in/rishabh-singh-61b706114/detail/contact-info/', 'rishabh-singh-61b706114'],
    // A vanity slug may start like a member id in lower case: only the case-sensitive ACoAA… form is an id.
    ['https://www.linkedin.com/in/acoaabcdefghijklmnopqrstuvwxyz0123456789/', 'acoaabcdefghijklmnopqrstuvwxyz0123456789'],
  ])('%s -> %s', (url, slug) => {
    expect(profileSlugFromUrl(url)).toBe(slug);
  });

  it.each([
    'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/',
    'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/',
    'https://www.linkedin.com/in/me/',
    'https://www.linkedin.com/feed/',
    'https://example.com/in/ana-garcia-1a2b/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://www.linkedin.com/in/a%2Fb/',
    'https://www.linkedin.com/in/a/',
    '',
  ])('%s -> null', (url) => {
    expect(profileSlugFromUrl(url)).toBeNull();
  });
});

describe('memberIdFromProfileUrl', () => {
  it('returns the member id of /in/ACoAA… URLs, which are still profiles', () => {
    const url = 'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/';
    expect(memberIdFromProfileUrl(url)).toBe('ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789');
    expect(isProfile(url)).toBe(true);
  });

  it('is null for slugs and other pages', () => {
    expect(memberIdFromProfileUrl('https://www.linkedin.com/in/ana-garcia-1a2b/')).toBeNull();
    expect(memberIdFromProfileUrl('https://www.linkedin.com/messaging/compose/?recipient=ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789')).toBeNull();
  });
});

describe('isLinkedInUrl', () => {
  it.each([
    ['https://www.linkedin.com/feed/', true],
    ['https://linkedin.com/', true],
    ['https://uk.linkedin.com/in/x/', true],
    ['http://www.linkedin.com/feed/', false],
    ['https://business.linkedin.com/', false],
    ['https://linkedin.com.example.org/', false],
    ['https://notlinkedin.com/', false],
    ['file:///tmp/profile.html', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLinkedInUrl(url)).toBe(expected);
  });
});

describe('inviteeSlugFromUrl', () => {
  it('reads the slug of the custom-invite URL the 2026 Connect link opens, and nothing else', async () => {
    const { inviteeSlugFromUrl } = await import('../../../src/linkedin/routes');
    expect(inviteeSlugFromUrl('https://www.linkedin.com/preload/custom-invite/?vanityName=Ana-Garcia-1a2b')).toBe('ana-garcia-1a2b');
    expect(inviteeSlugFromUrl('https://www.linkedin.com/preload/custom-invite/')).toBeNull();
    expect(inviteeSlugFromUrl('https://www.linkedin.com/in/ana-garcia-1a2b/?vanityName=x')).toBeNull();
    expect(inviteeSlugFromUrl('not a url')).toBeNull();
  });
});

describe('isThreadPage', () => {
  it('is the four routes the thread reader reads, and nothing else', () => {
    const threadKinds: PageKind[] = ['feedPost', 'groupThread', 'profileActivity', 'feed'];
    for (const kind of kinds) {
      for (const url of pageKinds[kind].examples) expect(isThreadPage(url), url).toBe(threadKinds.includes(kind));
    }
    expect(isThreadPage('https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/')).toBe(true);
    expect(isThreadPage('https://www.linkedin.com/in/ana-garcia-1a2b/')).toBe(false);
    expect(isThreadPage('not a url')).toBe(false);
  });
});

describe('profileUrl', () => {
  it('a slug or member id opens the profile; someone known by name only opens a people search for the name', () => {
    expect(profileUrl('lucía-fernández')).toBe('https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez/');
    expect(profileUrl('ACoAAB1')).toBe('https://www.linkedin.com/in/ACoAAB1/');
    expect(profileUrl(nameOnlyId('Ana Pérez  Gil')!)).toBe('https://www.linkedin.com/search/results/people/?keywords=ana%20perez%20gil');
  });
});
