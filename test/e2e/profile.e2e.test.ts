import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  assertNoExternalRequests,
  extensionErrors,
  launchExtension,
  linkedinTabId,
  openExtensionPage,
  openLinkedInPage,
  pageErrors,
  readDatabase,
  REPO_ROOT,
  screenshot,
  spaNavigate,
  storedContact,
  waitForContentScript,
  type ExtensionHarness,
} from './harness';

const SHARED = resolve(REPO_ROOT, '../shared/fixtures/linkedin');
const REAL_PROFILE = resolve(SHARED, 'profile_2026-05_sdui_1st-degree_full.html');
const OWN = 'test/fixtures/linkedin';
const LUCIA = { url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/', file: `${OWN}/profile_sdui_2026_en.html`, name: 'Lucía Fernández Ortega' };
const KWAME = { url: 'https://www.linkedin.com/in/kwame-asante-lindqvist/', file: `${OWN}/profile_sdui_2026_en_2nd-degree.html`, name: 'Kwame Asante-Lindqvist' };

/** The extension API as an extension page sees it (what these tests use of it). */
interface ExtensionGlobals {
  chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } } };
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Opens a LinkedIn page as the user would and the side panel pinned to its tab. */
async function visit(harness: ExtensionHarness, url: string, file: string) {
  const page = await openLinkedInPage(harness, url, file);
  const contentScript = await waitForContentScript(page, harness.extensionId);
  const tabId = await linkedinTabId(harness.serviceWorker, url);
  const panel = await openExtensionPage(harness.context, harness.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
  return { page, panel, tabId, contentScript };
}

describe('profile reader and side panel in Chromium', () => {
  it.skipIf(!existsSync(REAL_PROFILE))('reads the real 2026 LinkedIn profile page and stores the contact', async () => {
    ext = await launchExtension();
    const url = 'https://www.linkedin.com/in/shiva-singh-genai-llm/';
    const { page, panel } = await visit(ext, url, REAL_PROFILE);
    await expect.poll(() => storedContact(panel, 'shiva-singh-genai-llm'), { timeout: 10_000 }).toMatchObject({
      id: 'shiva-singh-genai-llm',
      memberId: 'ACoAACdYnukB_Rgm7qVvte0xhLy9SZGEbuvKMd0',
      stage: 'contact',
      profile: { name: 'Shiva Singh', headline: 'AI/SDE at Merai Newage Limited (Meril)', location: 'Kanpur, Uttar Pradesh, India', degree: '1st' },
    });
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain('Shiva Singh');
    await expect.poll(() => panel.locator('.headline').textContent()).toBe('AI/SDE at Merai Newage Limited (Meril)');
    // Only errors of our own: the saved page's CSP meta tag blocks LinkedIn's own (absent) scripts.
    expect(extensionErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it('keeps notes, stage, tags and interactions, follows in-page navigation, and survives a browser restart', async () => {
    ext = await launchExtension();
    const { page, panel, tabId } = await visit(ext, LUCIA.url, LUCIA.file);
    // The size of Chrome's side panel.
    await panel.setViewportSize({ width: 400, height: 900 });
    const heading = panel.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toContain(LUCIA.name);

    // A private note, autosaved as typed.
    const shortNote = 'Met at the Madrid UX meetup 👋 She runs research ops at the hospital — مرحبا';
    await panel.getByRole('button', { name: 'New note' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill(shortNote);
    await expect.poll(() => panel.locator('.notes').getByRole('status').first().textContent()).toBe('Saved');

    await panel.getByRole('radio', { name: 'Relationship' }).check({ force: true });
    const tagInput = panel.getByRole('textbox', { name: 'Add a tag' });
    await tagInput.fill('peer');
    await tagInput.press('Enter');
    await tagInput.fill('Madrid');
    await tagInput.press('Enter');

    await panel.getByLabel('Kind').selectOption('in_person');
    await panel.getByLabel('Date').fill('2026-11-20');
    await panel.getByLabel('What happened').fill('Coffee after the meetup ☕');
    await panel.getByRole('button', { name: 'Log interaction' }).click();
    await panel.getByLabel('Kind').selectOption('message');
    await panel.getByLabel('Date').fill('2026-11-21');
    await panel.getByLabel('What happened').fill('Sent her the article on research ops');
    await panel.getByRole('button', { name: 'Log interaction' }).click();
    const items = panel.locator('.timeline-item');
    await expect.poll(() => items.allTextContents()).toEqual([expect.stringContaining('research ops'), expect.stringContaining('Coffee after the meetup')]);
    await screenshot(panel, 'sidepanel-contact-en');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'sidepanel-contact-en-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    // A second note of 100,000 characters with emoji and RTL text arrives intact.
    const longNote = `Long context 📚 — שלום — ${'long note '.repeat(10_000)}`;
    await panel.getByRole('button', { name: 'New note' }).click();
    // The new note opens on top, focused.
    await expect.poll(() => panel.getByRole('textbox', { name: 'Note' }).count()).toBe(2);
    await expect.poll(() => panel.locator('textarea:focus').inputValue()).toBe('');
    await panel.locator('textarea:focus').fill(longNote);
    await expect.poll(() => panel.locator('.notes').getByRole('status').first().textContent()).toBe('Saved');
    const noteTexts = (p: Page) => p.getByRole('textbox', { name: 'Note' }).evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value).sort());

    // Edit an interaction, then delete it and undo.
    await items.nth(1).getByRole('button', { name: 'Edit' }).click();
    await items.nth(1).getByLabel('What happened').fill('Coffee and churros after the meetup');
    await items.nth(1).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => items.nth(1).textContent()).toContain('Coffee and churros');
    await items.nth(0).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.count()).toBe(2);

    // Reload: everything persisted.
    await panel.reload();
    await expect.poll(() => noteTexts(panel)).toEqual([shortNote, longNote].sort());
    expect(await panel.getByRole('radio', { name: 'Relationship' }).isChecked()).toBe(true);
    expect(await panel.locator('.chip span').allTextContents()).toEqual(['peer', 'Madrid']);
    expect(await items.count()).toBe(2);

    // LinkedIn navigates in-page to another profile: the panel follows.
    await spaNavigate(page, KWAME.url, KWAME.file);
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toContain(KWAME.name);
    await expect.poll(() => storedContact(panel, 'kwame-asante-lindqvist')).toMatchObject({ profile: { name: KWAME.name, degree: '2nd' } });
    expect(await panel.locator('.timeline-item').count()).toBe(0);
    // …and on to the first one again.
    await spaNavigate(page, LUCIA.url, LUCIA.file);
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toContain(LUCIA.name);

    // The popup shows the current contact and takes a quick note, saved as typed.
    const popup = await openExtensionPage(ext.context, ext.extensionId, `src/popup/index.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 360, height: 300 });
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toContain(LUCIA.name);
    expect(await popup.locator('.popup-contact').textContent()).toContain('Relationship · peer, Madrid');
    await popup.getByLabel('Quick note').fill('Ask about her talk in March');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Saved');
    await screenshot(popup, 'popup-en');
    // Another note, and the popup closes the moment the user clicks away: nothing typed is lost.
    await popup.getByRole('button', { name: 'New note' }).click();
    await popup.getByLabel('Quick note').fill('Bring her the research-ops book');
    await popup.close({ runBeforeUnload: true });
    // Saved by the popup as it closes, or, when the browser tore the popup down first, from its draft by the
    // worker about a second later (src/background/index.ts): hence the longer wait.
    await expect.poll(() => noteTexts(panel), { timeout: 5000 }).toEqual([shortNote, longNote, 'Ask about her talk in March', 'Bring her the research-ops book'].sort());
    // …and no draft is left over once the worker has looked (it clears what was saved).
    await expect
      .poll(() => panel.evaluate(async () => Object.keys(await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(null)).filter((k) => k.startsWith('noteDraft:'))), { timeout: 5000 })
      .toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    expect(pageErrors(panel)).toEqual([]);
    assertNoExternalRequests(ext);

    // Close the browser and come back: everything is still there.
    const { userDataDir } = ext;
    await ext.close({ keepProfile: true });
    ext = await launchExtension({ userDataDir });
    const again = await visit(ext, LUCIA.url, LUCIA.file);
    await expect.poll(() => noteTexts(again.panel), { timeout: 10_000 }).toEqual([shortNote, longNote, 'Ask about her talk in March', 'Bring her the research-ops book'].sort());
    expect(await again.panel.getByRole('radio', { name: 'Relationship' }).isChecked()).toBe(true);
    expect(await again.panel.locator('.timeline-item').count()).toBe(2);
  });

  it('a quick note the popup could not save before closing is saved by the worker from its draft', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    // What a popup torn down mid-save leaves behind: its write-ahead draft, and no note.
    const id = '3f2b8c1e-9d4a-4c7b-8e2f-1a2b3c4d5e6f';
    await page.evaluate((draft) => (globalThis as unknown as ExtensionGlobals).chrome.storage.local.set({ [`noteDraft:${draft.id}`]: draft }), { id, contactId: 'lucia-draft', text: 'Call her back about the talk 📞', at: Date.now() });
    await expect.poll(() => readDatabase<{ text: string } | undefined>(page, 'notes', { key: id }).then((n) => n?.text), { timeout: 5000 }).toBe('Call her back about the talk 📞');
    await expect.poll(() => page.evaluate(async () => Object.keys(await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get(null)).filter((k) => k.startsWith('noteDraft:')))).toEqual([]);
    expect(await storedContact(page, 'lucia-draft')).toMatchObject({ id: 'lucia-draft' });
  });

  it('a page where nothing can be read: no error in the page, the panel says what is missing, health records it', async () => {
    ext = await launchExtension();
    const url = 'https://www.linkedin.com/in/someone-signed-out/';
    const { page, panel, contentScript } = await visit(ext, url, `${OWN}/authwall_2026_en.html`);

    // Malformed and oversized messages from the content script's own world are refused by the worker, clearly.
    const send = (message: string) => contentScript.evaluate<{ ok: boolean; error?: string }>(`chrome.runtime.sendMessage(${message})`);
    expect(await send(`{ type: 'profile.read', payload: { snapshot: { slug: 'a b' } } }`)).toMatchObject({ ok: false, error: expect.stringMatching(/^rejected: invalid profile\.read \(snapshot\.slug: a slug has no spaces/) });
    expect(await send(`{ type: 'contacts.deleteAll' }`)).toMatchObject({ ok: false, error: expect.stringMatching(/^rejected: not a known message/) });
    expect(await send(`{ type: 'page.visited', payload: { url: 'https://www.linkedin.com/' + 'x'.repeat(70000), route: 'other' } }`)).toMatchObject({ ok: false, error: expect.stringMatching(/exceeds 65536/) });

    await expect.poll(() => panel.getByRole('note').textContent(), { timeout: 15_000 }).toContain('Could not read from this page: name, headline.');
    // The user can still keep notes about this person.
    expect(await panel.getByRole('button', { name: 'New note' }).count()).toBe(1);
    expect(await storedContact(panel, 'someone-signed-out')).toBeUndefined();
    await panel.setViewportSize({ width: 400, height: 700 });
    await screenshot(panel, 'sidepanel-unreadable-en');

    // A readable profile too, so health shows both a healthy and a degraded row.
    await visit(ext, LUCIA.url, LUCIA.file);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    const rows = options.locator('table.health tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(2);
    const unrecognised = options.locator('tr', { has: options.getByText('unrecognised', { exact: true }) });
    expect(await unrecognised.textContent()).toContain('name: not found on 1 of the last 1 pages');
    const healthy = options.locator('tr', { has: options.getByText('profile-sdui-2026', { exact: true }) });
    expect(await healthy.textContent()).toContain('about: not shown on 1 of the last 1 pages (often legitimately absent)');
    await screenshot(options, 'options-health-en');
    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it('speaks Spanish when the browser does', async () => {
    ext = await launchExtension({ locale: 'es' });
    const { panel } = await visit(ext, LUCIA.url, `${OWN}/profile_sdui_2026_es.html`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent()).toContain(LUCIA.name);
    expect(await panel.getByRole('button', { name: 'Nueva nota' }).count()).toBe(1);
    expect(await panel.getByRole('radio', { name: 'En conversación' }).count()).toBe(1);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('es');
    await screenshot(panel, 'sidepanel-contact-es');
    assertNoExternalRequests(ext);
  });
});
