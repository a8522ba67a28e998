/*
 * Every saved LinkedIn page we can serve as https://www.linkedin.com/…: our own minimised pages
 * (test/fixtures/linkedin/, described in test/fixtures/README.md) and the real captures in ../shared where present,
 * each at the URL it stands for, with the stand-in for LinkedIn's own script it needs to be usable by hand.
 * `npm run demo` (test/demo/demo.ts) serves them all; tests can take a page from here instead of restating its URL.
 *
 * The pages do not carry their URL (no canonical link or og:url but in two), hence the table. Where the fixtures
 * README gives one URL to several pages (a page in two languages, "any page" with the messaging overlay open), the
 * variants get a query string: `?locale=es_ES` as LinkedIn itself uses, otherwise `?vinculo-demo=<variant>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './harness';

/** What a page is for, which decides what to try there. */
export type PageKind = 'profile' | 'thread' | 'messaging' | 'invitation' | 'signed-out';

export interface SavedPage {
  /** Where it is served (https://www.linkedin.com/…). */
  url: string;
  /** From the repository root; shared pages from ../shared (absent on machines without it). */
  file: string;
  source: 'own' | 'shared';
  kind: PageKind;
  /** What sets this page apart from the others of its kind, in a few words. */
  about: string;
  /** LinkedIn's own behaviour the page needs (the saved page carries none of LinkedIn's scripts). */
  standIn?: keyof typeof STAND_INS;
  /** The contact (profile slug) the extension stores from this page, for checks. */
  contact?: string;
}

/**
 * Stand-ins for LinkedIn's own scripts, appended to a page before `</body>`. They record what LinkedIn would have
 * sent (window.__sent, window.__invites) so that tests can check that nothing was sent behind the user's back.
 */
export const STAND_INS = {
  /** Messaging: Send is enabled once there is text; a click "sends" (records the text) and empties the editor. */
  messaging: `<script>
  window.__sent = [];
  const form = document.querySelector('form.msg-form');
  const editor = form?.querySelector('[contenteditable="true"]');
  const send = form?.querySelector('.msg-form__send-button');
  editor?.addEventListener('input', () => { if (send) send.disabled = !editor.innerText.trim(); });
  send?.addEventListener('click', (event) => {
    event.preventDefault();
    window.__sent.push(editor.innerText.trim());
    const p = document.createElement('p');
    p.append(document.createElement('br'));
    editor.replaceChildren(p);
    send.disabled = true;
  });
</script>`,
  /** Invitation dialog: records what each Send button would send; on the note step Send is enabled by a note. */
  invitation: `<script>
  window.__invites = [];
  for (const button of document.querySelectorAll('[role=dialog] button')) {
    button.addEventListener('click', () => {
      const label = button.getAttribute('aria-label') || button.textContent.trim();
      if (/^Send/.test(label)) window.__invites.push({ label, note: document.querySelector('#custom-message')?.value ?? null });
    });
  }
  const note = document.querySelector('#custom-message');
  const send = document.querySelector('[aria-label="Send invitation"]');
  note?.addEventListener('input', () => { if (send) send.disabled = !note.value.trim(); });
</script>`,
} as const;

const LINKEDIN = 'https://www.linkedin.com';
const OWN = 'test/fixtures/linkedin';
const SHARED = '../shared/fixtures/linkedin';

/** Our own pages, in the order a visitor might try them. */
const OWN_PAGES: readonly Omit<SavedPage, 'source'>[] = [
  { kind: 'profile', file: 'profile_sdui_2026_en.html', url: '/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/', about: '2026 profile, 1st degree', contact: 'lucía-fernández-ortega-4b7e21' },
  { kind: 'profile', file: 'profile_sdui_2026_es.html', url: '/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/?locale=es_ES', about: 'the same profile, LinkedIn in Spanish', contact: 'lucía-fernández-ortega-4b7e21' },
  { kind: 'profile', file: 'profile_sdui_2026_en_2nd-degree.html', url: '/in/kwame-asante-lindqvist/', about: '2026 profile, 2nd degree', contact: 'kwame-asante-lindqvist' },
  { kind: 'profile', file: 'profile_ember_2023_en.html', url: '/in/ingrid-solberg-mendez-09a1b2/', about: '2021–2024 profile, with About and Experience', contact: 'ingrid-solberg-mendez-09a1b2' },
  { kind: 'profile', file: 'profile_ember_2020_en.html', url: '/in/rafael-okonkwo-duarte-5c3a90/', about: '2020 profile', contact: 'rafael-okonkwo-duarte-5c3a90' },
  { kind: 'thread', file: 'thread_feed_update_ember_2026_en.html', url: '/feed/update/urn:li:activity:7460207198208434201/', about: 'a post with 9 comments and replies' },
  { kind: 'thread', file: 'thread_feed_update_ember_2026_en_spa_stale.html', url: '/feed/update/urn:li:activity:7460207198208434201/?vinculo-demo=spa-stale', about: 'the same post, with leftovers of the post seen before it' },
  { kind: 'thread', file: 'thread_feed_update_sdui_2026_en.html', url: '/feed/update/urn:li:activity:7460267596185942336/', about: 'a post in the 2026 markup' },
  { kind: 'thread', file: 'thread_group_post_ember_2026_en.html', url: '/groups/9876543/posts/7459905208323345003/', about: 'a group discussion' },
  { kind: 'thread', file: 'thread_profile_activity_ember_2026_en.html', url: '/in/dario-esposito-nakamura/recent-activity/all/', about: "a person's activity" },
  { kind: 'thread', file: 'thread_feed_ember_2026_en.html', url: '/feed/', about: 'the feed: four posts, a reshare, a company' },
  { kind: 'messaging', file: 'msg_overlay_ember_2023_en_1to1_empty.html', url: '/feed/?vinculo-demo=overlay', about: 'messaging overlay, one-to-one, empty', standIn: 'messaging' },
  { kind: 'messaging', file: 'msg_overlay_ember_2023_en_1to1_draft.html', url: '/feed/?vinculo-demo=overlay-draft', about: 'messaging overlay with a draft typed', standIn: 'messaging' },
  { kind: 'messaging', file: 'msg_overlay_ember_2023_es_group.html', url: '/feed/?vinculo-demo=overlay-group-es', about: 'a group conversation, LinkedIn in Spanish', standIn: 'messaging' },
  { kind: 'messaging', file: 'msg_overlay_ember_2023_en_foreign_button_no_send.html', url: '/feed/?vinculo-demo=overlay-no-send', about: "no Send button, another extension's buttons: left alone" },
  { kind: 'messaging', file: 'msg_thread_ember_2023_en_full_page.html', url: '/messaging/thread/2-MjAyNi1maXh0dXJlLXByaXlh/', about: 'a conversation on its own page', standIn: 'messaging' },
  { kind: 'invitation', file: 'invite_ember_2026_en_step1.html', url: '/in/noor-haddad-pereira-3f9a12/', about: 'invitation dialog, first step', standIn: 'invitation', contact: 'noor-haddad-pereira-3f9a12' },
  { kind: 'invitation', file: 'invite_ember_2026_es_step1.html', url: '/in/itziar-goikoetxea-ruiz/', about: 'first step, LinkedIn in Spanish', standIn: 'invitation', contact: 'itziar-goikoetxea-ruiz' },
  { kind: 'invitation', file: 'invite_ember_2026_en_step2_free.html', url: '/in/aoife-brennan-sato-81c4d2/', about: 'the note step, free account (200 characters, 3 notes left)', standIn: 'invitation', contact: 'aoife-brennan-sato-81c4d2' },
  { kind: 'invitation', file: 'invite_ember_2026_en_step2_premium.html', url: '/in/tobias-mwangi-larsen/', about: 'the note step, premium account (300 characters)', standIn: 'invitation', contact: 'tobias-mwangi-larsen' },
  { kind: 'signed-out', file: 'authwall_2026_en.html', url: '/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/?vinculo-demo=signed-out', about: "LinkedIn's sign-up wall on a profile URL" },
];

/**
 * The real captures that make a page on their own (the others in ../shared are fragments: a comment box, a menu, a
 * top card cut out of the full profile, embedded JSON), at the URLs the e2e tests serve them at.
 */
const SHARED_PAGES: readonly Omit<SavedPage, 'source'>[] = [
  { kind: 'profile', file: 'profile_2026-05_sdui_1st-degree_full.html', url: '/in/shiva-singh-genai-llm/', about: 'a real 2026 profile page', contact: 'shiva-singh-genai-llm' },
  { kind: 'messaging', file: 'msg_overlay_2023_es.html', url: '/feed/?vinculo-demo=real-overlay-es', about: "the real 2023 messaging overlay's markup, LinkedIn in Spanish", standIn: 'messaging' },
  { kind: 'invitation', file: 'invite_modal_2026_ember_send-invite.html', url: '/preload/custom-invite/?vanityName=jeremyharbour', about: 'the real 2026 invitation dialog, alone', standIn: 'invitation' },
];

/** Every page we have: all of ours, and those of ../shared that are present. */
export function savedPages(): SavedPage[] {
  const own = OWN_PAGES.map((page) => ({ ...page, source: 'own' as const, file: `${OWN}/${page.file}`, url: LINKEDIN + page.url }));
  const shared = SHARED_PAGES.map((page) => ({ ...page, source: 'shared' as const, file: `${SHARED}/${page.file}`, url: LINKEDIN + page.url }));
  return [...own, ...shared.filter((page) => existsSync(resolve(REPO_ROOT, page.file)))];
}

/** A saved page's file (a path from the repository root, or absolute) with a stand-in before `</body>` (or at the end of a fragment). */
export function withStandIn(file: string, standIn: keyof typeof STAND_INS): string {
  return readFileSync(resolve(REPO_ROOT, file), 'utf8').replace(/(<\/body>|$)/u, `${STAND_INS[standIn]}$1`);
}

/** The page's markup as served: the file, with its stand-in. */
export function savedPageHtml(page: SavedPage): string {
  return page.standIn ? withStandIn(page.file, page.standIn) : readFileSync(resolve(REPO_ROOT, page.file), 'utf8');
}

/** The page's <title> without LinkedIn's notification count ("(2) Name | LinkedIn" -> "Name | LinkedIn"); null for fragments. */
export function savedPageTitle(page: SavedPage): string | null {
  const title = /<title>([^<]*)<\/title>/u.exec(readFileSync(resolve(REPO_ROOT, page.file), 'utf8'))?.[1];
  return title ? title.replace(/^\(\d+\)\s*/u, '').trim() : null;
}
