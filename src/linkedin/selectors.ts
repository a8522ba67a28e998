import type { Degree } from '../core/model/profile';

/**
 * Every hook we use to find things in LinkedIn's markup, in one place, so that when LinkedIn changes its pages
 * there is one file to fix. Lists are fallbacks tried in order (first match wins); each says why it exists.
 *
 * Rule: never use the hashed class names of the 2026 markup (`_9e348bbd`, …): they change with every deploy.
 * The Ember classes (`text-heading-xlarge`, `pv-top-card--list`, …) were LinkedIn's design-system names and held
 * for years, so the Ember selectors may use them. Real markup for each generation is in
 * ../shared/fixtures/linkedin/ (see its README for which markers held across snapshots).
 */

/** Profile pages, newest markup first. */
export const profile = {
  /** 2026 "SDUI" React profile (profile_2026-05_sdui_1st-degree_full.html). */
  sdui: {
    /** The screen marker on the page's main region: tells the generation even before the top card renders. */
    screen: '[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile"]',
    /**
     * The top card. Its componentkey embeds the member id (`…card.ref<ACoAA…>Topcard`); it sits on a wrapper
     * div and again on the inner <section>, so callers keep the outermost.
     */
    topCard: '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]',
    topCardKey: /^com\.linkedin\.sdui\.profile\.card\.ref(ACo[A-Za-z0-9_-]+)Topcard$/,
    /**
     * The name: an <h2> (the 2026 page has no <h1>) inside the card's self link `/in/<slug>/`; a bare <h2> in
     * the card if the link wrapper goes away.
     */
    name: ['a[href*="/in/"] h2', 'h2'],
    /** Headline, degree, pronouns, "Company · School", location: all plain <p> in the card, told apart by order. */
    line: 'p',
    /**
     * The right-hand entries (current company, then school): `role=button` boxes holding a logo <figure> and a
     * <p>. The profile photo is also a `role=button` but holds no <p>.
     */
    sideEntry: '[role="button"]',
    sideEntryLogo: 'figure',
    /** "Contact info" is an `<a href="#">` in 2026 (text match, see UI_TEXT); older pages link the overlay. */
    contactInfo: 'a',
  },

  /** Ember profile with `h1.text-heading-xlarge`, about 2021–2024. */
  ember: {
    name: ['h1.text-heading-xlarge', '.pv-text-details__left-panel h1'],
    /** The card is the <section> holding the <h1>; <main> if LinkedIn drops the section. */
    topCard: ['section', 'main'],
    headline: ['div.text-body-medium.break-words', '.pv-text-details__left-panel .text-body-medium'],
    /** `inline` tells the location from the pronouns span, which has the same other classes. */
    location: ['span.text-body-small.inline.t-black--light.break-words', '.pv-text-details__left-panel span.text-body-small.inline'],
    /** "2nd" shown; the visually-hidden "2nd degree connection" next to it is the fallback. */
    degree: ['.distance-badge .dist-value', '.dist-value'],
    degreePhrase: '.distance-badge .visually-hidden',
    /** Right-panel buttons; only the aria-label names the company unambiguously (matched with UI_TEXT.currentCompany). */
    labelledButton: 'button[aria-label]',
    /** Section anchors: empty divs with stable ids at the top of each profile card section. */
    aboutAnchor: '#about',
    experienceAnchor: '#experience',
    /** Text is doubled as `aria-hidden` (shown) + `visually-hidden` (screen readers): read the shown copy once. */
    aboutText: ['.inline-show-more-text span[aria-hidden="true"]', '.pv-shared-text-with-see-more span[aria-hidden="true"]'],
    experienceEntry: ['[data-view-name="profile-component-entity"]', '.pvs-entity'],
    entryTitle: '.t-bold span[aria-hidden="true"]',
    entrySubtitle: 'span.t-14.t-normal:not(.t-black--light) > span[aria-hidden="true"]',
    entryDates: 'span.t-14.t-normal.t-black--light > span[aria-hidden="true"]',
    /** Voyager JSON LinkedIn embeds in Ember pages (bpr_code_pair_raw_2026.html): the profile entity carries the member id. */
    embeddedJson: 'code[id^="bpr-guid-"]',
  },

  /** 2020 Ember top card (profile_topcard_2020_ember_snippet.html): name in `li.inline.t-24`, headline an <h2>. */
  ember2020: {
    name: ['.pv-top-card--list li.inline.t-24'],
    topCard: ['section'],
    headline: ['h2.t-18'],
    location: ['.pv-top-card--list-bullet > li.t-16'],
    degree: ['.pv-top-card__distance-badge .dist-value', '.dist-value'],
    degreePhrase: '.distance-badge .visually-hidden',
    /** Right panel: `data-control-name` (tracking names, stable for years) marks the current-position link. */
    company: ['[data-control-name="position_see_more"] span', '[data-control-name="position_see_more"]'],
    about: ['.pv-about-section .pv-about__summary-text'],
  },

  /** Any generation: links inside the top card that say whose card it is. */
  card: {
    /** Self links (`/in/<slug>/`, `/overlay/contact-info/`, 2020's `/detail/contact-info/`). */
    profileLink: 'a[href*="/in/"]',
    /**
     * Links carrying the member id: Message (`/messaging/compose/?profileUrn=urn:li:fsd_profile:ACoAA…`),
     * "N connections" and mutual connections (`/search/results/people/?connectionOf=["ACoAA…"]`; Ember's
     * mutual-connections link says `facetConnectionOf`).
     */
    memberIdLink: 'a[href*="fsd_profile"], a[href*="connectionOf"], a[href*="ConnectionOf"]',
  },
} as const;

/** What a saved page says its own URL is (LinkedIn's server HTML carries these; the rendered 2026 page does not). */
export const page = {
  canonical: 'link[rel="canonical"]',
  ogUrl: 'meta[property="og:url"]',
} as const;

/** Member ids inside a decoded href: `urn:li:fsd_profile:ACoAA…` or `[facetC|c]onnectionOf=["ACoAA…"]`. */
export const MEMBER_ID_IN_HREF = /(?:urn:li:fsd_profile:|[cC]onnectionOf=\[")(ACoA[A-Za-z0-9_-]+)/;

/** The visible-text separator LinkedIn puts between top-card items ("· 1st", "Kanpur … · Contact info"). */
export const SEPARATOR = '·';

/** LinkedIn UI languages whose strings we carry. The page's `<html lang>` picks one. */
export type UiLanguage = 'en' | 'es';

/**
 * Visible strings we have to match, per UI language, and where each comes from:
 * - English: "· 1st"/"· 2nd"/"· 3rd+", "Contact info" from the 2026 ../shared profile fixtures; "3rd degree connection"
 *   from the 2020 snippet; "Current company: … Click to skip to experience card" from Ember-era scrapers in the
 *   public code index; "Present" and the pronoun words from LinkedIn's English UI.
 * - Spanish: "1er"/"2º"/"3er" and "Contacto de 1er grado" as quoted by Spanish-language LinkedIn tools in the public
 *   code index; "Información de contacto" from this project's brief; "actualidad" (open date range) and the pronoun
 *   words from LinkedIn's Spanish UI as we know it; "3er+" by analogy with "3rd+". None of these was in a captured
 *   Spanish profile page (there is none in ../shared): confirm them when one is saved.
 * No Spanish "Current company" label is known, so Spanish Ember pages take the company from Experience.
 */
export const UI_TEXT: Record<
  UiLanguage,
  {
    /** Degree marks as shown after the name ("· 1st") and in `.dist-value` ("2nd"). "3rd+" is out of network. */
    degree: Record<string, Degree>;
    /** The screen-reader phrase of the Ember distance badge. */
    degreePhrase: RegExp;
    contactInfo: string;
    currentCompany: RegExp | null;
    /** The open end of a current position's date range ("Jan 2022 - Present"). */
    present: RegExp;
    /** Pronoun words LinkedIn offers; custom pronouns cannot be recognised by text (the degree mark then bounds the name row). */
    pronounWords: readonly string[];
  }
> = {
  en: {
    degree: { '1st': '1st', '2nd': '2nd', '3rd': '3rd', '3rd+': '3rd' },
    degreePhrase: /^(1st|2nd|3rd\+?) degree connection$/i,
    contactInfo: 'Contact info',
    currentCompany: /^Current company: (.+?)\. Click to skip to experience card$/,
    present: /\bPresent\b/,
    pronounWords: ['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'theirs'],
  },
  es: {
    degree: { '1er': '1st', '2º': '2nd', '3er': '3rd', '3er+': '3rd' },
    degreePhrase: /^contacto de (1er|2º|3er\+?) grado$/i,
    contactInfo: 'Información de contacto',
    currentCompany: null,
    present: /\bactualidad\b/i,
    pronounWords: ['él', 'ella', 'elle', 'ellos', 'ellas'],
  },
};
