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

/**
 * Message compose boxes: the Ember `msg-form` LinkedIn has used from about 2018 into 2026 in the messaging overlay
 * bubble, the full-page thread (`/messaging/thread/<id>/`), the compose page (`/messaging/compose/`) and InMail.
 * Real markup: ../shared/fixtures/linkedin/msg_overlay_2023_es.html (overlay, Spanish, 2023). Where a hook is not in
 * that capture, its comment says where it comes from; "scrapers" means LinkedIn automation code in the public
 * code index, which breaks when these hooks change and so tends to track them.
 */
export const composer = {
  /**
   * The form. `form.msg-form` in the capture (class attribute " msg-form", leading space and all); `.msg-form` if
   * the element stops being a <form>. Forms without either are found through a labelled editor (labelledEditor).
   */
  form: ['form.msg-form', '.msg-form'],
  /**
   * The draft's editor. The capture's exact element first; then the class alone (role or contenteditable value
   * may change); then any contenteditable textbox, which is only looked for inside a compose form (a post's comment
   * box is such a textbox too, in `form.comments-comment-box__form`).
   */
  editor: [
    'div.msg-form__contenteditable[contenteditable="true"][role="textbox"]',
    '.msg-form__contenteditable[contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
  /** Editors outside any `.msg-form`: accepted only when their aria-label is a message box's (COMPOSER_TEXT.editorLabel). */
  labelledEditor: '[contenteditable="true"][role="textbox"][aria-label]',
  /**
   * LinkedIn's Send. `button.msg-form__send-button[type=submit]` in the capture (and in a 2022 English overlay
   * quoted by a scraper); `button.msg-form__send-btn` is the spelling several 2024–26 scrapers use, InMail
   * included; `button[data-control-name="send"]` is the 2017–19 form (a saved copy of that markup in the index).
   */
  sendButton: [
    'button.msg-form__send-button[type="submit"]',
    'button.msg-form__send-button',
    'button.msg-form__send-btn',
    'button[data-control-name="send"]',
  ],
  /**
   * Last resort for Send: a submit button of the form labelled "Send"/"Enviar" (COMPOSER_TEXT.send). An explicit
   * `type` is required: every LinkedIn button in the captured form carries one, while a <button> injected by
   * another extension usually has none (the capture's `button.vbot-button` has none — and no text), and a
   * <button> without a type still submits the form, so `button:not([type])` must never count as Send.
   */
  submitButton: 'button[type="submit"]',
  /** Known injections of other extensions inside the form, never taken for LinkedIn's controls (the capture's `vbot-button`). */
  foreign: '.vbot-button',
  /**
   * The "Open send options" button (`…/Abrir las opciones de envío`) beside Send: it opens the choice between
   * "Press Enter to Send" and "Click Send". The data-test attribute is on the same button in the capture.
   */
  sendToggle: ['button.msg-form__send-toggle', 'button[data-test-msg-ui-send-mode-toggle-presenter__button]'],
  /**
   * The send options once opened (the capture has them closed, with an empty placeholder). The toggle's
   * `aria-controls` names the popup; `.msg-form__hovercard` is what scrapers wait for (phantombuster's
   * LinkedIn Message Sender clicks its last `label`, "Click Send"). Neither the popup's markup nor its radios were
   * captured: the radio selector below is a guess at standard markup.
   */
  sendOptions: ['.msg-form__hovercard'],
  sendOption: 'input[type="radio"], [role="radio"], [role="menuitemradio"]',
  /** An InMail carries a subject line that a message to a connection does not (scrapers; no InMail form was captured). */
  subject: ['input.msg-form__subject', '.msg-form__subject input', 'input[name="subject"]'],
  /**
   * Where a form lives. Overlay: the captured bubble `.msg-overlay-conversation-bubble[role=dialog]`; `#msg-overlay`
   * is the overlay's container as other extensions' code scopes it. Thread: the full page's `.msg-thread`
   * conversation pane (scrapers, 2020–26). Compose: the recipient typeahead of `/messaging/compose/` and of the
   * overlay's "New message" bubble (scrapers).
   */
  overlay: ['.msg-overlay-conversation-bubble', '#msg-overlay'],
  thread: ['.msg-thread'],
  compose: ['.msg-connections-typeahead', '.msg-compose-form'],
  /**
   * The conversation a form belongs to, holding its header: the overlay bubble (capture), the thread pane and the
   * full page's detail column (scrapers). Unknown markup falls back to the nearest ancestor that holds a header
   * and no other compose form.
   */
  conversation: ['.msg-overlay-conversation-bubble', '.msg-convo-wrapper', '.msg-thread', '.scaffold-layout__detail'],
  /**
   * The conversation header. Overlay: `header.msg-overlay-conversation-bubble-header` (capture; the generic
   * `.msg-overlay-bubble-header` is also the header of the conversation-list bubble, so it comes second). Full
   * page: `.msg-title-bar` (scrapers, 2020–26).
   */
  header: ['.msg-overlay-conversation-bubble-header', '.msg-title-bar', '.msg-overlay-bubble-header'],
  /**
   * The header's title: who the conversation is with. Overlay: `h2.msg-overlay-bubble-header__title` wrapping the
   * person's link (capture). Full page: `h2.msg-entity-lockup__entity-title`, measured on the live page in 2026 by
   * a scraper to hold the name exactly (its link's text adds the presence line, so the name is read from the h2).
   */
  title: ['.msg-overlay-bubble-header__title', '.msg-entity-lockup__entity-title', 'h2'],
  /**
   * Profile links. The overlay links `/in/ACoAA…/` (member id, capture); the full page's
   * `a.msg-thread__link-to-profile` links the person's profile (slug or member id).
   */
  profileLink: 'a[href*="/in/"]',
  /**
   * Recipients of the compose page, one pill each (scrapers; a 2026 live measurement describes one
   * `button.artdeco-pill--dismiss` per recipient).
   */
  recipientPill: ['.msg-connections-typeahead__recipient', '.artdeco-pill--dismiss'],
  /**
   * The card LinkedIn puts at the top of a one-to-one conversation's message list
   * (`div.msg-s-profile-card.msg-s-profile-card-one-to-one`, capture): the recipient when the header says nothing.
   * The class says one-to-one; a group conversation has no such card.
   */
  oneToOneCard: '.msg-s-profile-card-one-to-one',
  oneToOneCardLink: ['a.profile-card-one-to-one__profile-link', 'a[href*="/in/"]'],
  /** Screen-reader-only text (presence, "Ver el perfil de …"): never part of a name. */
  screenReaderOnly: '.visually-hidden, .a11y-text',
} as const;

/**
 * Visible strings the composer reader matches, per UI language, and where each comes from:
 * - English: "Write a message…" and "Send" from a 2022 English overlay quoted verbatim by a scraper in the public
 *   code index (a 2026 live measurement by another scraper gives the same, written "Write a message...");
 *   "Press Enter to Send" / "Click Send" as that 2026 measurement names the two send options.
 * - Spanish: "Escribe un mensaje…" and "Enviar" from the captured overlay (msg_overlay_2023_es.html). The send
 *   options were not captured in Spanish: "Pulsa Intro para enviar" / "Haz clic en Enviar" are our guesses after
 *   the capture's own "Pulsa Intro para abrir…" — confirm when a Spanish page with the options open is saved.
 * - Group titles: names joined by commas and "and"/"&" or "y"/"e" (Spanish "e" before an i-sound: "Ana e Inés").
 */
export const COMPOSER_TEXT: Record<
  UiLanguage,
  {
    /** The editor's aria-label (and placeholder). */
    editorLabel: RegExp;
    /** The Send button's text or aria-label, whole. */
    send: RegExp;
    enterToSend: RegExp;
    clickToSend: RegExp;
    /** The word that joins the last two names of a group conversation's title. */
    nameJoin: RegExp;
  }
> = {
  en: {
    editorLabel: /^write a message/i,
    send: /^send$/i,
    enterToSend: /press enter to send/i,
    clickToSend: /^click send/i,
    nameJoin: /\s(?:and|&)\s/i,
  },
  es: {
    editorLabel: /^escribe un mensaje/i,
    send: /^enviar$/i,
    enterToSend: /pulsa intro para enviar/i,
    clickToSend: /clic en enviar/i,
    nameJoin: /\s[ye]\s/i,
  },
};

/**
 * The connection-invitation dialog: the Ember `send-invite` modal LinkedIn has kept from about 2021 into 2026, also
 * over the 2026 React profile (opened by Connect, i.e. `/preload/custom-invite/?vanityName=<slug>`). Real markup of
 * step 1 ("Add a note" / "Send without a note"): ../shared/fixtures/linkedin/invite_modal_2026_ember_send-invite.html
 * and the same block in li_2026_activity_commentbox_profilemenu_invitemodal_excerpt.html. Step 2 (the note) was
 * never captured: its hooks come from the fixtures README and from what other projects' code and notes say of it
 * ("scrapers": LinkedIn automation code in the public code index, which breaks when these hooks change and so
 * tends to track them; "a 2026 DOM reference": one project's written record of the live 2026 dialog).
 */
export const invite = {
  /**
   * The dialog, first match wins per element. The capture's exact element (`div[role=dialog].send-invite`); the
   * same element by the id of its overlay (`data-test-modal-id="send-invite-modal"`, capture) or by its heading
   * (`aria-labelledby="send-invite-modal"`, capture) in case the class goes; `.send-invite` if the role goes.
   */
  /**
   * Dialogs that are certainly not an invitation: a messaging bubble is a `role=dialog` too, open for hours, and
   * reading all its buttons' text on every scan would be wasted work.
   */
  notInvitation: '.msg-overlay-conversation-bubble, form.msg-form',
  dialog: [
    '[role="dialog"].send-invite',
    '[data-test-modal-id="send-invite-modal"] [role="dialog"]',
    '[role="dialog"][aria-labelledby="send-invite-modal"]',
    '.send-invite',
  ],
  /**
   * Dialogs of unknown markup, accepted only when they hold the note field or a button labelled as an invitation's
   * (INVITE_TEXT): the messaging overlay is a `[role=dialog]` with a "Send" button too, so "Send" alone never counts.
   */
  anyDialog: '[role="dialog"], [role="alertdialog"]',
  /**
   * Shadow hosts searched as well: a 2025–26 scraper (its notes say "verified against live LinkedIn") finds the
   * invite modal inside the open shadow root of `div#interop-outlet` on search pages, where document-level
   * querySelector cannot see it.
   */
  shadowHosts: ['#interop-outlet'],
  /**
   * Step 2's note field. `textarea#custom-message[name=message]` as the fixtures README and most scrapers give it;
   * each attribute alone in case the other changes; the Ember class scrapers of 2020–23 used; then the
   * `[role=textbox]` labelled "Please limit personal note to N characters." that a 2026 DOM reference records.
   */
  noteField: [
    'textarea#custom-message[name="message"]',
    'textarea#custom-message',
    'textarea[name="message"]',
    'textarea.connect-button-send-invite__custom-message',
    '[role="textbox"][aria-label*="personal note"]',
  ],
  /** Buttons, matched by aria-label and then by shown text (INVITE_TEXT); the capture's are all <button>s. */
  button: 'button, [role="button"]',
  /**
   * Where the invitee's name is emphasised: `Personalize your invitation to <strong>Name</strong> by adding a note.`
   * (capture). The element's text is exact where a text pattern could stop at a dot inside a name.
   */
  emphasis: 'strong, b',
  /** Text blocks searched for the invitation sentence when no emphasised name is found. */
  textBlock: 'h1, h2, h3, p, span, label, div',
  /** Screen-reader-only text ("Dialog content start.", capture): never part of a name or of the quota line. */
  screenReaderOnly: '.a11y-text, .visually-hidden',
  /** Elements whose text is never the dialog's: the draft itself, and non-text elements. */
  notText: 'textarea, script, style, template, svg',
  /**
   * The character counter beside the note, "0/300" (premium) or "0/200" (free), as plain text in an element of its
   * own (fixtures README; a 2026 DOM reference). Its markup was never captured, so it is found by its text.
   */
  counterText: /^(\d{1,4})\s*\/\s*(\d{2,4})$/,
} as const;

/**
 * Visible strings of the invitation dialog, per UI language, and where each comes from. Buttons are matched whole,
 * on the aria-label first and then on the shown text.
 * - English, captured (invite_modal_2026_ember_send-invite.html): "Add a note", "Send without a note", "Personalize
 *   your invitation to <strong>Name</strong> by adding a note." Fixtures README: "Send now" (about 2022, step 1),
 *   "Send invitation". Scrapers and a 2026 DOM reference: "Send" (step 2's shown text), "Send now" also on step 2
 *   (2022 scrapers click it after typing), "N personalized invitations remaining for this month." (the free-account
 *   quota line), "No free personalized invitations left" (the upsell's heading once the quota is spent). From this
 *   project's brief, not seen in any LinkedIn markup: "You have N personalized invitations left this month", "You
 *   can add a note to personalize your invitation to Name" and an "Invite Name to connect" heading (the Connect
 *   link's aria-label on profiles, captured, but outside the dialog).
 * - Spanish, from scrapers written for Spanish accounts: "Añadir una nota" (aria-label and text), "Enviar sin nota"
 *   (several), "Enviar invitación" (aria-label), "Enviar" and "Enviar ahora" (step 2). "Agregar una nota" is a
 *   multi-language scraper's Spanish and may be another locale's. UNVERIFIED, our own guesses after the English:
 *   the invitation sentence ("Personaliza tu invitación a Nombre añadiendo una nota"), "Invitar a Nombre a conectar"
 *   as a heading, and every quota line ("Te quedan N invitaciones personalizadas este mes", "N invitaciones
 *   personalizadas restantes", "No te quedan invitaciones personalizadas"). No Spanish dialog was ever captured:
 *   confirm these when one is saved.
 */
export const INVITE_TEXT: Record<
  UiLanguage,
  {
    /** Step 1: open the note. */
    addNote: RegExp;
    /** Step 1: send without a note. */
    sendWithoutNote: RegExp;
    /** About 2022: on step 1 it sent without a note; on step 2 it sends the note. Which one, the step tells. */
    sendNow: RegExp;
    /** Step 2: the Send button's aria-label. */
    sendInvitation: RegExp;
    /** Step 2: the Send button's shown text; too common a word to recognise a dialog by. */
    send: RegExp;
    /** Sentences naming the invitee; group 1 is the name. */
    invitee: readonly RegExp[];
    /** The quota line of free accounts; group 1 is the number of personalised invitations left. */
    remaining: readonly RegExp[];
    /** The quota spent: no personalised invitation left. */
    noneRemaining: RegExp;
  }
> = {
  en: {
    addNote: /^add a note$/i,
    sendWithoutNote: /^send without a note$/i,
    sendNow: /^send now$/i,
    sendInvitation: /^send invitation$/i,
    send: /^send$/i,
    invitee: [
      /personali[sz]e your invitation to (.+?) by adding a note/i,
      /add a note to personali[sz]e your invitation to (.+?)\.?$/i,
      /^invite (.+?) to connect$/i,
    ],
    remaining: [/\b(\d+) (?:free )?personali[sz]ed invitations? (?:remaining|left)\b/i],
    noneRemaining: /\bno (?:free )?personali[sz]ed invitations? (?:remaining|left)\b/i,
  },
  es: {
    addNote: /^(?:añadir|agregar) una nota$/i,
    sendWithoutNote: /^enviar sin nota$/i,
    sendNow: /^enviar ahora$/i,
    sendInvitation: /^enviar invitación$/i,
    send: /^enviar$/i,
    invitee: [
      /personaliza tu invitación (?:a|para) (.+?) (?:añadiendo|agregando) una nota/i,
      /(?:añadir|agregar) una nota para personalizar tu invitación (?:a|para) (.+?)\.?$/i,
      /^invitar a (.+?) a conectar$/i,
    ],
    remaining: [/\bte quedan? (\d+) invitaci(?:ón|ones) personalizadas?/i, /\b(\d+) invitaci(?:ón|ones) personalizadas? (?:restantes?|disponibles?)/i],
    noneRemaining: /\bno te quedan invitaciones personalizadas/i,
  },
};

/**
 * Posts and their comments, for the thread reader (read/thread.ts): the post of a `/feed/update/…` page, group
 * discussions, a profile's activity list and the feed. Two sources, both real:
 *
 * 1. The Voyager JSON LinkedIn embeds in its server HTML: `<code id="bpr-guid-N">` (entity-escaped JSON, so the
 *    element's text is the JSON) paired with `<code id="datalet-bpr-guid-N">`, whose `request` names the URL that
 *    was fetched (../shared/fixtures/linkedin/bpr_code_pair_raw_2026.html, voyager_feed_update_comments_2026.json).
 *    LinkedIn is a single-page app: blocks of a page the user left stay in the DOM, so a block only counts for a
 *    post that is in the URL or rendered on the page.
 * 2. The rendered DOM, one hook set per markup generation (`DomThreadSelectors`), no visible text matched:
 *    - Ember (about 2019 into 2026): post `div.feed-shared-update-v2[role=article][data-urn="urn:li:activity:N"]`,
 *      actor `a.update-components-actor__meta-link` and the post text, as in the real 2026 activity list of
 *      ../shared/fixtures/linkedin/li_2026_activity_commentbox_profilemenu_invitemodal_excerpt.html. Comments were
 *      not in that capture: their hooks come from a scrubbed capture of a live post page of September 2026 that
 *      keeps LinkedIn's structure (alexey-pelykh/lhremote `packages/core/src/linkedin/__fixtures__/legacy/
 *      post-with-comments.html`): `article.comments-comment-entity[data-id="urn:li:comment:(activity:N,M)"]`, a
 *      reply being the same article with `comments-comment-entity--reply` nested in its parent's
 *      `div.comments-replies-list`; author links `a.comments-comment-meta__image-link` (avatar) and
 *      `a.comments-comment-meta__description-container` (holding `span.comments-comment-meta__description-title`,
 *      the name); text `span.comments-comment-item__main-content`. Scrapers in the public code index select the same
 *      classes (e.g. `.comments-comment-meta__description-title` for names, `.comments-comment-item__main-content`
 *      for text, `article.comments-comment-entity:not(.comments-comment-entity--reply)` for top-level comments).
 *      The older `comments-comment-item` / `comments-post-meta__*` classes are what 2020–2023 scrapers used.
 *    - 2026 React ("SDUI"), rolled out to some accounts and pages from about May 2026, never captured in
 *      ../shared: every hook here comes from other projects' code and notes about the live pages, so treat it as
 *      unverified. Comments are `[componentkey="replaceableComment_urn:li:comment:(urn:li:activity:N,M)"]`, the
 *      same key on three nested divs (lhremote `selectors.ts`, "Three nested <div> elements share the same
 *      componentkey"), the id carrying the same URN; a reply is such a unit nested in its parent's unit
 *      (a 2026-08 scraper: "there is no separate replies container any more"). On the post page the comment list
 *      is a sibling of the post body `[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]`, not inside
 *      it; feed cards are `[role=listitem]` with a `componentkey` naming the feed type (`…FeedType_MAIN_FEED_
 *      RELEVANCE`, `update-card-focus…`) and carry no activity URN of their own, so a card is identified by a link
 *      to its post or by its comments' URNs. Texts are `[data-testid="expandable-text-box"]` (post body inside
 *      `[componentkey^="feed-commentary_"]`, comments' inside `[componentkey^="comment-commentary_"]`).
 */
export interface DomThreadSelectors {
  /** Post containers, any of them; nested matches belong to the outermost (a reshared post is part of its reshare). */
  post: readonly string[];
  /** Attributes of a post container that may hold its activity URN. */
  postUrnAttributes: readonly string[];
  /** Links inside a post that name it (`/feed/update/urn:li:activity:N/`, the author's own analytics link). */
  postLink: string;
  /** Parts of a post that are someone else's post (the original of a reshare): never its author or text. */
  foreignPost: string;
  /** The post's author link, fallbacks in order. */
  actorLink: readonly string[];
  /** The post author's name; when none matches, the author link's own text. */
  actorName: readonly string[];
  /** The beginning of the post. */
  postText: readonly string[];
  /** A comment (or reply) unit. */
  comment: string;
  /** Attributes of a comment unit that hold its URN `urn:li:comment:(…N,M)`. */
  commentUrnAttributes: readonly string[];
  /** The commenter's link, fallbacks in order (the first that is the comment's own, not a reply's, wins). */
  commentAuthorLink: readonly string[];
  /** The commenter's name; when none matches, the commenter link's own text. */
  commentName: readonly string[];
  /** The comment's text; links inside it are mentions, never the commenter. */
  commentText: readonly string[];
}

export const thread = {
  /** Screen-reader copies of shown text (Ember doubles names: `<span aria-hidden=true>Ana</span><span class=visually-hidden>Ana</span>`). */
  screenReaderOnly: '.visually-hidden, .a11y-text',

  json: {
    /** The embedded Voyager responses (their descriptors' ids start with "datalet-", so they never match this). */
    block: 'code[id^="bpr-guid-"]',
    /** `code#datalet-bpr-guid-N` describes `code#bpr-guid-N`. */
    dataletPrefix: 'datalet-',
    /**
     * Type names only a block that can hold a thread carries (`"$type":"com.linkedin.voyager.dash.social.Comment"`,
     * `…dash.feed.Update`): other blocks (the viewer, navigation, ads…) are never parsed.
     */
    markers: ['dash.social.Comment', 'dash.feed.Update'],
  },

  ember: {
    // The classed element with its URN (the capture's own); the attribute alone if the class goes; `data-id` is how
    // the feed's `occludable-update` wrapper carries the same URN (scrapers in the public code index); the class alone
    // if the attribute goes (the post is then named by its comments' URNs or a link to it).
    post: ['div.feed-shared-update-v2[data-urn]', '[data-urn^="urn:li:activity:"]', '[data-id^="urn:li:activity:"]', 'div.feed-shared-update-v2'],
    postUrnAttributes: ['data-urn', 'data-id'],
    // The analytics link is on the author's own posts (lhremote capture: `/analytics/post-summary/urn:li:activity:N/`).
    postLink: 'a[href*="/feed/update/urn"], a[href*="/analytics/post-summary/urn"]',
    foreignPost: '.feed-shared-update-v2__reshared-content, .update-components-mini-update-v2',
    // The name link (2026 capture), then the avatar link beside it, then any link in the actor block.
    actorLink: ['a.update-components-actor__meta-link', 'a.update-components-actor__image', '.update-components-actor__container a[href]'],
    // `<span dir=ltr><span aria-hidden=true>Name</span><span class=visually-hidden>Name</span></span>` (2026 capture).
    actorName: [
      '.update-components-actor__title span[dir="ltr"] > span[aria-hidden="true"]',
      '.update-components-actor__name span[aria-hidden="true"]',
      '.update-components-actor__title span[dir="ltr"]',
    ],
    postText: ['.update-components-update-v2__commentary', '.feed-shared-update-v2__description', '.feed-shared-text'],
    comment: 'article.comments-comment-entity, article.comments-comment-item, [data-id^="urn:li:comment:"]',
    commentUrnAttributes: ['data-id'],
    commentAuthorLink: [
      'a.comments-comment-meta__description-container',
      'a.comments-comment-meta__image-link',
      // 2020–2023 (comments-post-meta) scrapers.
      'a.comments-post-meta__actor-link',
      '.comments-comment-meta__actor a[href]',
      '.comments-post-meta a[href]',
    ],
    commentName: [
      '.comments-comment-meta__description-title',
      '.comments-post-meta__name-text span[aria-hidden="true"]',
      '.comments-post-meta__name-text',
    ],
    commentText: ['.comments-comment-item__main-content', '.comments-comment-entity__content .update-components-text', '.comments-comment-item-content-body'],
  },

  sdui: {
    post: [
      '[componentkey^="expanded"][componentkey$="FeedType_FEED_DETAIL"]',
      '[role="listitem"][componentkey*="FeedType_"]',
      '[role="listitem"][componentkey^="update-card-focus"]',
    ],
    postUrnAttributes: [],
    postLink: 'a[href*="/feed/update/urn"], a[href*="/analytics/post-summary/urn"]',
    foreignPost: '[componentkey^="replaceableComment_"]',
    actorLink: ['a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]'],
    actorName: [],
    postText: ['[componentkey^="feed-commentary_"]', '[data-testid="expandable-text-box"]'],
    comment: '[componentkey^="replaceableComment_urn:li:comment:"], [id^="replaceableComment_urn:li:comment:"]',
    commentUrnAttributes: ['componentkey', 'id'],
    commentAuthorLink: ['a[href*="/in/"], a[href*="/company/"], a[href*="/school/"], a[href*="/showcase/"]'],
    commentName: [],
    commentText: ['[componentkey^="comment-commentary_"]', '[data-testid="expandable-text-box"]'],
  },
} as const satisfies { screenReaderOnly: string; json: object; ember: DomThreadSelectors; sdui: DomThreadSelectors };

/**
 * People named on any page (F7's badges): post and comment authors, search results, My Network cards, the
 * messaging list, a profile's own top card. Rather than one selector per surface (each breaks on its own
 * schedule), every link to a profile is a candidate; the reader keeps those whose text is a name.
 */
export const people = {
  profileLink: 'a[href*="/in/"]',
  /**
   * LinkedIn writes a name twice inside a link: once visible (in the Ember feed actor and search results a
   * `span[aria-hidden="true"]`), once for screen readers ("View Ana García’s profile"), as in
   * li_2026_activity_commentbox_profilemenu_invitemodal_excerpt.html. The screen-reader copy is skipped.
   */
  screenReaderOnly: '.visually-hidden, .a11y-text, .sr-only',
  /**
   * Where a profile link is not a listing of people: what the user types, LinkedIn's own chrome, and mentions
   * inside what people wrote (a badge in running text would break the sentence; the author has one anyway), and
   * a profile's own overlays ("Contact info" links to `/in/<slug>/overlay/contact-info/`).
   * Post and comment text as in `thread` below (Ember `.update-components-text`, 2026 expandable text box).
   */
  ignoredAreas:
    '[contenteditable="true"], [role="textbox"], header.global-nav, #global-nav, .global-nav, nav, vinculo-ui, .update-components-text, .feed-shared-inline-show-more-text, [data-testid="expandable-text-box"], a[href*="/overlay/"]',
} as const;

/**
 * LinkedIn's theme. Ember pages set `theme--dark` / `theme--light` on `<html>`; the 2026 React pages carry it on
 * `#interop-outlet` (see profile_2026-05_sdui_1st-degree_full.html: `class="theme--light"`).
 */
export const theme = {
  outletId: 'interop-outlet',
  dark: '.theme--dark, [data-theme="dark"]',
  light: '.theme--light, [data-theme="light"]',
} as const;
