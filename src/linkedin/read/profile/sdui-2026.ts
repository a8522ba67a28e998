import { profile, SEPARATOR, UI_TEXT } from '../../selectors';
import { documentOrder, preferRendered, queryFirst, text } from '../dom';
import { degreeOfMark, isPronounLine, type ProfileGeneration, type RawProfile, type ReadContext } from './generation';

const sel = profile.sdui;

/**
 * The 2026 React ("SDUI") profile. Class names are hashes, so the top card is read by order: after the name
 * (an <h2> in the self link) come plain <p> lines — pronouns, degree mark(s), headline, "Company · School",
 * then location beside "· Contact info" — and on the right a box per current company and school.
 * Markup: ../shared/fixtures/linkedin/profile_2026-05_sdui_1st-degree_topcard.html.
 */
export const sdui2026: ProfileGeneration = {
  pageKind: 'profile-sdui-2026',

  recognises: (doc) => doc.querySelector(sel.screen) !== null || doc.querySelector(sel.topCard) !== null,

  topCards(doc) {
    const keyed = [...doc.querySelectorAll(sel.topCard)];
    // The componentkey is on a wrapper and again on the <section> inside it: keep the outermost of each.
    return keyed.filter((el) => !keyed.some((other) => other !== el && other.contains(el)));
  },

  read(card, { langs }) {
    const nameEl = queryFirst(card, sel.name);
    if (!nameEl) return {};
    const precedes = documentOrder(card);
    const lines = [...card.querySelectorAll(sel.line)].filter((p) => text(p) !== '' && precedes(nameEl, p));
    const contactLine = lines.find((p) => isContactInfoLine(p, langs));
    // Everything from "Contact info" on (connection count, mutual connections, side boxes) is not the intro.
    const intro = contactLine ? lines.slice(0, lines.indexOf(contactLine)) : lines;

    const degreeLines = intro.filter((p) => degreeOfMark(text(p), langs) !== undefined);
    const location = contactLine ? locationBeside(contactLine) : undefined;
    // The headline is the first line after the degree marks. Without a degree (your own profile) it is the first
    // line after the name that is not the pronoun line, which LinkedIn puts before the headline. Lines starting
    // with "·" are marks (a degree in a language we do not carry), never a headline.
    const lastDegree = degreeLines.at(-1);
    const afterName = intro.filter(
      (p) =>
        (lastDegree ? precedes(lastDegree, p) : !isPronounLine(text(p), langs)) &&
        !text(p).startsWith(SEPARATOR) &&
        p !== location,
    );
    const [headline, companySchoolLine] = afterName;

    const degreeLine = preferRendered(degreeLines);
    const raw: RawProfile = {
      name: text(nameEl),
      headline: text(headline),
      location: text(location),
      company: currentCompany(card, (box) => precedes(nameEl, box), text(companySchoolLine)),
    };
    if (degreeLine) raw.degree = degreeOfMark(text(degreeLine), langs);
    return raw;
  },
};

function isContactInfoLine(p: Element, langs: ReadContext['langs']): boolean {
  return [...p.querySelectorAll(sel.contactInfo)].some((a) => langs.some((lang) => text(a) === UI_TEXT[lang].contactInfo));
}

/**
 * Location shares a row with "·" and "Contact info": take the row's text line before the contact link, and
 * nothing when the person hides their location (rather than the line before the row).
 */
function locationBeside(contactLine: Element): Element | undefined {
  const row = contactLine.parentElement ? [...contactLine.parentElement.children] : [];
  return row
    .slice(0, row.indexOf(contactLine))
    .filter((el) => el.tagName === 'P' && text(el) !== SEPARATOR && text(el) !== '')
    .at(-1);
}

/**
 * The current company is the first of the right-hand boxes when there are two (company, then school), or else
 * the first part of the "Company · School" line. With a single entry we cannot tell a company from a school
 * (either can be hidden in LinkedIn's intro settings), so we leave it out rather than guess.
 */
function currentCompany(card: Element, afterName: (el: Element) => boolean, companySchoolLine: string): string | undefined {
  const boxes = [...card.querySelectorAll(sel.sideEntry)]
    .filter((box) => afterName(box) && box.querySelector(sel.sideEntryLogo) && box.querySelector(sel.line))
    .map((box) => text(box.querySelector(sel.line)));
  const entries = boxes.length > 0 ? boxes : companySchoolLine.split(` ${SEPARATOR} `);
  return entries.length >= 2 ? entries[0] : undefined;
}
