import type { Page } from 'playwright-core';
import { openExtensionPage, type ExtensionHarness } from '../e2e/harness';
import { summarize, type Summary } from './chromium-bench';

/*
 * Issue #5's workspace figures in Chromium (test/e2e/workspace.e2e.test.ts asserts them, `npm run bench` prints
 * them): with 30,000 contacts stored, the workspace's first contentful paint, the time until the overview has
 * drawn the funnel, and each keystroke's filter over the network list.
 */

export const FIRST_PAINT_TARGET_MS = 300;
export const FILTER_TARGET_MS = 50;

export const STAGES = ['contact', 'conversation', 'relationship', 'collaboration'] as const;
const FIRST = ['Lucía', 'Kwame', 'Ana', 'José', 'Mei', 'Olu', 'Søren', 'Fatima', 'Diego', 'Ines'];
const LAST = ['Fernández', 'Asante', 'García', 'Núñez', 'Chen', 'Adeyemi', 'Berg', 'Haddad', 'Ríos', 'Moreau'];
const COMPANIES = ['Acme Labs', 'Nube Azul', 'Solaris', 'Estudio Río', 'Kestrel AI'];
const POSITIONS = ['Product designer', 'Ingeniera de datos', 'Engineering manager', 'Recruiter', 'Founder'];
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12);

export interface SeedContact {
  id: string;
  profile: { name: string; company: string; position: string };
  stage: (typeof STAGES)[number];
  tags: string[];
  connectedAt: number;
  createdAt: number;
  updatedAt: number;
}

/** A deterministic network: stages 80/12/6/2 %, tags "Madrid" on every 10th and "mentor" on every 7th. */
export function seedNetwork(count: number) {
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
export async function writeStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
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

export interface WorkspaceFigures {
  /** First contentful paint of the options page, one per opening after the first (which pays the cold start). */
  paint: Summary;
  /** From navigation until the overview has drawn the funnel of every contact. */
  overviewReady: Summary;
  /** The network filter alone (vinculo:network-filter measures), one per keystroke of a typed search. */
  filter: Summary;
  lines: string[];
  /** The overview page, left open on the network view for further checks. */
  page: Page;
}

/** The searches typed letter by letter: prefixes, several words, accents left out. */
export const TYPED_SEARCHES = ['m', 'ma', 'mad', 'madr', 'madri', 'madrid', 'madrid a', 'madrid ac', 'madrid acm', 'madrid acme', 'jose', 'nunez', 'lucia fern'];

/** Seeds `count` contacts into `ext` (a fresh profile) and measures the workspace. */
export async function benchWorkspace(ext: ExtensionHarness, count = 30_000): Promise<WorkspaceFigures & { seed: ReturnType<typeof seedNetwork> }> {
  const seed = seedNetwork(count);
  const setup = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
  await writeStores(setup, { contacts: seed.contacts, activity: seed.activity });
  await setup.close();

  const paints: number[] = [];
  const ready: number[] = [];
  let page: Page | undefined;
  for (let run = 0; run < 6; run++) {
    await page?.close();
    page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#overview');
    await page.locator('.funnel-row').first().waitFor();
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.now(),
    }));
    paints.push(timing.paint);
    ready.push(timing.ready);
  }
  const overview = page!;
  const paint = summarize(paints.slice(1));
  const overviewReady = summarize(ready.slice(1));

  await overview.goto(overview.url().replace('#overview', '#network'));
  await overview.locator('.network-row:not(.header)').first().waitFor();
  const search = overview.getByRole('searchbox');
  await overview.evaluate(() => performance.clearMeasures('vinculo:network-filter'));
  for (const query of TYPED_SEARCHES) {
    await search.fill(query);
    await overview.waitForFunction((q) => (document.querySelector<HTMLInputElement>('input[type=search]')?.value ?? '') === q, query);
  }
  await overview.waitForTimeout(200);
  const filter = summarize(await overview.evaluate(() => performance.getEntriesByName('vinculo:network-filter').map((e) => e.duration)));
  await overview.evaluate(() => performance.clearMeasures('vinculo:network-filter'));
  await search.fill('');

  const n = count.toLocaleString('en');
  const lines = [
    `Workspace with ${n} contacts (Chromium)`,
    `  first contentful paint: median ${paint.median.toFixed(0)} ms, max ${paint.max.toFixed(0)} ms (n=${paint.n}; target ${FIRST_PAINT_TARGET_MS} ms)${paint.median > FIRST_PAINT_TARGET_MS ? '  TARGET MISSED' : ''}`,
    `  overview with the funnel of ${n} contacts drawn: median ${overviewReady.median.toFixed(0)} ms after navigation`,
    `  network filter, one per keystroke: median ${filter.median.toFixed(1)} ms, p95 ${filter.p95.toFixed(1)} ms, max ${filter.max.toFixed(1)} ms (n=${filter.n}; target ${FILTER_TARGET_MS} ms)${filter.median > FILTER_TARGET_MS ? '  TARGET MISSED' : ''}`,
  ];
  return { paint, overviewReady, filter, lines, page: overview, seed };
}
