import { profile, SEPARATOR, UI_TEXT } from '../../selectors';
import { closestFirst, multilineText, queryFirst, text } from '../dom';
import { degreeOfMark, degreeOfPhrase, type ProfileGeneration, type RawProfile, type ReadContext } from './generation';

const sel = profile.ember;

/**
 * The Ember profile of about 2021–2024: `h1.text-heading-xlarge` name, design-system classes, About and
 * Experience as profile-card sections under `#about` / `#experience` anchors, and Voyager JSON in
 * `code[id^="bpr-guid-"]`. Markers as listed in ../shared/fixtures/linkedin/README.md.
 */
export const ember: ProfileGeneration = {
  pageKind: 'profile-ember',

  recognises: (doc) => queryFirst(doc, sel.name) !== null,

  topCards(doc) {
    const names = sel.name.flatMap((selector) => [...doc.querySelectorAll(selector)]);
    const cards = names.map((h1) => closestFirst(h1, sel.topCard) ?? doc.documentElement);
    return [...new Set(cards)];
  },

  read(card, { doc, langs, slug }) {
    const badge = queryFirst(card, sel.degree);
    const raw: RawProfile = {
      name: text(queryFirst(card, sel.name)),
      headline: text(queryFirst(card, sel.headline)),
      location: text(queryFirst(card, sel.location)),
      degree: (badge && degreeOfMark(text(badge), langs)) || degreeOfPhrase(text(card.querySelector(sel.degreePhrase)), langs),
      about: aboutText(doc),
      memberId: memberIdFromEmbeddedJson(doc, slug),
    };
    const job = currentJob(doc, langs);
    raw.position = job.position;
    raw.company = companyFromLabel(card, langs) ?? job.company;
    return raw;
  },
};

/** The profile-card <section> an anchor (`<div id="about">`) opens, or null if the person has none. */
function sectionOf(doc: Document, anchor: string): Element | null {
  return doc.querySelector(anchor)?.closest('section') ?? null;
}

/** The About text; nothing when the person has no About section (the top card reuses its classes). */
function aboutText(doc: Document): string | undefined {
  const section = sectionOf(doc, sel.aboutAnchor);
  return section ? multilineText(queryFirst(section, sel.aboutText)) : undefined;
}

/** "Current company: Acme. Click to skip to experience card" — the right-panel button's label (English only). */
function companyFromLabel(card: Element, langs: ReadContext['langs']): string | undefined {
  for (const button of card.querySelectorAll(sel.labelledButton)) {
    const label = button.getAttribute('aria-label') ?? '';
    for (const lang of langs) {
      const company = UI_TEXT[lang].currentCompany?.exec(label)?.[1];
      if (company) return company;
    }
  }
  return undefined;
}

/**
 * Title and company of the first Experience entry, only when its date range is open ("… - Present"): a past job
 * is not a current position. An entry that groups several roles at one company (nested entries) is skipped:
 * its bold line is the company, not a title.
 */
function currentJob(doc: Document, langs: ReadContext['langs']): { position?: string; company?: string } {
  const section = sectionOf(doc, sel.experienceAnchor);
  const entry = section && queryFirst(section, sel.experienceEntry);
  if (!entry || queryFirst(entry, sel.experienceEntry)) return {};
  const dates = text(entry.querySelector(sel.entryDates));
  if (!langs.some((lang) => UI_TEXT[lang].present.test(dates))) return {};
  // "Acme · Full-time": the employment type follows the company.
  const company = text(entry.querySelector(sel.entrySubtitle)).split(` ${SEPARATOR} `)[0];
  return { position: text(entry.querySelector(sel.entryTitle)), company };
}

/**
 * The member id from the Voyager profile entity LinkedIn embeds for this slug
 * (`{"included":[{"entityUrn":"urn:li:fsd_profile:ACoAA…","publicIdentifier":"<slug>",…}]}`).
 * Blocks that are not JSON, or not about this person, are skipped.
 */
function memberIdFromEmbeddedJson(doc: Document, slug: string): string | undefined {
  for (const code of doc.querySelectorAll(sel.embeddedJson)) {
    const json = code.textContent ?? '';
    if (!json.includes('publicIdentifier')) continue;
    let included: unknown;
    try {
      included = (JSON.parse(json) as { included?: unknown }).included;
    } catch {
      continue;
    }
    if (!Array.isArray(included)) continue;
    for (const entity of included as Record<string, unknown>[]) {
      const urn = entity?.entityUrn;
      if (String(entity?.publicIdentifier).toLowerCase() === slug && typeof urn === 'string' && urn.startsWith('urn:li:fsd_profile:')) {
        return urn.slice('urn:li:fsd_profile:'.length);
      }
    }
  }
  return undefined;
}
