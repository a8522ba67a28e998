import { profile } from '../../selectors';
import { closestFirst, multilineText, queryFirst, text } from '../dom';
import { degreeOfMark, degreeOfPhrase, type ProfileGeneration } from './generation';

const sel = profile.ember2020;

/**
 * The 2020 Ember top card: the name is the first `li.inline.t-24` of `ul.pv-top-card--list`, the headline an
 * <h2>, location and connection count a bullet list. Markup: ../shared/fixtures/linkedin/profile_topcard_2020_ember_snippet.html
 * (a trimmed name block); the right panel and About as in 2019–2020 scrapers. Experience is not read: LinkedIn
 * no longer serves this generation, and the top card already names the company.
 */
export const ember2020: ProfileGeneration = {
  pageKind: 'profile-ember-2020',

  recognises: (doc) => queryFirst(doc, sel.name) !== null,

  topCards(doc) {
    const names = sel.name.flatMap((selector) => [...doc.querySelectorAll(selector)]);
    return [...new Set(names.map((li) => closestFirst(li, sel.topCard) ?? doc.documentElement))];
  },

  read(card, { doc, langs }) {
    const badge = queryFirst(card, sel.degree);
    return {
      name: text(queryFirst(card, sel.name)),
      headline: text(queryFirst(card, sel.headline)),
      location: text(queryFirst(card, sel.location)),
      degree: (badge && degreeOfMark(text(badge), langs)) || degreeOfPhrase(text(card.querySelector(sel.degreePhrase)), langs),
      company: text(queryFirst(card, sel.company)),
      about: multilineText(queryFirst(doc, sel.about)),
    };
  },
};
