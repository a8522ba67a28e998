import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '../../../src/core/model/profile';
import { readProfile, type ProfileReading } from '../../../src/linkedin/read/profile';
import { load, OWN_FIXTURES, parse } from './helpers';

/*
 * The profile reader against our own fixtures (test/fixtures/linkedin: invented people in LinkedIn's structure,
 * see test/fixtures/README.md), then in-page navigation, a page that is no profile, and broken markup.
 */

const LUCIA_URL = 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/';
const KWAME_URL = 'https://www.linkedin.com/in/kwame-asante-lindqvist/';
const INGRID_URL = 'https://www.linkedin.com/in/ingrid-solberg-mendez-09a1b2/';
const RAFAEL_URL = 'https://www.linkedin.com/in/rafael-okonkwo-duarte-5c3a90/';
const LUCIA_ID = 'ACoAADx7Lq2BfV9sKp4wNm8RtYc3HgJe6UaZo1E';
const KWAME_ID = 'ACoAAEk3Wz8NqR5tYb1VmC7xLp0DsHf2GjUo9Qa';
const INGRID_ID = 'ACoAAC9pTm4XvB2nLq7RsW1kYe5HdFz8JcGu3Io';

const LUCIA: ProfileReading = {
  record: {
    slug: 'lucía-fernández-ortega-4b7e21',
    memberId: LUCIA_ID,
    name: 'Lucía Fernández Ortega',
    // "… at …" is a headline: no position is derived from it.
    headline: 'Community nurse at Hospital Clínico del Turia',
    location: 'Valencia, Valencian Community, Spain',
    company: 'Hospital Clínico del Turia',
    degree: '1st',
  },
  pageKind: 'profile-sdui-2026',
  found: ['name', 'headline', 'location', 'company', 'degree', 'memberId'],
  missing: ['position', 'about'],
  stale: false,
};

const LUCIA_ES: ProfileReading = {
  ...LUCIA,
  record: { ...LUCIA.record!, location: 'Valencia, Comunidad Valenciana, España' },
};

const KWAME: ProfileReading = {
  record: {
    slug: 'kwame-asante-lindqvist',
    memberId: KWAME_ID,
    name: 'Kwame Asante-Lindqvist',
    headline: 'Building ordering tools for small bakeries',
    location: 'Gothenburg, Västra Götaland County, Sweden',
    degree: '2nd',
  },
  pageKind: 'profile-sdui-2026',
  found: ['name', 'headline', 'location', 'degree', 'memberId'],
  // One intro entry only: a company or a school? Left out rather than guessed.
  missing: ['position', 'company', 'about'],
  stale: false,
};

const INGRID: ProfileReading = {
  record: {
    slug: 'ingrid-solberg-mendez-09a1b2',
    memberId: INGRID_ID,
    name: 'Ingrid Solberg Méndez',
    headline: 'Data engineer · Open-source maintainer',
    location: 'Bergen, Vestland, Norway',
    position: 'Senior Data Engineer',
    company: 'Fjordlys Analytics',
    degree: '2nd',
    about: 'I turn messy sensor logs from fish farms into tables people can trust.\nMaintainer of two small open-source libraries for tidal data.',
  },
  pageKind: 'profile-ember',
  found: ['name', 'headline', 'location', 'position', 'company', 'degree', 'about', 'memberId'],
  missing: [],
  stale: false,
};

const RAFAEL: ProfileReading = {
  record: {
    slug: 'rafael-okonkwo-duarte-5c3a90',
    name: 'Rafael Okonkwo-Duarte',
    headline: 'Logistics planner · Cold-chain routing',
    location: 'Porto, Portugal',
    company: 'Marés Transportes',
    degree: '2nd',
    about: 'Twelve years moving chilled goods between Porto and Vigo. I like spreadsheets that argue back.',
  },
  pageKind: 'profile-ember-2020',
  found: ['name', 'headline', 'location', 'company', 'degree', 'about'],
  missing: ['position', 'memberId'],
  stale: false,
};

const nothing = (slug: string | null, pageKind: string, stale = false) => ({
  record: slug ? { slug } : null,
  pageKind,
  found: [],
  missing: [...PROFILE_FIELDS],
  stale,
});

const lucia = () => load(OWN_FIXTURES, 'profile_sdui_2026_en.html');
const kwame = () => load(OWN_FIXTURES, 'profile_sdui_2026_en_2nd-degree.html');
const ingrid = () => load(OWN_FIXTURES, 'profile_ember_2023_en.html');
const topCardOf = (doc: Document) => doc.querySelector('div[componentkey$="Topcard"]')!;

describe('readProfile on our fixtures', () => {
  it.each([
    ['profile_sdui_2026_en.html', LUCIA_URL, LUCIA],
    ['profile_sdui_2026_es.html', LUCIA_URL, LUCIA_ES],
    ['profile_sdui_2026_en_2nd-degree.html', KWAME_URL, KWAME],
    ['profile_ember_2023_en.html', INGRID_URL, INGRID],
    ['profile_ember_2020_en.html', RAFAEL_URL, RAFAEL],
  ])('%s', (file, url, expected) => {
    expect(readProfile(load(OWN_FIXTURES, file), url)).toEqual(expected);
  });

  it.each([
    ['profile_sdui_2026_en.html', LUCIA],
    ['profile_sdui_2026_es.html', LUCIA_ES],
    ['profile_sdui_2026_en_2nd-degree.html', KWAME],
    ['profile_ember_2023_en.html', INGRID],
    ['profile_ember_2020_en.html', RAFAEL],
  ])('%s read without a URL takes the slug from the top card', (file, expected) => {
    expect(readProfile(load(OWN_FIXTURES, file), '')).toEqual(expected);
  });

  it('treats a profile URL with query, hash or a modal path as the same profile', () => {
    expect(readProfile(lucia(), `${LUCIA_URL}overlay/contact-info/`)).toEqual(LUCIA);
    expect(readProfile(lucia(), 'https://es.linkedin.com/in/Luc%C3%ADa-Fern%C3%A1ndez-Ortega-4b7e21?trk=x#about')).toEqual(LUCIA);
  });
});

describe('a page that is no profile (the sign-in wall)', () => {
  const authwall = () => load(OWN_FIXTURES, 'authwall_2026_en.html');

  it('recognises nothing, keeps the URL slug and reports every field missing', () => {
    expect(readProfile(authwall(), KWAME_URL)).toEqual(nothing('kwame-asante-lindqvist', 'unrecognised'));
  });

  it('has no record at all without a URL', () => {
    expect(readProfile(authwall(), '')).toEqual(nothing(null, 'unrecognised'));
  });
});

describe('in-page navigation (LinkedIn is a single-page app)', () => {
  it('is stale while the previous person\'s card is still on screen', () => {
    expect(readProfile(lucia(), KWAME_URL)).toEqual(nothing('kwame-asante-lindqvist', 'profile-sdui-2026', true));
    expect(readProfile(kwame(), LUCIA_URL)).toEqual(nothing('lucía-fernández-ortega-4b7e21', 'profile-sdui-2026', true));
    expect(readProfile(ingrid(), KWAME_URL)).toEqual(nothing('kwame-asante-lindqvist', 'profile-ember', true));
  });

  it('reads the URL\'s card when the old and the new card are both in the DOM', () => {
    const doc = lucia();
    const oldCard = topCardOf(doc);
    oldCard.after(doc.importNode(topCardOf(kwame()), true));
    expect(readProfile(doc, KWAME_URL)).toEqual(KWAME);
    expect(readProfile(doc, LUCIA_URL)).toEqual(LUCIA);
  });

  it('uses the member id when the URL carries one instead of a slug', () => {
    expect(readProfile(kwame(), `https://www.linkedin.com/in/${KWAME_ID}/`)).toEqual(KWAME);
    expect(readProfile(kwame(), `https://www.linkedin.com/in/${LUCIA_ID}/`)).toEqual(nothing(null, 'profile-sdui-2026', true));
  });

  it('cannot call a card stale that does not say whose it is, and reads it', () => {
    const doc = kwame();
    const card = topCardOf(doc);
    for (const a of card.querySelectorAll('a[href*="/in/"]')) a.removeAttribute('href');
    for (const el of card.querySelectorAll('[componentkey$="Topcard"]')) el.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.refTopcard');
    card.setAttribute('componentkey', 'com.linkedin.sdui.profile.card.refTopcard');
    const reading = readProfile(doc, 'https://www.linkedin.com/in/someone-new/');
    expect(reading.stale).toBe(false);
    expect(reading.record).toEqual({ ...KWAME.record, slug: 'someone-new', memberId: undefined });
    expect(reading.missing).toEqual(['position', 'company', 'about', 'memberId']);
  });
});

describe('degree marks', () => {
  it('prefers the rendered mark when the environment can tell (Chromium\'s checkVisibility)', () => {
    const doc = kwame();
    const [shown, hidden] = [...topCardOf(doc).querySelectorAll('p')].filter((p) => p.textContent?.startsWith('·') && p.textContent.length > 1);
    expect([shown?.textContent, hidden?.textContent]).toEqual(['· 2nd', '· 3rd+']);
    Object.assign(shown!, { checkVisibility: () => false });
    Object.assign(hidden!, { checkVisibility: () => true });
    expect(readProfile(doc, KWAME_URL).record?.degree).toBe('3rd');
  });

  it('skips the pronoun line for the headline when there is no degree mark (your own profile)', () => {
    for (const file of ['profile_sdui_2026_en.html', 'profile_sdui_2026_es.html']) {
      const doc = load(OWN_FIXTURES, file);
      for (const p of topCardOf(doc).querySelectorAll('p')) if (/^· \S/.test(p.textContent ?? '')) p.remove();
      const reading = readProfile(doc, LUCIA_URL);
      expect(reading.record?.headline).toBe('Community nurse at Hospital Clínico del Turia');
      expect(reading.missing).toEqual(['position', 'degree', 'about']);
    }
  });

  it('matches marks in the page\'s language only', () => {
    const doc = lucia();
    for (const p of topCardOf(doc).querySelectorAll('p')) if (p.textContent === '· 1st') p.textContent = '· 1er';
    for (const p of topCardOf(doc).querySelectorAll('p')) if (p.textContent === '· 2nd') p.textContent = '· 2º';
    // An English page with Spanish marks: not a degree, and the marks are not mistaken for the headline either.
    const reading = readProfile(doc, LUCIA_URL);
    expect(reading.record?.degree).toBeUndefined();
    expect(reading.record?.headline).toBe(LUCIA.record!.headline);
    doc.documentElement.setAttribute('lang', 'es');
    expect(readProfile(doc, LUCIA_URL).record?.degree).toBe('1st');
  });
});

describe('markup that changed or broke: never throws, reports what is missing', () => {
  it('the top card lost its componentkey: still the 2026 page, nothing read, every field missing', () => {
    const doc = lucia();
    for (const el of doc.querySelectorAll('[componentkey$="Topcard"]')) {
      el.setAttribute('data-componentkey', el.getAttribute('componentkey')!);
      el.removeAttribute('componentkey');
    }
    expect(readProfile(doc, LUCIA_URL)).toEqual(nothing('lucía-fernández-ortega-4b7e21', 'profile-sdui-2026'));
  });

  it('the name heading is gone: the name is missing, the rest needs it as anchor', () => {
    const doc = lucia();
    topCardOf(doc).querySelector('h2')!.remove();
    expect(readProfile(doc, LUCIA_URL)).toEqual({
      record: { slug: 'lucía-fernández-ortega-4b7e21', memberId: LUCIA_ID },
      pageKind: 'profile-sdui-2026',
      found: ['memberId'],
      missing: ['name', 'headline', 'location', 'position', 'company', 'degree', 'about'],
      stale: false,
    });
  });

  it('"Contact info" is gone: location is missing, the rest still reads', () => {
    const doc = lucia();
    [...topCardOf(doc).querySelectorAll('a')].find((a) => a.textContent === 'Contact info')!.remove();
    const reading = readProfile(doc, LUCIA_URL);
    expect(reading.record).toEqual({ ...LUCIA.record, location: undefined });
    expect(reading.missing).toEqual(['location', 'position', 'about']);
  });

  it('the person hides their location: nothing else is taken for it', () => {
    const doc = lucia();
    [...topCardOf(doc).querySelectorAll('p')].find((p) => p.textContent === 'Valencia, Valencian Community, Spain')!.remove();
    const reading = readProfile(doc, LUCIA_URL);
    expect(reading.record?.location).toBeUndefined();
    expect(reading.record?.headline).toBe(LUCIA.record!.headline);
  });

  it('the side boxes are gone: the company comes from the "Company · School" line', () => {
    const doc = lucia();
    for (const box of topCardOf(doc).querySelectorAll('[role="button"]')) if (box.querySelector('p')) box.remove();
    expect(readProfile(doc, LUCIA_URL)).toEqual(LUCIA);
  });

  it('a field that fails validation is dropped and counted missing', () => {
    const doc = lucia();
    const headline = [...topCardOf(doc).querySelectorAll('p')].find((p) => p.textContent === LUCIA.record!.headline)!;
    headline.textContent = 'x'.repeat(501);
    const reading = readProfile(doc, LUCIA_URL);
    expect(reading.record?.headline).toBeUndefined();
    expect(reading.missing).toEqual(['headline', 'position', 'about']);
  });

  it('Ember: without the mutual-connections link the member id comes from the embedded JSON, matched by slug', () => {
    const doc = ingrid();
    doc.querySelector('a[href*="facetConnectionOf"]')!.remove();
    expect(readProfile(doc, INGRID_URL)).toEqual(INGRID);
    doc.querySelector('#bpr-guid-1402')!.remove();
    expect(readProfile(doc, INGRID_URL).missing).toEqual(['memberId']);
  });

  it('Ember: broken embedded JSON is skipped', () => {
    const doc = ingrid();
    doc.querySelector('a[href*="facetConnectionOf"]')!.remove();
    doc.querySelector('#bpr-guid-1402')!.textContent = '{"included":[{"publicIdentifier":';
    expect(readProfile(doc, INGRID_URL).missing).toEqual(['memberId']);
  });

  it('Ember: without the "Current company" label the company comes from the current Experience entry', () => {
    const doc = ingrid();
    doc.querySelector('button[aria-label^="Current company"]')!.removeAttribute('aria-label');
    expect(readProfile(doc, INGRID_URL)).toEqual(INGRID);
  });

  it('Ember: a first Experience entry that has ended is no current position', () => {
    const doc = ingrid();
    for (const span of doc.querySelectorAll('span')) {
      if (span.textContent?.includes('Present')) span.textContent = 'Mar 2022 - Jan 2024 · 1 yr 11 mos';
    }
    const reading = readProfile(doc, INGRID_URL);
    expect(reading.record?.position).toBeUndefined();
    expect(reading.record?.company).toBe('Fjordlys Analytics');
  });

  it('Ember: the About section is gone: about is missing, not taken from the top card', () => {
    const doc = ingrid();
    doc.querySelector('#about')!.closest('section')!.remove();
    expect(readProfile(doc, INGRID_URL).missing).toEqual(['about']);
  });

  it.each([
    ['an empty document', () => parse('')],
    ['a fragment with no <html>', () => parse('<div><h1 class="text-heading-xlarge"></h1></div>')],
    ['a top card with nothing in it', () => parse('<section componentkey="com.linkedin.sdui.profile.card.refTopcard"></section>')],
  ])('%s', (_, make) => {
    const reading = readProfile(make(), KWAME_URL);
    expect(reading.record).toEqual({ slug: 'kwame-asante-lindqvist' });
    expect(reading.found).toEqual([]);
    expect(reading.stale).toBe(false);
  });

  it('a DOM that throws: URL slug only, "unrecognised", everything missing', () => {
    const hostile = new Proxy({} as Document, {
      get() {
        throw new Error('detached');
      },
    });
    expect(readProfile(hostile, KWAME_URL)).toEqual(nothing('kwame-asante-lindqvist', 'unrecognised'));
  });

  it('a URL that is not one counts as no URL', () => {
    expect(readProfile(lucia(), 'not a url')).toEqual(LUCIA);
    expect(readProfile(parse(''), 'not a url')).toEqual(nothing(null, 'unrecognised'));
  });
});
