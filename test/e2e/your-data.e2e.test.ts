import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoExternalRequests, launchExtension, openExtensionPage, pageErrors, readDatabase, screenshot, type ExtensionHarness } from './harness';

/*
 * F10 in real Chromium: export everything through the button, import the file into a fresh profile through the
 * view's file input, and compare the two databases record by record; a malformed file changes nothing; the
 * scheduled backup writes its file from the service worker.
 */

const STORES = ['contacts', 'notes', 'interactions', 'threads', 'sightings', 'settings'] as const;
type Store = (typeof STORES)[number] | 'activity';

const T = Date.UTC(2026, 10, 20, 12);
const THREAD = 'urn:li:activity:7270000000000000001';
const longNote = `Contexto largo 📚 — שלום — مرحبا — ${'una nota larga '.repeat(6000)}`;

/** A small network with the nasty cases: emoji, right-to-left text, a long note, optional fields present and absent. */
const SEED = {
  contacts: [
    {
      id: 'lucía-fernández-ortega-4b7e21',
      memberId: 'ACoAABcdEf_12',
      profile: { name: 'Lucía Fernández Ortega 👩‍🔬', headline: 'Research ops · مرحبا', company: 'Hospital Universitario', position: 'Head of Research', location: 'Madrid', degree: '1st' },
      profileSeenAt: T - 5000,
      connectedAt: T - 30 * 86_400_000,
      stage: 'relationship',
      tags: ['peer', 'Madrid'],
      cadenceDays: 45,
      remindOn: '2026-12-01',
      reviewedAt: T - 100,
      createdAt: T - 60 * 86_400_000,
      updatedAt: T - 100,
    },
    { id: 'kwame-asante', profile: {}, stage: 'contact', tags: [], createdAt: T - 10, updatedAt: T - 10 },
    { id: 'jose-perez', profile: { name: '=José "Pepe" Pérez, Jr.' }, stage: 'conversation', tags: ['ex-colleague'], createdAt: T - 20, updatedAt: T - 20 },
  ],
  notes: [
    { id: '0b7c0f3e-8a1d-4d5e-9f60-111111111111', contactId: 'lucía-fernández-ortega-4b7e21', text: longNote, createdAt: T - 500, updatedAt: T - 400 },
    { id: '0b7c0f3e-8a1d-4d5e-9f60-222222222222', contactId: 'jose-perez', text: 'Café el jueves ☕\nשלום', createdAt: T - 300, updatedAt: T - 300 },
  ],
  interactions: [
    { id: '7d1e2f3a-4b5c-4d6e-8f70-111111111111', contactId: 'lucía-fernández-ortega-4b7e21', kind: 'message', day: '2026-11-18', text: 'Hola Lucía 👋', direction: 'out', createdAt: T - 900, updatedAt: T - 900, fingerprint: 'AAECAwQ=', bands: ['b0:abc'] },
    { id: '7d1e2f3a-4b5c-4d6e-8f70-222222222222', contactId: 'lucía-fernández-ortega-4b7e21', kind: 'message', day: '2026-11-19', text: '¡Claro!', direction: 'in', createdAt: T - 800, updatedAt: T - 800 },
    { id: '7d1e2f3a-4b5c-4d6e-8f70-333333333333', contactId: 'jose-perez', kind: 'in_person', day: '2026-11-20', text: '', createdAt: T - 700, updatedAt: T - 700 },
  ],
  threads: [{ id: THREAD, url: `https://www.linkedin.com/feed/update/${THREAD}/`, title: 'Research ops 🧪', participants: 1, firstSeenAt: T - 50, lastSeenAt: T - 40 }],
  sightings: [{ id: `${THREAD}|kwame-asante`, threadId: THREAD, keys: ['kwame-asante'], name: 'Kwame', slug: 'kwame-asante', author: false, comments: 2, excerpt: 'Good point', firstSeenAt: T - 50, lastSeenAt: T - 40 }],
  settings: [{ key: 'settings', value: { language: 'en', sentMessageText: 'full', guard: { hold: true, newConnectionDays: 14, massMinRecipients: 3, massSimilarity: 0.8, massWindowDays: 14 }, recurringMinThreads: 3, tagCadences: { peer: 60 }, stageCadences: { conversation: 21, relationship: 90, collaboration: 30 }, notifyDue: false, backupEvery: 'off', me: { slug: 'me-myself' } } }],
};

let harnesses: ExtensionHarness[] = [];
afterEach(async () => {
  await Promise.all(harnesses.map((h) => h.close()));
  harnesses = [];
});
async function launch(options?: Parameters<typeof launchExtension>[0]): Promise<ExtensionHarness> {
  const ext = await launchExtension(options);
  harnesses.push(ext);
  return ext;
}

/** The view, once its first query ran (so Dexie has created the database). */
async function openDataView(ext: ExtensionHarness): Promise<Page> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#data');
  await expect.poll(() => page.locator('.data-stats dd').first().textContent()).toMatch(/^\d/);
  return page;
}

/** Every record of a store, in key order, straight from IndexedDB. */
const readAll = (page: Page, store: Store) => readDatabase<unknown[]>(page, store);

async function readEverything(page: Page) {
  const all = Object.fromEntries(await Promise.all(STORES.map(async (store) => [store, await readAll(page, store)] as const)));
  // The settings row, not the database's own bookkeeping (when the worker filled the activity table).
  all.settings = all.settings!.filter((row) => (row as { key: string }).key === 'settings');
  return all;
}

/** Writes records straight into the extension's IndexedDB from one of its pages. */
async function writeStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(
    (stores) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('vinculo');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(Object.keys(stores), 'readwrite');
          for (const [store, records] of Object.entries(stores)) for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    stores,
  );
}

/** Clicks `button` and saves the file it downloads; returns the path and the name the page gave it. */
async function download(page: Page, button: string): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(tmpdir(), `vinculo-data-e2e-${crypto.randomUUID()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

describe('Your data (F10) in Chromium', () => {
  it('exports everything, imports it into a fresh profile through the file input, and the databases match', async () => {
    const source = await launch();
    let page = await openDataView(source);
    await writeStores(page, SEED);
    // Written behind Dexie's back: reload so the view counts them.
    await page.reload();
    await expect.poll(() => page.locator('.data-stats dd').allTextContents()).toEqual(['3', '2', '3', expect.stringMatching(/\d/)]);
    await expect.poll(() => page.locator('.data-persist').textContent()).toContain('will not clear this data');

    const exported = await download(page, 'Export everything (JSON)');
    expect(exported.name).toMatch(/^vinculo-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Downloaded' }).textContent()).toBe(`Downloaded ${exported.name}.`);
    const file = JSON.parse(readFileSync(exported.path, 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'vinculo-export', version: 1, contacts: expect.any(Array) });
    expect(Object.keys(file).sort()).toEqual(['contacts', 'exportedAt', 'format', 'interactions', 'notes', 'settings', 'sightings', 'threads', 'version']);

    const csv = await download(page, 'Contacts as CSV');
    expect(csv.name).toMatch(/^vinculo-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync(csv.path, 'utf8');
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText).toContain('Name,Profile URL,Headline,Company,Position,Location,Stage,Tags,Connected on,Last interaction,Next follow-up,Interactions,Notes,Latest note');
    expect(csvText).toContain(`"'=José ""Pepe"" Pérez, Jr.",https://www.linkedin.com/in/jose-perez/`);
    await screenshot(page, 'your-data-en');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'your-data-en-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    const before = await readEverything(page);
    expect(before.contacts).toHaveLength(3);

    // A fresh profile: empty database, the file chosen through the view's own file input.
    const target = await launch();
    page = await openDataView(target);
    await expect.poll(() => page.locator('.data-stats dd').first().textContent()).toBe('0');
    await page.getByLabel('Vínculo export file (.json)').setInputFiles(exported.path);
    await expect.poll(() => page.locator('.data-report').textContent(), { timeout: 15_000 }).toContain(`${exported.name} was imported.`);
    const rows = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent)));
    expect(rows).toEqual([
      ['Contacts', '3', '0', '0'],
      ['Notes', '2', '0', '0'],
      ['Interactions', '3', '0', '0'],
      ['Threads read', '1', '0', '0'],
      ['People seen in threads', '1', '0', '0'],
    ]);
    await expect.poll(() => page.locator('.data-report').textContent()).toContain('Settings were restored from the file.');
    await expect.poll(() => page.locator('.data-stats dd').allTextContents()).toEqual(['3', '2', '3', expect.stringMatching(/\d/)]);
    await screenshot(page, 'your-data-imported-en');

    const after = await readEverything(page);
    for (const store of STORES) expect(after[store], store).toEqual(before[store]);
    expect((after.notes as { text: string }[]).find((n) => n.text.startsWith('Contexto'))?.text).toBe(longNote);
    // Activity is not in the file: it was rebuilt from the imported interactions.
    expect(await readAll(page, 'activity')).toEqual([
      expect.objectContaining({ contactId: 'jose-perez', count: 1, lastDay: '2026-11-20', metDay: '2026-11-20' }),
      expect.objectContaining({ contactId: 'lucía-fernández-ortega-4b7e21', count: 2, lastDay: '2026-11-19', firstWritten: expect.objectContaining({ from: 'me' }), exchangeDay: '2026-11-19' }),
    ]);

    // The same file again merges into what is there: nothing added, nothing duplicated.
    await page.getByLabel('Vínculo export file (.json)').setInputFiles(exported.path);
    await expect.poll(() => page.locator('.data-table tbody tr').first().textContent()).toBe('Contacts003');
    expect(await readEverything(page)).toEqual(after);
    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(source);
    assertNoExternalRequests(target);
  });

  it('refuses a malformed file, says where the trouble is, and writes nothing', async () => {
    const ext = await launch();
    const page = await openDataView(ext);
    await writeStores(page, { contacts: [SEED.contacts[1]!] });
    const before = await readEverything(page);

    const bad = {
      format: 'vinculo-export',
      version: 1,
      exportedAt: new Date(T).toISOString(),
      contacts: [SEED.contacts[0], { ...SEED.contacts[2], id: 'has a space' }],
      notes: SEED.notes,
      interactions: SEED.interactions,
      threads: [],
      sightings: [],
      settings: {},
    };
    const path = join(tmpdir(), `vinculo-data-e2e-${crypto.randomUUID()}-bad.json`);
    writeFileSync(path, JSON.stringify(bad));
    await page.getByLabel('Vínculo export file (.json)').setInputFiles(path);
    const alert = page.locator('.data-refusal');
    await expect.poll(() => alert.textContent()).toContain('was not imported. Nothing was changed.');
    await expect.poll(() => alert.locator('code').allTextContents()).toEqual(['contacts[1].id']);
    await screenshot(page, 'your-data-refused-en');
    expect(await readEverything(page)).toEqual(before);

    writeFileSync(path, '{"format": "vinculo-export", "contacts": [');
    await page.getByLabel('Vínculo export file (.json)').setInputFiles(path);
    await expect.poll(() => alert.textContent()).toContain('It is not a JSON file, or it is damaged');
    expect(await readEverything(page)).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
  });

  it('the scheduled backup writes the export from the service worker, and turning it off drops the alarm and the permission', async () => {
    // The permission prompt is browser UI that headless Chromium cannot click: the profile is given the
    // "downloads" permission the way Chromium records a grant (its Preferences), then relaunched.
    const first = await launch();
    const { userDataDir, extensionId } = first;
    await first.close({ keepProfile: true });
    harnesses = [];
    const preferencesPath = join(userDataDir, 'Default', 'Preferences');
    const preferences = JSON.parse(readFileSync(preferencesPath, 'utf8')) as { extensions: { settings: Record<string, Record<string, { api: string[] }>> } };
    for (const key of ['active_permissions', 'granted_permissions']) preferences.extensions.settings[extensionId]![key]!.api.push('downloads');
    writeFileSync(preferencesPath, JSON.stringify(preferences));

    const ext = await launch({ userDataDir });
    const page = await openDataView(ext);
    await writeStores(page, { contacts: SEED.contacts, notes: SEED.notes });
    await page.reload();
    await expect.poll(() => page.locator('.data-backup-status').textContent()).toBe('No automatic backup yet.');

    await page.getByLabel('Back up automatically').selectOption('daily');
    const status = page.locator('.data-backup-status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Last backup: (now|\d+ seconds? ago) · vinculo\/backup-\d{4}-\d{2}-\d{2}\.json$/);
    await screenshot(page, 'your-data-backup-en');

    interface ChromeApis {
      chrome: {
        downloads: { search(query: object): Promise<{ filename: string; state: string; mime: string }[]> };
        alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> };
        permissions: { contains(p: object): Promise<boolean> };
      };
    }
    const worker = ext.serviceWorker;
    const downloads = await worker.evaluate(() => (globalThis as unknown as ChromeApis).chrome.downloads.search({}));
    expect(downloads).toEqual([expect.objectContaining({ state: 'complete', mime: 'application/json' })]);
    const written = JSON.parse(readFileSync(downloads[0]!.filename, 'utf8')) as { format: string; contacts: unknown[]; notes: { text: string }[] };
    expect(written.format).toBe('vinculo-export');
    expect(written.contacts).toEqual(await readAll(page, 'contacts'));
    expect(written.notes.map((n) => n.text)).toContain(longNote);
    expect(await worker.evaluate(() => (globalThis as unknown as ChromeApis).chrome.alarms.get('vinculo-backup'))).toMatchObject({ periodInMinutes: 60 });

    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => worker.evaluate(() => (globalThis as unknown as ChromeApis).chrome.downloads.search({ state: 'complete' })).then((d) => d.length), { timeout: 15_000 }).toBe(2);

    await page.getByLabel('Back up automatically').selectOption('off');
    await expect.poll(() => worker.evaluate(() => (globalThis as unknown as ChromeApis).chrome.alarms.get('vinculo-backup'))).toBeUndefined();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as ChromeApis).chrome.permissions.contains({ permissions: ['downloads'] }))).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Back up now' }).count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  });
});
