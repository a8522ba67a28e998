import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox, FIREFOX_DIST, launchFirefox, type FirefoxHarness } from './firefox-harness';
import { REPO_ROOT, SCREENSHOTS_DIR } from './harness';

/*
 * The Firefox build in a real Firefox (Debian's firefox-esr, 140 and 153 seen, headless, over WebDriver BiDi): the same code as
 * the Chromium build, so this checks what differs: that Firefox accepts the manifest (background.scripts as a
 * module, sidebar_action), that its extension origin keeps IndexedDB, that the content script runs and reaches
 * the background, and that the popup opens Firefox's sidebar. The rest is covered in Chromium.
 */
const FIREFOX = findFirefox();
const BUILT = existsSync(join(FIREFOX_DIST, 'manifest.json'));
if (!FIREFOX) console.warn('firefox.e2e: skipped, no Firefox here (apt-get install -y firefox-esr, or set FIREFOX_PATH).');
else if (!BUILT) console.warn(`firefox.e2e: skipped, ${FIREFOX_DIST} is not built (npm run build).`);

const LUCIA = {
  url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/',
  file: 'test/fixtures/linkedin/profile_sdui_2026_en.html',
  id: 'lucía-fernández-ortega-4b7e21',
  name: 'Lucía Fernández Ortega',
};

const message = (locale: 'en' | 'es', key: string) =>
  (JSON.parse(readFileSync(join(REPO_ROOT, `public/_locales/${locale}/messages.json`), 'utf8')) as Record<string, { message: string }>)[key]!.message;

/** One record of our IndexedDB, read from an extension page (the database lives in the extension's origin). */
const storedRecord = (store: string, key: string) => `new Promise((done, fail) => {
  const open = indexedDB.open('vinculo');
  open.onerror = () => fail(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).get(${JSON.stringify(key)});
    request.onsuccess = () => { done(request.result ?? null); open.result.close(); };
    request.onerror = () => fail(request.error);
  };
})`;

describe.skipIf(!FIREFOX || !BUILT)('the Firefox build in Firefox', () => {
  let ff: FirefoxHarness;
  /** An extension page kept open to ask the extension's APIs and database. */
  let workspace: string;
  let linkedinTab: number;

  const shoot = async (tab: string, name: string) => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(join(SCREENSHOTS_DIR, `${name}.png`), await ff.screenshot(tab));
  };

  beforeAll(async () => {
    ff = await launchFirefox();
    ff.servePage(LUCIA.url, LUCIA.file);
  }, 30_000);

  afterAll(async () => {
    await ff?.close();
  });

  it('installs as a temporary add-on (ESR needs no signature for it) under its gecko id', () => {
    expect(ff.firefoxVersion).toMatch(/^1[4-9]\d\./);
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
    expect(ff.addonId).toBe(manifest.browser_specific_settings.gecko.id);
  });

  it('opens the workspace, and its background script answers messages', async () => {
    workspace = await ff.open(ff.extensionUrl('src/options/index.html'));
    await expect.poll(() => ff.evaluate(workspace, `document.querySelectorAll('.workspace-nav a').length`)).toBe(7);
    expect(await ff.evaluate(workspace, `document.querySelector('h1').textContent`)).toBe(message('en', 'view_overview'));
    // The background (background.scripts, a module) is up and judging senders: an extension page is not a content script.
    const reply = await ff.evaluate<{ ok: boolean; error: string }>(workspace, `browser.runtime.sendMessage({ type: 'page.visited', payload: {} })`);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^rejected: sender is not a content script/) });
    // Firefox (127+) grants a Manifest V3 add-on's declared host permissions at install; the user may withdraw them.
    expect(await ff.evaluate(workspace, `browser.permissions.contains({ origins: ['https://www.linkedin.com/*'] })`)).toBe(true);
    await shoot(workspace, 'firefox-workspace');
  });

  it('runs the content script on a profile served as www.linkedin.com: the contact is stored and the side panel page shows it', async () => {
    await ff.open(LUCIA.url);
    await expect
      .poll(() => ff.evaluate<{ profile: { name: string } } | null>(workspace, storedRecord('contacts', LUCIA.id)), { timeout: 10_000 })
      .toMatchObject({ id: LUCIA.id, profile: { name: LUCIA.name } });
    const tabs = await ff.evaluate<{ id: number; url?: string }[]>(workspace, `browser.tabs.query({ url: 'https://www.linkedin.com/*' })`);
    expect(tabs.map((tab) => tab.url)).toEqual([LUCIA.url]);
    linkedinTab = tabs[0]!.id;
    // The side panel page as a tab pinned to the LinkedIn tab (Firefox's sidebar itself is not a BiDi context).
    const panel = await ff.open(ff.extensionUrl(`src/sidepanel/index.html?tab=${linkedinTab}`));
    await expect.poll(() => ff.evaluate(panel, `document.querySelector('h1')?.textContent`)).toContain(LUCIA.name);
    await shoot(panel, 'firefox-sidepanel');
  });

  it("opens Firefox's sidebar from the popup's button (a real click, the user's gesture)", async () => {
    const isOpen = () => ff.evaluate(workspace, `browser.sidebarAction.isOpen({})`);
    // Firefox opens an add-on's sidebar when it is installed; without a user's gesture it can be neither closed nor opened…
    expect(await isOpen()).toBe(true);
    const refused = `browser.sidebarAction.close().then(() => 'closed', (error) => error.message)`;
    expect(await ff.evaluate(workspace, refused)).toMatch(/user input handler/);
    // …so the test closes it with a click of its own on a button it adds to the workspace.
    await ff.navigate(workspace, ff.extensionUrl('src/options/index.html'));
    await ff.evaluate(workspace, `(() => {
      const button = document.body.appendChild(Object.assign(document.createElement('button'), { id: 'test-close-sidebar', textContent: 'close' }));
      Object.assign(button.style, { position: 'fixed', top: '0', left: '0', zIndex: '9' });
      button.addEventListener('click', () => void browser.sidebarAction.close());
    })()`);
    await ff.click(workspace, '#test-close-sidebar');
    await expect.poll(isOpen).toBe(false);

    const popup = await ff.open(ff.extensionUrl(`src/popup/index.html?tab=${linkedinTab}`));
    await expect.poll(() => ff.evaluate(popup, `document.querySelector('h1')?.textContent`)).toBe(LUCIA.name);
    expect(await ff.evaluate(popup, `document.querySelector('button.primary-button')?.textContent`)).toBe(message('en', 'openSidePanel'));
    await shoot(popup, 'firefox-popup');
    await ff.click(popup, 'button.primary-button');
    await expect.poll(isOpen).toBe(true);
  });

  it('saves a setting to IndexedDB, applies it at once and keeps it across a reload', async () => {
    await ff.navigate(workspace, ff.extensionUrl('src/options/index.html#settings'));
    await expect.poll(() => ff.evaluate(workspace, `document.querySelector('h1').textContent`)).toBe(message('en', 'view_settings'));
    await ff.evaluate(workspace, `(() => { const select = document.querySelector('select'); select.value = 'es'; select.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await expect.poll(() => ff.evaluate(workspace, `document.querySelector('h1').textContent`)).toBe(message('es', 'view_settings'));
    await ff.reload(workspace);
    await expect.poll(() => ff.evaluate(workspace, `document.querySelector('h1')?.textContent`)).toBe(message('es', 'view_settings'));
    expect(await ff.evaluate(workspace, storedRecord('settings', 'settings'))).toMatchObject({ value: { language: 'es' } });
    await shoot(workspace, 'firefox-settings-es');
  });

  it('logged no errors and sent nothing to hosts other than LinkedIn', () => {
    expect(ff.errors).toEqual([]);
    expect(ff.externalRequests).toEqual([]);
  });
});
