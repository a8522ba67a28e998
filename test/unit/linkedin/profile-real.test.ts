import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../../src/core/model/profile';
import { readProfile } from '../../../src/linkedin/read/profile';
import { hasSharedFixtures, load, SHARED_FIXTURES } from './helpers';

/*
 * The profile reader against real LinkedIn markup (../shared/fixtures/linkedin, captured by others; see its
 * README). The shared folder sits beside the repository, so a plain checkout may not have it.
 */
if (!hasSharedFixtures) console.warn('../shared/fixtures not found: real-markup tests skipped');
const describeShared = hasSharedFixtures ? describe : describe.skip;
const sharedPages = hasSharedFixtures ? readdirSync(SHARED_FIXTURES).filter((file) => file.endsWith('.html')) : [];

const SHIVA_URL = 'https://www.linkedin.com/in/shiva-singh-genai-llm/';
/** What the 2026 top card shows of this 1st-degree connection. No position: the page shows none apart from the headline. */
const SHIVA = {
  record: {
    slug: 'shiva-singh-genai-llm',
    memberId: 'ACoAACdYnukB_Rgm7qVvte0xhLy9SZGEbuvKMd0',
    name: 'Shiva Singh',
    headline: 'AI/SDE at Merai Newage Limited (Meril)',
    location: 'Kanpur, Uttar Pradesh, India',
    company: 'Meril',
    degree: '1st',
  },
  pageKind: 'profile-sdui-2026',
  found: ['name', 'headline', 'location', 'company', 'degree', 'memberId'],
  // The saved page's About and Experience are empty skeletons (lazy-loaded sections).
  missing: ['position', 'about'],
  stale: false,
};

const RISHABH = {
  record: {
    slug: 'rishabh-singh-61b706114',
    name: 'Rishabh Singh',
    headline: '#futureshaper',
    location: 'Bengaluru, Karnataka, India',
    degree: '3rd',
  },
  pageKind: 'profile-ember-2020',
  found: ['name', 'headline', 'location', 'degree'],
  // A trimmed name block: no right panel, no About, no member id.
  missing: ['position', 'company', 'about', 'memberId'],
  stale: false,
};

/** Every profile-ish file in the shared folder, and what reading it must give. */
const EXPECTED: Record<string, { url: string; reading: unknown }> = {
  'profile_2026-05_sdui_1st-degree_full.html': { url: SHIVA_URL, reading: SHIVA },
  'profile_2026-05_sdui_1st-degree_topcard.html': { url: SHIVA_URL, reading: SHIVA },
  'profile_topcard_2020_ember_snippet.html': { url: 'https://www.linkedin.com/in/rishabh-singh-61b706114/', reading: RISHABH },
  // The "More" menu alone is not a profile page: nothing to recognise, nothing to throw on.
  'profile_more_menu_2026_sdui.html': {
    url: 'https://www.linkedin.com/in/jeremyharbour/',
    reading: { record: { slug: 'jeremyharbour' }, pageKind: 'unrecognised', found: [], missing: [...PROFILE_FIELDS], stale: false },
  },
};

describeShared('readProfile on real LinkedIn markup', () => {
  it('has an expectation for every profile file in the shared folder', () => {
    const profiles = sharedPages.filter((file) => file.startsWith('profile'));
    expect(profiles.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, { url, reading }) => {
    expect(readProfile(load(SHARED_FIXTURES, file), url)).toEqual(reading);
  });

  it('finds the slug on the page when there is no URL: 2026 top-card self links', () => {
    expect(readProfile(load(SHARED_FIXTURES, 'profile_2026-05_sdui_1st-degree_full.html'), '')).toEqual(SHIVA);
    expect(readProfile(load(SHARED_FIXTURES, 'profile_2026-05_sdui_1st-degree_topcard.html'), '')).toEqual(SHIVA);
  });

  it('finds the slug on the page when there is no URL: the 2020 /detail/contact-info/ link', () => {
    expect(readProfile(load(SHARED_FIXTURES, 'profile_topcard_2020_ember_snippet.html'), '')).toEqual(RISHABH);
  });

  it('reads the top card, not the sticky header that repeats name and headline above it', () => {
    const doc = load(SHARED_FIXTURES, 'profile_2026-05_sdui_1st-degree_full.html');
    doc.querySelector('[role="toolbar"]')?.remove();
    expect(readProfile(doc, SHIVA_URL)).toEqual(SHIVA);
  });

  it('accepts the member-id form of the URL and takes the slug from the card', () => {
    const doc = load(SHARED_FIXTURES, 'profile_2026-05_sdui_1st-degree_full.html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/ACoAACdYnukB_Rgm7qVvte0xhLy9SZGEbuvKMd0/')).toEqual(SHIVA);
  });

  it('is stale when the URL already names another person (SPA navigation, card not re-rendered yet)', () => {
    const doc = load(SHARED_FIXTURES, 'profile_2026-05_sdui_1st-degree_full.html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/someone-else-42/')).toEqual({
      record: { slug: 'someone-else-42' },
      pageKind: 'profile-sdui-2026',
      found: [],
      missing: [...PROFILE_FIELDS],
      stale: true,
    });
  });

  it.each(sharedPages)('never throws on %s, and keeps the URL\'s slug', (file) => {
    const reading = readProfile(load(SHARED_FIXTURES, file), 'https://www.linkedin.com/in/any-one/');
    expect(reading.record?.slug).toBe('any-one');
  });
});
