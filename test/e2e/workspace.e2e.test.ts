import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { summarize } from '../bench/chromium-bench';
import { assertNoExternalRequests, launchExtension, openExtensionPage, pageErrors, readDatabase, screenshot, type ExtensionHarness } from './harness';

/*
 * Issue #5, the workspace (F8) in real Chromium: 30,000 contacts stored, the overview's funnel, the network list
 * (first paint, filter speed, bulk tagging) and the review queue walked by keyboard.
 */

const FIRST_PAINT_TARGET_MS = 300;
const FILTER_TARGET_MS = 50;

const STAGES = ['contact', 'conversation', 'relationship', 'collaboration'] as const;
const FIRST = ['Lucía', 'Kwame', 'Ana', 'José', 'Mei', 'Olu', 'Søren', 'Fatima', 'Diego', 'Ines'];
const LAST = ['Fernández', 'Asante', 'García', 'Núñez', 'Chen', 'Adeyemi', 'Berg', 'Haddad', 'Ríos', 'Moreau'];
const COMPANIES = ['Acme Labs', 'Nube Azul', 'Solaris', 'Estudio Río', 'Kestrel AI'];
const POSITIONS = ['Product designer', 'Ingeniera de datos', 'Engineering manager', 'Recruiter', 'Founder'];
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

interface SeedContact {
  id: string;
  profile: { name: string; company: string; position: string };
  stage: (typeof STAGES)[number];
  tags: string[];
  connectedAt: number;
  createdAt: number;
  updatedAt: number;
}

/** A deterministic network: stages 80/12/6/2 %, tags "Madrid" on every 10th and "mentor" on every 7th. */
function seedNetwork(count: number) {
  const contacts: SeedContact[] = [];
  const activity: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const roll = i % 50;
    const stage = roll < 40 ? 'contact' : roll < 46 ? 'conversation' : roll < 49 ? 'relationship' : 'collaboration';
    const tags = [...(i % 10 === 0 ? ['Madrid'] : []), ...(i % 7 === 0 ? ['mentor'] : [])];
    const connectedAt = NOW - (i % 2500) * DAY;
    contacts.push({
      id: `person-${i}`,
      profile: { name: `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${i}`, company: COMPANIES[i % 5]!, position: POSITIONS[Math.floor(i / 5) % 5]! },
      stage,
      tags,
      connectedAt,
      createdAt: connectedAt,
      updatedAt: connectedAt,
    });
    if (stage !== 'contact') {
      const day = new Date(NOW - (i % 400) * DAY).toISOString().slice(0, 10);
      activity.push({ contactId: `person-${i}`, count: 2, lastDay: day, lastAt: NOW, lastKind: 'message', ...(i % 3 === 0 && { exchangeDay: day }), ...(i % 7 === 0 && { callDay: day }), ...(i % 11 === 0 && { metDay: day }) });
    }
  }
  return { contacts, activity };
}

/** Writes records straight into the extension's IndexedDB from one of its pages (fast: one transaction per store). */
async function writeStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (stores) => {
    for (let attempt = 0; ; attempt++) {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('vinculo');
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      if (!db.objectStoreNames.contains('activity')) {
        db.close();
        if (attempt > 100) throw new Error('the vinculo database was never created');
        await new Promise((done) => setTimeout(done, 100));
        continue;
      }
      for (const [store, rows] of Object.entries(stores)) {
        await new Promise<void>((done, fail) => {
          const tx = db.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });
      }
      db.close();
      return;
    }
  }, stores);
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const statusText = (page: Page) => page.locator('.network-status [role=status]').innerText();

describe('the workspace with 30,000 contacts (issue #5)', () => {
  it('paints fast, draws the funnel from the data, filters within 50 ms and tags in bulk', async () => {
    ext = await launchExtension();
    const { contacts, activity } = seedNetwork(30_000);
    const setup = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await writeStores(setup, { contacts, activity });
    await setup.close();

    // First paint of the workspace, measured by Chromium, over several openings (the first pays for the cold start).
    const paints: number[] = [];
    const ready: number[] = [];
    let overview: Page | undefined;
    for (let run = 0; run < 5; run++) {
      await overview?.close();
      overview = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#overview');
      await overview.locator('.funnel-row').first().waitFor();
      const timing = await overview.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      paints.push(timing.paint);
      ready.push(timing.ready);
    }
    const paint = summarize(paints.slice(1));
    const loaded = summarize(ready.slice(1));
    console.log(
      `[bench] workspace first contentful paint: median ${paint.median.toFixed(0)} ms (runs ${paints.map((p) => p.toFixed(0)).join(', ')}; target ${FIRST_PAINT_TARGET_MS} ms)` +
        `\n[bench] overview with the funnel of 30,000 contacts drawn by: median ${loaded.median.toFixed(0)} ms`,
    );
    if (paint.median > FIRST_PAINT_TARGET_MS) console.log(`TARGET MISSED: workspace first paint median ${paint.median.toFixed(0)} ms > ${FIRST_PAINT_TARGET_MS} ms`);
    expect(paint.median).toBeLessThanOrEqual(FIRST_PAINT_TARGET_MS * 2);

    // The funnel: everyone reached "contact"; each later bar counts that stage and beyond.
    const page = overview!;
    const reached = STAGES.map((_, i) => contacts.filter((c) => STAGES.indexOf(c.stage) >= i).length);
    const shown = await page.locator('.funnel-row .funnel-count strong').allInnerTexts();
    const number = (text: string) => Number(text.replace(/\D/gu, ''));
    expect(shown.slice(0, 4).map(number)).toEqual(reached);
    const milestones = ['exchangeDay', 'callDay', 'metDay'].map((m) => activity.filter((a) => m in a).length);
    expect(shown.slice(4).map(number)).toEqual(milestones);
    await screenshot(page, 'workspace-overview');

    // The network list.
    await page.goto(page.url().replace('#overview', '#network'));
    await page.locator('.network-row:not(.header)').first().waitFor();
    expect(await statusText(page)).toContain('30,000');
    // The list keeps only the visible rows in the DOM.
    expect(await page.locator('.network-row:not(.header)').count()).toBeLessThan(80);

    // Typing a search, letter by letter: each keystroke filters the 30,000 rows.
    const search = page.getByRole('searchbox', { name: 'Search your network' });
    await page.evaluate(() => performance.clearMeasures('vinculo:network-filter'));
    for (const query of ['m', 'ma', 'mad', 'madr', 'madri', 'madrid', 'madrid a', 'madrid ac', 'madrid acm', 'madrid acme', 'jose', 'nunez', 'lucia fern']) {
      await search.fill(query);
      await page.waitForFunction((q) => (document.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '') === q, query);
    }
    await page.waitForTimeout(200);
    const durations = await page.evaluate(() => performance.getEntriesByName('vinculo:network-filter').map((e) => e.duration));
    const filter = summarize(durations);
    console.log(`[bench] network filter over 30,000 contacts: median ${filter.median.toFixed(1)} ms, p95 ${filter.p95.toFixed(1)} ms, max ${filter.max.toFixed(1)} ms (n=${filter.n}; target ${FILTER_TARGET_MS} ms)`);
    if (filter.median > FILTER_TARGET_MS) console.log(`TARGET MISSED: network filter median ${filter.median.toFixed(1)} ms > ${FILTER_TARGET_MS} ms`);
    expect(filter.n).toBeGreaterThanOrEqual(13);
    expect(filter.median).toBeLessThanOrEqual(FILTER_TARGET_MS);

    // Accents and case do not matter: "lucia fern" finds "Lucía Fernández".
    const lucias = contacts.filter((c) => c.profile.name.startsWith('Lucía Fernández')).length;
    await page.waitForFunction((n) => document.querySelector('.network-status [role=status]')?.textContent?.startsWith(`${n.toLocaleString('en')} of`), lucias);

    // Filters combine: the "mentor" tag among relationships.
    await search.fill('');
    await page.getByRole('combobox', { name: /^Tags/u }).selectOption('mentor');
    await page.getByRole('combobox', { name: /^Stage/u }).selectOption('relationship');
    const mentors = contacts.filter((c) => c.tags.includes('mentor') && c.stage === 'relationship');
    expect(mentors.length).toBeGreaterThan(0);
    await page.waitForFunction((n) => document.querySelector('.network-status [role=status]')?.textContent?.startsWith(`${n} of`), mentors.length);

    // Bulk tagging: select the shown contacts, add a tag; the database has it on exactly them.
    await page.getByRole('checkbox', { name: `Select all ${mentors.length} shown` }).check();
    await page.getByRole('combobox', { name: 'Tag', exact: true }).fill('mentor-review');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByText(`${mentors.length} contacts changed.`).waitFor();
    const tagged = await readDatabase<{ id: string }[]>(page, 'contacts', { key: 'mentor-review', index: 'tags' });
    expect(tagged.map((c) => c.id).sort()).toEqual(mentors.map((c) => c.id).sort());
    await screenshot(page, 'workspace-network');

    // A contact opens beside the list.
    await page.locator('.row-open').first().click();
    await page.locator('.network-detail .contact-panel').waitFor();

    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  }, 240_000);

  it('walks the review queue by keyboard: stage, tag, note, reviewed, skip, back', async () => {
    ext = await launchExtension();
    const { contacts } = seedNetwork(5);
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#review');
    await writeStores(page, { contacts });
    await page.reload();
    await page.getByText('0 of 5 contacts reviewed.').waitFor();
    await page.getByRole('button', { name: 'Start reviewing' }).click();

    // Most recent connections first: person-0 connected on NOW, then person-1 a day earlier…
    const heading = page.locator('.review-card h1, .review-card h2').first();
    await page.getByText('1 of 5', { exact: true }).waitFor();
    await expect.poll(() => heading.innerText()).toContain(contacts[0]!.profile.name);

    await page.keyboard.press('3');
    await expect.poll(async () => (await readDatabase<SeedContact>(page, 'contacts', { key: 'person-0' })).stage).toBe('relationship');
    await page.keyboard.press('t');
    await page.keyboard.type('peer');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readDatabase<SeedContact>(page, 'contacts', { key: 'person-0' })).tags).toContain('peer');
    await page.keyboard.press('n');
    // N makes a new note (there is none yet) and the note takes the focus once it exists.
    await page.locator('.review-card .note-text:focus').waitFor();
    await page.keyboard.type('Met at the design meetup; ask about mentoring.');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readDatabase<{ text: string }[]>(page, 'notes', { key: 'person-0', index: 'contactId' })).map((n) => n.text)).toEqual([
      'Met at the design meetup; ask about mentoring.',
    ]);
    await screenshot(page, 'workspace-review');

    await page.keyboard.press('Enter');
    await page.getByText('2 of 5', { exact: true }).waitFor();
    await expect.poll(() => heading.innerText()).toContain(contacts[1]!.profile.name);
    const reviewed = await readDatabase<{ reviewedAt?: number }>(page, 'contacts', { key: 'person-0' });
    expect(reviewed.reviewedAt).toBeGreaterThan(0);

    await page.keyboard.press('s');
    await page.getByText('3 of 5', { exact: true }).waitFor();
    expect((await readDatabase<{ reviewedAt?: number }>(page, 'contacts', { key: 'person-1' })).reviewedAt).toBeUndefined();
    await page.keyboard.press('b');
    await page.getByText('2 of 5', { exact: true }).waitFor();

    for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
    await page.getByText('You went through all 5 contacts of this review.').waitFor();
    await page.getByText('5 of 5 contacts reviewed.').waitFor();
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
