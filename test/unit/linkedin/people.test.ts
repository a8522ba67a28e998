import { describe, expect, it } from 'vitest';
import { findPeopleMentions, pageIsDark, showsDarkTheme } from '../../../src/linkedin/read/people';
import { parse } from './helpers';

// Structures as LinkedIn renders them (see selectors.ts `people`), with invented people.
const page = parse(`<!doctype html><html lang="en" class="theme theme--dark"><body>
<header class="global-nav"><a href="https://www.linkedin.com/in/me-myself/">Me</a></header>
<div class="feed-shared-update-v2" role="article" data-urn="urn:li:activity:7400000000000000001">
  <a class="update-components-actor__image" href="https://www.linkedin.com/in/nadia-benali-ortega?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAN4d1aBcDeFgHiJkLmNoPqRsTuVwXyZ01234"><img alt="View Nadia’s profile"></a>
  <a class="update-components-actor__meta-link" href="https://www.linkedin.com/in/nadia-benali-ortega?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAN4d1aBcDeFgHiJkLmNoPqRsTuVwXyZ01234">
    <span class="update-components-actor__title"><span><span dir="ltr"><span aria-hidden="true"><!---->Nadia Benali-Ortega<!----></span><span class="visually-hidden">View: Nadia Benali-Ortega</span></span></span>
    <span class="update-components-actor__supplementary-actor-info"><span aria-hidden="true">• 2nd</span></span></span>
    <span class="update-components-actor__description"><span aria-hidden="true">Community lead, remote teams and open source at a long-named cooperative</span></span>
  </a>
  <div contenteditable="true" role="textbox"><p>Thanks <a href="https://www.linkedin.com/in/omar-haddad/">Omar Haddad</a></p></div>
</div>
<ul class="search-results">
  <li><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/%D7%90%D7%91%D7%99-cohen?miniProfileUrn=x"><span dir="ltr"><span aria-hidden="true">אבי כהן 🌍</span><span class="visually-hidden">View אבי כהן’s profile</span></span></a></span></li>
</ul>
<ul class="msg-conversations-container__conversations-list">
  <li><a class="msg-conversation-listitem__link" href="/in/ACoAAOmarHdd1x2yZ3wV4uT5sR6qP7oN8mL9kJ0i/">Omar Haddad</a></li>
</ul>
<article class="comments-comment-entity"><a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/laila-haddad-4c2e91">
  <span class="comments-comment-meta__data"><span aria-hidden="true">• 2nd</span></span>
  <h3 class="comments-comment-meta__description"><span class="comments-comment-meta__description-title">ليلى حداد</span></h3>
  <div class="comments-comment-meta__description-subtitle">${'Researcher, '.repeat(12)}</div></a></article>
<a href="https://www.linkedin.com/in/someone-else/recent-activity/all/">Show all activity</a>
<a href="https://www.linkedin.com/in/card-person/"><div>Card Person</div><div>${'A headline that goes on and on about many things, '.repeat(3)}</div></a>
</body></html>`);

describe('people named on a page (F7)', () => {
  it('finds each name LinkedIn links to a profile, by slug and member id, and nothing else', () => {
    const found = findPeopleMentions(page, 100).map(({ name, slug, memberId, nameElement, link }) => ({ name, slug, memberId, inLink: nameElement !== link }));
    expect(found).toEqual([
      { name: 'Nadia Benali-Ortega', slug: 'nadia-benali-ortega', memberId: 'ACoAAN4d1aBcDeFgHiJkLmNoPqRsTuVwXyZ01234', inLink: true },
      { name: 'אבי כהן 🌍', slug: 'אבי-cohen', memberId: undefined, inLink: true },
      { name: 'Omar Haddad', slug: undefined, memberId: 'ACoAAOmarHdd1x2yZ3wV4uT5sR6qP7oN8mL9kJ0i', inLink: false },
      // The degree mark before the name is not the name.
      { name: 'ليلى حداد', slug: 'laila-haddad-4c2e91', memberId: undefined, inLink: true },
      // A card that links as a whole: its first line is the name.
      { name: 'Card Person', slug: 'card-person', memberId: undefined, inLink: true },
    ]);
  });

  it('leaves out links already handled, and stops at the limit', () => {
    const all = findPeopleMentions(page, 100);
    const seen = new Set(all.slice(0, 3).map((m) => m.link));
    expect(findPeopleMentions(page, 100, (link) => seen.has(link)).map((m) => m.name)).toEqual(['ليلى حداد', 'Card Person']);
    expect(findPeopleMentions(page, 1)).toHaveLength(1);
  });

  it('reads LinkedIn’s theme from <html> or the 2026 interop outlet, and says when the page does not tell', () => {
    expect(pageIsDark(page)).toBe(true);
    expect(pageIsDark(parse('<html><body><div id="interop-outlet" class="theme--light"></div></body></html>'))).toBe(false);
    expect(pageIsDark(parse('<html><body></body></html>'))).toBeNull();
    // What our injected UI follows: the declared theme; a page that declares none and paints no dark page is light.
    expect(showsDarkTheme(page)).toBe(true);
    expect(showsDarkTheme(parse('<html><body><div id="interop-outlet" class="theme--light"></div></body></html>'))).toBe(false);
    expect(showsDarkTheme(parse('<html><body></body></html>'))).toBe(false);
  });
});
