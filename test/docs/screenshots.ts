/*
 * `npm run screenshots`: the README's pictures, docs/<surface>-<language>-<theme>.png, for every surface in English
 * and Spanish, light and dark. The built extension (test/e2e/harness.ts DIST) runs in Chromium with an invented
 * network (example-data.ts) imported through the Data view; extension pages take the system theme
 * (emulateMedia), injected UI takes LinkedIn's (the fixture's <html> class, linkedin-look.ts). Any surface that
 * does not render stops the run with its name, and docs/ is left as it was (the set is copied there only once whole).
 * Not part of the e2e suite: it writes docs/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { extensionErrors, launchExtension, linkedinTabId, openExtensionPage, openLinkedInPage, REPO_ROOT, waitForContentScript, type ExtensionHarness } from '../e2e/harness';
import { hoverInjected, injectedButtonLabels, injectedText, onInjectedButton } from '../e2e/shadow';
import { VIEW_IDS, type ViewId } from '../../src/options/view-ids';
import { exampleBackup, exampleConnectionsCsv, LUCIA, THREAD, type Language } from './example-data';
import { dressAsLinkedIn, type Theme } from './linkedin-look';

const DOCS = resolve(REPO_ROOT, 'docs');
const FIXTURES = 'test/fixtures/linkedin';
const LANGUAGES: Language[] = ['en', 'es'];
const THEMES: Theme[] = ['light', 'dark'];
/** A surface that has not rendered by then is missing, and the run fails. */
const RENDER_TIMEOUT_MS = 15_000;
/** Above this a picture is reported (the README wants small files). */
const SIZE_WARNING = 120 * 1024;

/** Every picture the set holds: the workspace views, the extension pages, the injected UI. */
const SURFACES = ['sidepanel', 'sidepanel-thread', 'popup', ...VIEW_IDS.map((id) => `workspace-${id}`), 'history-popover', 'guard', 'connect-nudge'] as const;
type Surface = (typeof SURFACES)[number];

/** Pictures are written here first and moved to docs/ once the whole set is made. */
const staging = mkdtempSync(join(tmpdir(), 'vinculo-docs-'));
const written = new Map<string, number>();

function save(surface: Surface, language: Language, theme: Theme, png: Buffer): void {
  const name = `${surface}-${language}-${theme}.png`;
  writeFileSync(join(staging, name), png);
  written.set(name, png.length);
}

/** Waits for `check` to hold, or fails the run naming the surface. */
async function rendered(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + RENDER_TIMEOUT_MS;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not render within ${RENDER_TIMEOUT_MS} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Transitions and entrance animations finished (the pages animate a few things for ~120 ms). */
const settle = (page: Page, ms = 350) => page.waitForTimeout(ms);

// ---- extension pages (the system theme) ------------------------------------------------------------------

async function bothThemes(page: Page, shoot: (theme: Theme) => Promise<void>): Promise<void> {
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    await settle(page, 150);
    await shoot(theme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The invented network, imported through the Data view's file input; the view then shows its report. */
async function seedThroughDataView(ext: ExtensionHarness, language: Language): Promise<Page> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#data');
  await page.setViewportSize({ width: 1280, height: 720 });
  await rendered('workspace-data (before the import)', async () => /^\d/u.test((await page.locator('.data-stats dd').first().textContent()) ?? ''));
  const file = join(staging, 'vinculo-example.json');
  writeFileSync(file, JSON.stringify(exampleBackup(language), null, 2));
  await page.locator('input[type="file"]').setInputFiles(file);
  await rendered('the import of the example data', async () => (await page.locator('.data-report').count()) > 0 && (await page.locator('.data-stats dd').first().textContent()) !== '0');
  rmSync(file);
  // The worker counts the follow-ups due (popup, side panel) when told that people changed.
  await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ peopleChangedAt: Date.now() }));
  await rendered('the follow-ups count', async () => {
    const stored = await page.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { items?: unknown[] }>> } } } }).chrome.storage.local.get('followUpsDueNow'));
    return (stored.followUpsDueNow?.items?.length ?? 0) > 0;
  });
  return page;
}

/** What must be on screen before each view is photographed. */
const VIEW_READY: Record<ViewId, string> = {
  overview: '.funnel-row',
  network: '.network-main [role="row"], .network-main tr, .network-main .col-name',
  review: '.review-card',
  followups: '.followup-item',
  import: '.import-file, .import-drop-title',
  data: '.data-report',
  settings: '.health',
};

async function workspaceView(page: Page, view: ViewId, language: Language): Promise<void> {
  if (page.url().split('#')[1] !== view) {
    await page.evaluate((id) => (location.hash = id), view);
  }
  if (view === 'review') {
    // The queue's start card first; the picture is of a contact under review.
    await rendered('workspace-review (start)', async () => (await page.locator('.review-start .primary-button:not([disabled])').count()) > 0);
    await page.locator('.review-start .primary-button').click();
  }
  await rendered(`workspace-${view}`, async () => (await page.locator(VIEW_READY[view]).count()) > 0);
  await page.evaluate(() => scrollTo(0, 0));
  await settle(page);
  // Settings: the whole page, so the health of the readers (below the settings) is in the picture.
  await bothThemes(page, async (theme) => save(`workspace-${view}`, language, theme, await page.screenshot({ fullPage: view === 'settings' })));
}

/** The Import view with the report of a small Connections.csv (run last: it adds people to the network). */
async function importReport(page: Page, language: Language): Promise<void> {
  await page.evaluate(() => (location.hash = 'import'));
  await rendered('workspace-import (drop zone)', async () => (await page.locator('.import-file-input, input[type="file"]').count()) > 0);
  const file = join(staging, 'Connections.csv');
  writeFileSync(file, exampleConnectionsCsv());
  await page.locator('input[type="file"]').setInputFiles(file);
  await rendered('workspace-import (report)', async () => (await page.locator('.import-file').count()) > 0);
  rmSync(file);
  await workspaceView(page, 'import', language);
}

// ---- LinkedIn pages (LinkedIn's theme) -------------------------------------------------------------------

/** Opens `url` with the fixture dressed in `theme`, once the content script runs in it. */
async function linkedinPage(ext: ExtensionHarness, url: string, fixture: string, theme: Theme, width = 1000, height = 800): Promise<Page> {
  const html = dressAsLinkedIn(readFileSync(resolve(REPO_ROOT, fixture), 'utf8'), theme);
  const page = await openLinkedInPage(ext, url, html);
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: theme });
  await waitForContentScript(page, ext.extensionId);
  return page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const union = (boxes: Box[]): Box => {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

/**
 * Where our injected UI is drawn: for each <vinculo-ui> host (closed shadow roots, reached through the DevTools
 * protocol as test/e2e/shadow.ts does), the box around everything visible in it, in page coordinates.
 */
async function injectedBoxes(page: Page): Promise<Box[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeName: string; backendNodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
    const hosts: Node[] = [];
    const walk = (node: Node) => {
      if (node.nodeName === 'VINCULO-UI') hosts.push(node);
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child);
    };
    walk(root);
    const boxes: Box[] = [];
    for (const host of hosts) {
      for (const shadow of host.shadowRoots ?? []) {
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        const { result } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId!,
          returnByValue: true,
          functionDeclaration: `function () {
            const rects = [...this.querySelectorAll('*')].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
            if (!rects.length) return null;
            const x = Math.min(...rects.map((r) => r.left)), y = Math.min(...rects.map((r) => r.top));
            return { x: x + scrollX, y: y + scrollY, width: Math.max(...rects.map((r) => r.right)) - x, height: Math.max(...rects.map((r) => r.bottom)) - y };
          }`,
        });
        if (result.value) boxes.push(result.value as Box);
      }
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

const area = (b: Box) => b.width * b.height;

/**
 * A picture of `box` (page coordinates) grown by `pad`, taken through the protocol: Playwright's own screenshot
 * disturbs the page enough to close a hover popover (see test/e2e/threads.e2e.test.ts).
 */
async function capture(page: Page, box: Box, pad = 16): Promise<Buffer> {
  // Only what is in the viewport is painted: a box beyond it would come out black.
  const view = await page.evaluate(() => ({ x: scrollX, y: scrollY, width: innerWidth, height: innerHeight }));
  if (box.x < view.x || box.y < view.y || box.x + box.width > view.x + view.width || box.y + box.height > view.y + view.height) {
    throw new Error(`${JSON.stringify(box)} is not all in the viewport ${JSON.stringify(view)}: grow the page's viewport`);
  }
  const x = Math.max(view.x, Math.floor(box.x - pad));
  const y = Math.max(view.y, Math.floor(box.y - pad));
  const clip = { x, y, width: Math.min(view.x + view.width, Math.ceil(box.x + box.width + pad)) - x, height: Math.min(view.y + view.height, Math.ceil(box.y + box.height + pad)) - y, scale: 1 };
  const cdp = await page.context().newCDPSession(page);
  try {
    const { data } = (await cdp.send('Page.captureScreenshot', { format: 'png', clip })) as { data: string };
    return Buffer.from(data, 'base64');
  } finally {
    await cdp.detach();
  }
}

const elementBox = async (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).first().evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });

/** F7: the badge beside a recurring participant, its popover open on hover. */
async function historyPopover(ext: ExtensionHarness, language: Language, theme: Theme): Promise<void> {
  const page = await linkedinPage(ext, THREAD.url, THREAD.file, theme, 900, 700);
  let label = '';
  await rendered(`history-popover badge (${theme})`, async () => {
    label = (await injectedButtonLabels(page)).find((l) => l.includes('Nadia Benali-Ortega')) ?? '';
    return label !== '';
  });
  await page.bringToFront();
  // Open on hover, and still open once its entrance is over (a hover that lands mid-layout may not take).
  const open = () => onInjectedButton<string | null>(page, label, 'function () { return this.getAttribute("aria-expanded"); }').then((v) => v === 'true');
  await rendered(`history-popover (${theme})`, async () => {
    if (!(await open())) {
      await page.mouse.move(5, 5);
      await hoverInjected(page, label);
    }
    await settle(page, 400);
    return open();
  });
  for (let attempt = 1; ; attempt++) {
    const popover = (await injectedBoxes(page)).sort((a, b) => area(b) - area(a))[0]!;
    // The name the badge sits beside, to its left, is part of the picture.
    const png = await capture(page, union([popover, { x: Math.max(0, popover.x - 260), y: popover.y, width: 1, height: 1 }]));
    // Open before and after the picture, so open in it.
    if (await open()) {
      save('history-popover', language, theme, png);
      break;
    }
    if (attempt === 3) throw new Error(`history-popover (${theme}) kept closing`);
    await hoverInjected(page, label);
    await settle(page, 400);
  }
  await page.close();
}

/** The thread page's participants in the side panel (both themes), from one visit. */
async function threadSidePanel(ext: ExtensionHarness, language: Language): Promise<void> {
  const page = await linkedinPage(ext, THREAD.url, THREAD.file, 'light');
  const tabId = await linkedinTabId(ext.serviceWorker, THREAD.url);
  const panel = await openExtensionPage(ext.context, ext.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 400, height: 820 });
  await rendered('sidepanel-thread', async () => (await panel.locator('.participant').count()) >= 3 && (await panel.locator('.participant.recurring').count()) > 0);
  await settle(panel);
  await bothThemes(panel, async (theme) => save('sidepanel-thread', language, theme, await panel.screenshot()));
  checkErrors(panel, 'sidepanel-thread');
  await panel.close();
  await page.close();
}

/** Stands in for LinkedIn's messaging code (test/e2e/compose-guard.e2e.test.ts): Send enabled once there is text. */
const MESSAGING_STAND_IN = `<script>
  const form = document.querySelector('form.msg-form');
  const editor = form.querySelector('[contenteditable="true"]');
  const send = form.querySelector('.msg-form__send-button');
  editor.addEventListener('input', () => { send.disabled = !editor.innerText.trim(); });
  send.addEventListener('click', (event) => event.preventDefault());
</script>`;

const PITCH: Record<Language, string> = {
  en: 'Hi Tomás, we help agencies like yours book 3x more demos with our platform. Do you have 15 minutes this week for a quick call? https://calendly.com/sales-team/intro',
  es: 'Hola Tomás, ayudamos a agencias como la tuya a conseguir el triple de clientes con nuestra plataforma. ¿Tienes 15 minutos esta semana para una llamada rápida? https://calendly.com/ventas/demo',
};

/** F6: a pitch typed into the messaging overlay, held at Send with the reasons. */
async function composeGuard(ext: ExtensionHarness, language: Language, theme: Theme): Promise<void> {
  const fixture = readFileSync(resolve(REPO_ROOT, FIXTURES, 'msg_overlay_ember_2023_en_1to1_empty.html'), 'utf8').replace('</body>', `${MESSAGING_STAND_IN}</body>`);
  const html = language === 'es' ? fixture.replace('<html lang="en"', '<html lang="es"') : fixture;
  const page = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/', dressAsLinkedIn(html, theme));
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.emulateMedia({ colorScheme: theme });
  await waitForContentScript(page, ext.extensionId);
  await page.locator('.msg-form__contenteditable').click();
  await page.keyboard.type(PITCH[language]);
  await rendered(`guard mark (${theme})`, async () => (await injectedText(page)).length > 0);
  await page.waitForTimeout(500);
  const before = await injectedText(page);
  await page.click('.msg-form__send-button');
  await rendered(`guard (${theme})`, async () => (await injectedText(page)).length > before.length + 40);
  await settle(page, 400);
  const panel = (await injectedBoxes(page)).sort((a, b) => area(b) - area(a))[0]!;
  // The conversation it sits in, under it.
  const bubble = await elementBox(page, '.msg-overlay-conversation-bubble').catch(() => panel);
  save('guard', language, theme, await capture(page, union([panel, bubble])));
  checkErrors(page, 'guard');
  await page.close();
}

/** LinkedIn's invitation buttons do nothing here (test/e2e/connect-nudge.e2e.test.ts records them; we only look). */
const NUDGE: Record<Language, { url: string; file: string }> = {
  en: { url: 'https://www.linkedin.com/in/noor-haddad-pereira-3f9a12/', file: `${FIXTURES}/invite_ember_2026_en_step1.html` },
  es: { url: 'https://www.linkedin.com/in/itziar-goikoetxea-ruiz/', file: `${FIXTURES}/invite_ember_2026_es_step1.html` },
};

/** F5: the nudge in LinkedIn's invitation dialog, before a request goes without a note. */
async function connectNudge(ext: ExtensionHarness, language: Language, theme: Theme): Promise<void> {
  const { url, file } = NUDGE[language];
  const page = await linkedinPage(ext, url, file, theme, 900, 900);
  await rendered(`connect-nudge (${theme})`, async () => (await injectedText(page)).length > 40);
  await settle(page, 400);
  const nudge = (await injectedBoxes(page)).sort((a, b) => area(b) - area(a))[0]!;
  const dialog = await elementBox(page, '[role="dialog"]').catch(() => nudge);
  save('connect-nudge', language, theme, await capture(page, union([nudge, dialog])));
  checkErrors(page, 'connect-nudge');
  await page.close();
}

// ---- the run ---------------------------------------------------------------------------------------------

function checkErrors(page: Page, surface: string): void {
  const errors = extensionErrors(page);
  if (errors.length > 0) throw new Error(`${surface}: the extension reported errors:\n  ${errors.join('\n  ')}`);
}

const PROFILE_FIXTURE: Record<Language, string> = { en: `${FIXTURES}/profile_sdui_2026_en.html`, es: `${FIXTURES}/profile_sdui_2026_es.html` };

async function languageSet(language: Language): Promise<void> {
  const ext = await launchExtension({ locale: language });
  try {
    const seeded = await seedThroughDataView(ext, language);
    await workspaceView(seeded, 'data', language);
    await seeded.close();

    // The profile: the side panel and the popup follow its tab.
    const profile = await linkedinPage(ext, LUCIA.url, PROFILE_FIXTURE[language], 'light');
    const tabId = await linkedinTabId(ext.serviceWorker, LUCIA.url);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await rendered('sidepanel', async () => ((await panel.getByRole('heading', { level: 1 }).first().textContent()) ?? '').includes('Lucía') && (await panel.locator('.notes textarea, .notes li, .notes').count()) > 0);
    await settle(panel);
    await bothThemes(panel, async (theme) => save('sidepanel', language, theme, await panel.screenshot()));
    checkErrors(panel, 'sidepanel');
    await panel.close();

    const popup = await openExtensionPage(ext.context, ext.extensionId, `src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 600 });
    await rendered('popup', async () => ((await popup.locator('.contact-name').textContent()) ?? '').includes('Lucía'));
    await settle(popup);
    await bothThemes(popup, async (theme) => save('popup', language, theme, await popup.locator('main.popup').screenshot()));
    checkErrors(popup, 'popup');
    await popup.close();
    await profile.close();

    await threadSidePanel(ext, language);
    for (const theme of THEMES) {
      await historyPopover(ext, language, theme);
      await composeGuard(ext, language, theme);
      await connectNudge(ext, language, theme);
    }

    // A fresh page: one left open while others come and go loses Playwright's locale emulation (its Intl and
    // i18n.getUILanguage() fall back to the machine's en-US) and would write dates in English.
    const workspace = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#overview');
    await workspace.setViewportSize({ width: 1280, height: 720 });
    for (const view of VIEW_IDS.filter((id) => id !== 'data' && id !== 'import')) await workspaceView(workspace, view, language);
    await importReport(workspace, language);
    checkErrors(workspace, 'workspace');
  } finally {
    await ext.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  try {
    for (const language of LANGUAGES) await languageSet(language);
    const expected = SURFACES.flatMap((surface) => LANGUAGES.flatMap((language) => THEMES.map((theme) => `${surface}-${language}-${theme}.png`)));
    const missing = expected.filter((name) => !written.has(name));
    if (missing.length > 0) throw new Error(`Not made: ${missing.join(', ')}`);
    mkdirSync(DOCS, { recursive: true });
    for (const name of expected) copyFileSync(join(staging, name), join(DOCS, name));
  } catch (error) {
    console.error(`The pictures made so far are in ${staging}`);
    throw error;
  }
  rmSync(staging, { recursive: true, force: true });
  const lines = [...written].sort(([a], [b]) => a.localeCompare(b)).map(([name, bytes]) => `  ${name.padEnd(42)} ${(bytes / 1024).toFixed(0).padStart(4)} KB${bytes > SIZE_WARNING ? '  (over 120 KB)' : ''}`);
  const total = [...written.values()].reduce((sum, bytes) => sum + bytes, 0);
  console.log(`${written.size} pictures in docs/, ${(total / 1024).toFixed(0)} KB in all, in ${((Date.now() - started) / 1000).toFixed(0)} s:\n${lines.join('\n')}`);
  for (const name of written.keys()) if (statSync(join(DOCS, name)).size === 0) throw new Error(`${name} is empty`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
