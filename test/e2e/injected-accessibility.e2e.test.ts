import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeStores } from '../bench/workspace-bench';
import { extensionErrors, launchExtension, openExtensionPage, openLinkedInPage, REPO_ROOT, SCREENSHOTS_DIR, waitForContentScript, type ContentScriptWorld, type ExtensionHarness } from './harness';

/*
 * Issue #6 for the UI we inject into LinkedIn's pages (history badge and popover, compose guard, connect nudge),
 * each opened on our fixtures in LinkedIn's light and dark theme, in English and Spanish: it is drawn in that
 * theme, axe-core finds no serious or critical violation, the keyboard reaches every control with a visible focus
 * ring, Escape closes and gives the focus back to where it was, Tab moves on out of our UI, and nothing moves when
 * the user asks for reduced motion. Cropped screenshots of each surface go to test/e2e/screenshots/.
 *
 * Our shadow roots are closed (LinkedIn's scripts must not read our UI), and axe only walks open ones. So axe runs
 * in the content script's isolated world, where chrome.dom.openOrClosedShadowRoot reaches our roots: for the run,
 * each of our hosts gets an own `shadowRoot` property in that world only. LinkedIn's world, and the product's
 * closedness, are untouched.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OWN = 'test/fixtures/linkedin';
const POST = { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/', file: `${OWN}/thread_feed_update_ember_2026_en.html` };
const OVERLAY = { url: 'https://www.linkedin.com/feed/', file: `${OWN}/msg_overlay_ember_2023_en_1to1_draft.html` };
const INVITE = {
  en: { url: 'https://www.linkedin.com/in/noor-haddad-pereira-3f9a12/', file: `${OWN}/invite_ember_2026_en_step1.html`, addNote: 'Add a note' },
  es: { url: 'https://www.linkedin.com/in/noor-haddad-pereira-3f9a12/', file: `${OWN}/invite_ember_2026_es_step1.html`, addNote: 'Añadir una nota' },
};
/** Step 2 of the dialog (the note), English only: the fixture is LinkedIn's English capture. */
const NOTE_STEP = { url: 'https://www.linkedin.com/in/aoife-brennan-sato-81c4d2/', file: `${OWN}/invite_ember_2026_en_step2_free.html` };
const PITCH = {
  en: 'Hi Tomás, we help agencies like yours book 3x more demos with our platform. Do you have 15 minutes this week for a quick call? https://calendly.com/sales-team/intro',
  es: 'Hola Tomás, ayudamos a empresas como la tuya a conseguir más clientes. ¿Podemos agendar una llamada de 15 minutos esta semana para mostrarte nuestros servicios? https://calendly.com/ventas/demo',
};

type Theme = 'light' | 'dark';
type Locale = 'en' | 'es';

/**
 * The little of LinkedIn's stylesheet our surfaces sit on (it is not served offline): the page, the invitation
 * dialog and its artdeco buttons, in both themes, so the screenshots show our UI beside LinkedIn's own look.
 */
const LINKEDIN_LOOK = `<style>
  body { margin: 0; font: 14px/1.42857 -apple-system, system-ui, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "Fira Sans", Ubuntu, Oxygen, "Oxygen Sans", Cantarell, "Droid Sans", sans-serif; background: #f4f2ee; color: rgba(0,0,0,.9); }
  a { color: inherit; }
  .theme--dark body { background: #000; color: rgba(255,255,255,.9); }
  .artdeco-modal { max-width: 552px; margin: 24px auto; background: #fff; border-radius: 8px; padding: 0 0 16px; box-shadow: 0 0 0 1px rgba(140,140,140,.2), 0 4px 12px rgba(0,0,0,.15); position: relative; }
  .theme--dark .artdeco-modal { background: #1b1f23; }
  .artdeco-modal__header, .artdeco-modal__content { padding: 16px 24px 0; }
  .artdeco-modal__header h2 { margin: 0; font-size: 20px; font-weight: 400; }
  .artdeco-modal__actionbar { padding: 12px 24px 0; display: flex; justify-content: flex-end; gap: 8px; }
  .artdeco-modal__dismiss { position: absolute; top: 12px; right: 12px; }
  .a11y-text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .artdeco-button { font: inherit; font-size: 16px; font-weight: 600; min-height: 32px; padding: 6px 16px; border-radius: 24px; border: 0; cursor: pointer; }
  .artdeco-button--primary { background: #0a66c2; color: #fff; }
  .artdeco-button--secondary { background: transparent; color: #0a66c2; box-shadow: inset 0 0 0 1px #0a66c2; }
  .artdeco-button--tertiary { background: transparent; color: rgba(0,0,0,.6); }
  .theme--dark .artdeco-button--primary { background: #71b7fb; color: #000; }
  .theme--dark .artdeco-button--secondary { color: #71b7fb; box-shadow: inset 0 0 0 1px #71b7fb; }
  .theme--dark .artdeco-button--tertiary { color: rgba(255,255,255,.6); }
  .msg-overlay-container { position: fixed; right: 16px; bottom: 0; z-index: 10; }
  .msg-overlay-list-bubble, .msg-form__attachment-drag-and-drop, .msg-form__placeholder, .msg-form__expand-btn-wrapper, .msg-form__left-actions, .visually-hidden, .hidden, .msg-form__send-toggle, img { display: none; }
  .msg-overlay-conversation-bubble { width: 400px; background: #fff; border-radius: 8px 8px 0 0; box-shadow: 0 0 0 1px rgba(140,140,140,.2), 0 4px 12px rgba(0,0,0,.15); }
  .msg-overlay-conversation-bubble ul { list-style: none; margin: 0; padding: 0 12px; }
  .msg-s-message-list { max-height: 160px; overflow: auto; }
  .msg-form__contenteditable { margin: 8px 12px; padding: 8px 12px; min-height: 64px; max-height: 160px; overflow: auto; background: #f4f2ee; border-radius: 8px; }
  .msg-form__contenteditable p { margin: 0; }
  .msg-form__footer { display: flex; justify-content: flex-end; align-items: center; padding: 8px 12px; border-top: 1px solid rgba(140,140,140,.2); }
  .msg-form__send-button { font: inherit; font-weight: 600; padding: 2px 12px; min-height: 24px; border: 0; border-radius: 24px; background: #0a66c2; color: #fff; }
  .msg-form__send-button:disabled { background: rgba(0,0,0,.08); color: rgba(0,0,0,.3); }
  .theme--dark .msg-overlay-conversation-bubble { background: #1b1f23; }
  .theme--dark .msg-form__contenteditable { background: #38434f; }
  .theme--dark .msg-form__send-button { background: #71b7fb; color: #000; }
</style>`;

/** Stands in for LinkedIn's messaging code (see compose-guard.e2e.test.ts): Send is enabled while there is text. */
const MESSAGING_STAND_IN = `<script>
  const editor = document.querySelector('form.msg-form [contenteditable="true"]');
  const send = document.querySelector('form.msg-form .msg-form__send-button');
  editor.addEventListener('input', () => { send.disabled = !editor.innerText.trim(); });
  send.addEventListener('click', (event) => event.preventDefault());
</script>`;

/** A fixture in LinkedIn's `theme` (marked on <html> as LinkedIn does: selectors.ts `theme`), with its look. */
function themed(file: string, theme: Theme, script = ''): string {
  const html = readFileSync(resolve(REPO_ROOT, file), 'utf8').replace(/<html([^>]*)>/u, (_, attrs: string) =>
    /class="/u.test(attrs) ? `<html${attrs.replace(/class="/u, `class="theme--${theme} `)}>` : `<html class="theme--${theme}"${attrs}>`,
  );
  return html.replace('</head>', `${LINKEDIN_LOOK}</head>`).replace(/(<\/body>|$)/u, `${script}$1`);
}

/** What the probe says about the focused element, through our closed roots. */
interface Focused {
  ours: boolean;
  tag: string;
  cls: string;
  label: string;
  focusVisible: boolean;
  ring: boolean;
}

/**
 * Installed in the content script's world: finds things inside our closed shadow roots (chrome.dom reaches them
 * there), tells what has the focus, measures motion and runs axe. Serialised with toString: no imports inside.
 */
function installProbe(): void {
  type Dom = { openOrClosedShadowRoot(host: Element): ShadowRoot | null };
  const dom = (globalThis as unknown as { chrome: { dom: Dom } }).chrome.dom;
  const hosts = () => [...document.querySelectorAll('vinculo-ui')];
  const roots = () => hosts().flatMap((host) => dom.openOrClosedShadowRoot(host) ?? []);
  const find = (selector: string) => roots().map((root) => root.querySelector(selector)).find(Boolean) ?? null;
  const active = () => {
    let el = document.activeElement;
    while (el?.localName === 'vinculo-ui') {
      const inner = dom.openOrClosedShadowRoot(el)?.activeElement;
      if (!inner) break;
      el = inner;
    }
    return el;
  };
  const seconds = (list: string) => Math.max(...list.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
  (globalThis as unknown as { probe: unknown }).probe = {
    has: (selector: string) => find(selector) !== null,
    reveal: (selector: string) => find(selector)?.scrollIntoView({ block: 'center' }),
    /** Whether our element `selector` is drawn in dark colours (its background's luminance). */
    looksDark(selector: string) {
      const el = find(selector);
      if (!el) return null;
      const [r = 255, g = 255, b = 255] = (getComputedStyle(el).backgroundColor.match(/[\d.]+/gu) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
    },
    attr: (selector: string, name: string) => find(selector)?.getAttribute(name) ?? null,
    focused() {
      const el = active();
      if (!el) return null;
      const style = getComputedStyle(el);
      const root = el.getRootNode();
      return {
        ours: root instanceof ShadowRoot && hosts().includes(root.host),
        tag: el.localName,
        cls: typeof el.className === 'string' ? el.className : '',
        label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
        focusVisible: el.matches(':focus-visible'),
        ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      };
    },
    /** The box around every element matching one of `selectors` in our roots. */
    box(selectors: string[]) {
      const rects = selectors.flatMap((s) => roots().flatMap((root) => [...root.querySelectorAll(s)].map((el) => el.getBoundingClientRect()))).filter((r) => r.width > 0);
      if (!rects.length) return null;
      const x = Math.min(...rects.map((r) => r.left));
      const y = Math.min(...rects.map((r) => r.top));
      // In the page's coordinates, as the protocol's screenshot clip takes them.
      return { x: x + scrollX, y: y + scrollY, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
    },
    /** The longest animation and transition (seconds) on any element of our UI now. */
    motion() {
      let animation = 0;
      let transition = 0;
      for (const root of roots()) {
        for (const el of root.querySelectorAll('*')) {
          const style = getComputedStyle(el);
          if (style.animationName !== 'none') animation = Math.max(animation, seconds(style.animationDuration));
          transition = Math.max(transition, seconds(style.transitionDuration));
        }
      }
      return { animation, transition };
    },
    async axe() {
      // Contrast is measured on what shows: an entrance still fading in would read as faint text.
      await Promise.all(roots().flatMap((root) => root.getAnimations()).map((a) => a.finished));
      const ours = hosts();
      for (const host of ours) {
        const root = dom.openOrClosedShadowRoot(host);
        Object.defineProperty(host, 'shadowRoot', { configurable: true, get: () => root });
      }
      type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
      const axe = (globalThis as unknown as { axe: { run(context: object, options: object): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const result = await axe.run({ include: ours }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return {
        // What proves axe saw inside our roots: the text it checked for contrast there.
        contrastChecked: result.passes.filter((p) => p.id === 'color-contrast').flatMap((p) => p.nodes).length + result.violations.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes).length,
        violations: result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          text: `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/gu, ' ') ?? ''}`)
            .join('; ')}`,
        })),
      };
    },
  };
}

interface Probe {
  world: ContentScriptWorld;
  has(selector: string): Promise<boolean>;
  /** Scrolls our element `selector` to the middle of the window. */
  reveal(selector: string): Promise<void>;
  looksDark(selector: string): Promise<boolean | null>;
  attr(selector: string, name: string): Promise<string | null>;
  focused(): Promise<Focused | null>;
  motion(): Promise<{ animation: number; transition: number }>;
  axe(): Promise<{ contrastChecked: number; violations: { id: string; impact: string | null; text: string }[] }>;
  /** Saves a picture of our UI (the elements matching `selectors`, with LinkedIn around them) to screenshots/. */
  shoot(name: string, selectors: string[], margin?: number): Promise<string>;
}

async function probeOf(page: Page, ext: ExtensionHarness): Promise<Probe> {
  const world = await waitForContentScript(page, ext.extensionId);
  await world.evaluate(`(${installProbe.toString()})()`);
  await world.evaluate(AXE_SOURCE);
  const call = <T,>(method: string, ...args: unknown[]) => world.evaluate<T>(`probe.${method}(...${JSON.stringify(args)})`);
  return {
    world,
    has: (selector) => call('has', selector),
    reveal: (selector) => call('reveal', selector),
    looksDark: (selector) => call('looksDark', selector),
    attr: (selector, name) => call('attr', selector, name),
    focused: () => call('focused'),
    motion: () => call('motion'),
    axe: () => call('axe'),
    async shoot(name, selectors, margin = 24) {
      const box = await call<{ x: number; y: number; width: number; height: number } | null>('box', selectors);
      if (!box) throw new Error(`nothing of ours matches ${selectors.join(', ')} for ${name}`);
      const viewport = page.viewportSize()!;
      const x = Math.max(0, box.x - margin);
      const y = Math.max(0, box.y - margin);
      const clip = { x, y, width: Math.min(viewport.width, box.width + 2 * margin), height: Math.min(viewport.height, box.height + 2 * margin), scale: 1 };
      // Through the protocol: Playwright's own screenshot scrolls and resizes enough to close a popover.
      const cdp = await page.context().newCDPSession(page);
      const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png', clip })) as { data: string };
      await cdp.detach();
      mkdirSync(SCREENSHOTS_DIR, { recursive: true });
      const path = join(SCREENSHOTS_DIR, `${name}.png`);
      writeFileSync(path, Buffer.from(data, 'base64'));
      return path;
    },
  };
}

const DAY = 86_400_000;

/** Nadia is a contact with a note, tags, a recent message and three threads; Camille only recurs in threads. */
async function seed(ext: ExtensionHarness): Promise<void> {
  const now = Date.now();
  const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
  const threads = ['7460000000000000001', '7460000000000000002', '7460000000000000003'].map((n) => `urn:li:activity:${n}`);
  const sighting = (slug: string, name: string, threadId: string) => ({ id: `${threadId}|${slug}`, threadId, keys: [slug], name, slug, author: false, comments: 1, firstSeenAt: now, lastSeenAt: now });
  await writeStores(page, {
    contacts: [
      {
        id: 'nadia-benali-ortega',
        profile: { name: 'Nadia Benali-Ortega' },
        stage: 'conversation',
        tags: ['design critique', 'Lisbon'],
        remindWhenAccepted: now,
        createdAt: now - 30 * DAY,
        updatedAt: now,
      },
    ],
    notes: [{ id: crypto.randomUUID(), contactId: 'nadia-benali-ortega', text: 'Met at the Lisbon design meetup; wants our research-ops checklist.', createdAt: now, updatedAt: now }],
    activity: [{ contactId: 'nadia-benali-ortega', count: 3, lastDay: new Date(now - 3 * DAY).toISOString().slice(0, 10), lastAt: now - 3 * DAY, lastKind: 'message' }],
    sightings: threads.flatMap((t) => [sighting('nadia-benali-ortega', 'Nadia Benali-Ortega', t), sighting('camille-durand-okafor', 'Camille Durand-Okafor', t)]),
  });
  await page.close();
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Serious and critical violations only (the issue's bar); the rest is printed for the record. */
async function check(probe: Probe, where: string, found: string[]): Promise<void> {
  const { contrastChecked, violations } = await probe.axe();
  expect(contrastChecked, `${where}: axe checked no text inside our shadow roots`).toBeGreaterThan(0);
  for (const v of violations) {
    if (v.impact === 'serious' || v.impact === 'critical') found.push(`${where}: ${v.text}`);
    else console.log(`${where} (not counted): ${v.text}`);
  }
}

/** The focus is on our control `cls`, and the keyboard focus ring shows. */
async function expectFocusOn(probe: Probe, cls: string): Promise<void> {
  await expect.poll(async () => (await probe.focused())?.cls.split(' ')).toContain(cls);
  const focused = (await probe.focused())!;
  expect(focused, `focus on .${cls}`).toMatchObject({ ours: true, tag: 'button', focusVisible: true, ring: true });
  expect(focused.label.length).toBeGreaterThan(0);
}

async function badges(ext: ExtensionHarness, locale: Locale, theme: Theme, found: string[]): Promise<void> {
  const page = await openLinkedInPage(ext, POST.url, themed(POST.file, theme));
  await page.setViewportSize({ width: 900, height: 700 });
  // Light pages as most people have them; dark ones with reduced motion asked for.
  await page.emulateMedia({ reducedMotion: theme === 'dark' ? 'reduce' : 'no-preference' });
  const probe = await probeOf(page, ext);
  await expect.poll(() => probe.has('.badge.recurring'), { timeout: 10_000 }).toBe(true);
  const name = page.locator('a.comments-comment-meta__description-container[href*="nadia-benali-ortega"]').first();
  await name.scrollIntoViewIfNeeded();

  // Tab from LinkedIn's link to the name reaches the badge, which opens the popover.
  await name.focus();
  await page.keyboard.press('Tab');
  await expectFocusOn(probe, 'badge');
  await expect.poll(() => probe.has('.popover')).toBe(true);
  expect(await probe.attr('.badge:focus', 'aria-expanded')).toBe('true');
  expect(await probe.attr('.popover', 'role')).toBe('dialog');
  expect(await probe.looksDark('.popover')).toBe(theme === 'dark');
  if (theme === 'dark') expect(await probe.motion()).toEqual({ animation: 0, transition: 0 });
  else expect((await probe.motion()).animation).toBeGreaterThan(0);
  await check(probe, `badge popover (${locale}, ${theme})`, found);
  await probe.shoot(`injected-history-${theme}-${locale}`, ['.popover', '.badge:focus'], 32);

  // Tab reaches the popover's button; Escape closes it and gives the focus back to the badge; Tab moves on out.
  await page.keyboard.press('Tab');
  await expectFocusOn(probe, 'open');
  await page.keyboard.press('Escape');
  await expect.poll(() => probe.has('.popover')).toBe(false);
  await expectFocusOn(probe, 'badge');
  await page.keyboard.press('Tab');
  await expect.poll(async () => (await probe.focused())?.ours).toBe(false);
  expect(await probe.has('.popover')).toBe(false);
  expect(extensionErrors(page)).toEqual([]);
  await page.close();
}

async function guard(ext: ExtensionHarness, locale: Locale, theme: Theme, found: string[]): Promise<void> {
  const page = await openLinkedInPage(ext, OVERLAY.url, themed(OVERLAY.file, theme, MESSAGING_STAND_IN));
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.emulateMedia({ reducedMotion: theme === 'dark' ? 'reduce' : 'no-preference' });
  const probe = await probeOf(page, ext);
  const editor = page.locator('.msg-form__contenteditable');
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(PITCH[locale]);
  await expect.poll(() => probe.has('.indicator'), { timeout: 5000 }).toBe(true);

  // Ctrl+Enter sends: the pitch is held, and the focus goes to the panel's "Edit".
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => probe.attr('.panel', 'role')).toBe('alertdialog');
  await expectFocusOn(probe, 'primary');
  expect(await probe.looksDark('.panel')).toBe(theme === 'dark');
  if (theme === 'dark') expect(await probe.motion()).toEqual({ animation: 0, transition: 0 });
  else expect((await probe.motion()).animation).toBeGreaterThan(0);
  await check(probe, `guard held (${locale}, ${theme})`, found);
  await probe.shoot(`injected-guard-${theme}-${locale}`, ['.panel', '.indicator'], 24);
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(probe, 'secondary');
  // Escape is "Edit": the panel closes and the user is back in their draft, as typed.
  await page.keyboard.press('Escape');
  await expect.poll(() => probe.has('.panel')).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.matches('.msg-form__contenteditable'))).toBe(true);
  expect(await editor.innerText()).toBe(PITCH[locale]);
  await probe.shoot(`injected-guard-mark-${theme}-${locale}`, ['.indicator'], 64);

  // The mark beside Send opens the panel from the keyboard; Escape closes it and the focus returns to the mark.
  await page.locator('.msg-form__send-button').focus();
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(probe, 'indicator');
  await page.keyboard.press('Enter');
  await expect.poll(() => probe.attr('.panel', 'role')).toBe('dialog');
  expect(await probe.attr('.indicator', 'aria-expanded')).toBe('true');
  await check(probe, `guard panel (${locale}, ${theme})`, found);
  await page.keyboard.press('Tab');
  await expectFocusOn(probe, 'close');
  await page.keyboard.press('Escape');
  await expect.poll(() => probe.has('.panel')).toBe(false);
  await expectFocusOn(probe, 'indicator');
  // No trap: Tab leaves our UI for LinkedIn's Send.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('.msg-form__send-button'))).toBe(true);
  expect(extensionErrors(page)).toEqual([]);
  await page.close();
}

async function nudge(ext: ExtensionHarness, locale: Locale, theme: Theme, found: string[]): Promise<void> {
  const invite = INVITE[locale];
  const page = await openLinkedInPage(ext, invite.url, themed(invite.file, theme));
  await page.setViewportSize({ width: 900, height: 800 });
  await page.emulateMedia({ reducedMotion: theme === 'dark' ? 'reduce' : 'no-preference' });
  const probe = await probeOf(page, ext);
  await expect.poll(() => probe.has('.nudge'), { timeout: 5000 }).toBe(true);
  expect(await probe.looksDark('.nudge')).toBe(theme === 'dark');
  if (theme === 'dark') expect(await probe.motion()).toEqual({ animation: 0, transition: 0 });
  await check(probe, `nudge (${locale}, ${theme})`, found);
  await probe.reveal('.nudge');
  await probe.shoot(`injected-nudge-${theme}-${locale}`, ['.nudge'], 48);

  // Before LinkedIn's "Add a note" in the tab order; Escape hides the tip and the focus returns to that button.
  const addNote = page.locator(`[aria-label="${invite.addNote}"]`);
  await addNote.focus();
  await page.keyboard.press('Shift+Tab');
  await expectFocusOn(probe, 'dismiss');
  await page.keyboard.press('Escape');
  await expect.poll(() => probe.has('.nudge')).toBe(false);
  expect(await addNote.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(extensionErrors(page)).toEqual([]);
  await page.close();
  if (locale === 'en') await noteAdvice(ext, theme, found);
}

async function noteAdvice(ext: ExtensionHarness, theme: Theme, found: string[]): Promise<void> {
  const page = await openLinkedInPage(ext, NOTE_STEP.url, themed(NOTE_STEP.file, theme));
  await page.setViewportSize({ width: 900, height: 800 });
  const probe = await probeOf(page, ext);
  await page.fill('#custom-message', "Hi [Name], I'd like to add you to my professional network on LinkedIn.");
  await expect.poll(() => probe.has('.advice.warn'), { timeout: 5000 }).toBe(true);
  expect(await probe.looksDark('.advice')).toBe(theme === 'dark');
  await check(probe, `note advice (en, ${theme})`, found);
  await probe.reveal('.advice');
  await probe.shoot(`injected-note-advice-${theme}-en`, ['.advice'], 48);
  expect(extensionErrors(page)).toEqual([]);
  await page.close();
}

describe('accessibility and look of the UI injected into LinkedIn', () => {
  for (const locale of ['en', 'es'] as const) {
    it(`badge popover, compose guard and connect nudge pass axe and work from the keyboard, light and dark (${locale})`, async () => {
      ext = await launchExtension({ locale });
      await seed(ext);
      const found: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        await badges(ext, locale, theme, found);
        await guard(ext, locale, theme, found);
        await nudge(ext, locale, theme, found);
      }
      expect(found).toEqual([]);
    }, 60_000);
  }
});
