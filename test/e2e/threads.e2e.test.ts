import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
  readDatabase,
  REPO_ROOT,
  SCREENSHOTS_DIR,
  screenshot,
  spaNavigate,
  waitForContentScript,
  type ExtensionHarness,
} from './harness';
import { clickInjected, focusInjected, hoverInjected, injectedButtonLabels, injectedText, onInjectedButton } from './shadow';

/*
 * F2 and F7 in Chromium: threads read as the user views them, recurring participants, and the history badges
 * and popover beside LinkedIn's names. Our own fixtures name who appears where (see their header comments):
 * Nadia Benali-Ortega comments in three threads (a /feed/update/ post, a group post, a profile's activity).
 */

const OWN = 'test/fixtures/linkedin';
const POST = { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/', file: `${OWN}/thread_feed_update_ember_2026_en.html` };
const GROUP = { url: 'https://www.linkedin.com/groups/9876543/posts/7459905208323345003/', file: `${OWN}/thread_group_post_ember_2026_en.html` };
const ACTIVITY = { url: 'https://www.linkedin.com/in/dario-esposito-nakamura/recent-activity/all/', file: `${OWN}/thread_profile_activity_ember_2026_en.html` };
const SHARED = resolve(REPO_ROOT, '../shared/fixtures/linkedin');
const REAL_JSON = resolve(SHARED, 'voyager_feed_update_comments_2026.json');


interface StoredSighting {
  threadId: string;
  name: string;
  slug?: string;
  comments: number;
  author: boolean;
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const sightingsOf = (page: Page, threadId: string) => readDatabase<StoredSighting[]>(page, 'sightings', { key: threadId, index: 'threadId' });
const slugs = (rows: StoredSighting[] | undefined) => (rows ?? []).map((r) => r.slug ?? r.name).sort();

describe('threads and history badges in Chromium', () => {
  it('records who took part in each thread viewed, once per person, and shows recurring participants first', async () => {
    ext = await launchExtension();
    const page = await openLinkedInPage(ext, POST.url, POST.file);
    await waitForContentScript(page, ext.extensionId);
    const tabId = await linkedinTabId(ext.serviceWorker, POST.url);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });

    // JSON and screen merged: the JSON-only reply and the comment loaded later on screen are both there; the
    // company page and the deleted account are not people.
    const expected: string[] = ['camille-durand-okafor', 'greta-lindqvist-mora', 'laila-haddad-4c2e91', 'nadia-benali-ortega', 'sami-virtanen-ux', 'tomasz-wisniewski-adeyemi', 'נועה-כהן-7e3f'];
    await expect.poll(async () => slugs(await sightingsOf(panel, 'urn:li:activity:7460207198208434201')), { timeout: 10_000 }).toEqual(expected);
    const nadia = (await sightingsOf(panel, 'urn:li:activity:7460207198208434201')).find((s) => s.slug === 'nadia-benali-ortega');
    expect(nadia).toMatchObject({ comments: 2, author: false });
    await expect.poll(() => panel.getByRole('heading', { name: 'People in this discussion' }).count()).toBe(1);

    // "Load more comments": a comment LinkedIn adds later is read in the next batch of DOM changes.
    await page.evaluate(() => {
      const first = document.querySelector('article.comments-comment-entity')!;
      const later = first.cloneNode(true) as Element;
      later.setAttribute('data-id', 'urn:li:comment:(activity:7460207198208434201,7460600000000000001)');
      for (const a of later.querySelectorAll('a[href*="/in/"]')) a.setAttribute('href', 'https://www.linkedin.com/in/ruth-abebe-lindgren');
      for (const el of later.querySelectorAll('*')) for (const n of el.childNodes) if (n.nodeType === 3 && n.textContent?.includes('Nadia Benali-Ortega')) n.textContent = 'Ruth Abebe-Lindgren';
      first.parentElement!.append(later);
    });
    await expect.poll(async () => slugs(await sightingsOf(panel, 'urn:li:activity:7460207198208434201')), { timeout: 10_000 }).toContain('ruth-abebe-lindgren');
    expected.push('ruth-abebe-lindgren');
    expected.sort();

    // Coming back to the thread counts nobody twice.
    await page.reload();
    await waitForContentScript(page, ext.extensionId);
    await page.waitForTimeout(1000);
    expect(slugs(await sightingsOf(panel, 'urn:li:activity:7460207198208434201'))).toEqual(expected);

    // Two more threads in the same tab, by LinkedIn's in-page navigation.
    await spaNavigate(page, GROUP.url, GROUP.file);
    await expect.poll(async () => slugs(await sightingsOf(panel, 'urn:li:activity:7459905208323345003')), { timeout: 10_000 }).toContain('nadia-benali-ortega');
    await spaNavigate(page, ACTIVITY.url, ACTIVITY.file);
    await expect.poll(async () => slugs(await sightingsOf(panel, 'urn:li:activity:7459603218432472822')), { timeout: 10_000 }).toEqual(['dario-esposito-nakamura', 'lena-kowalczyk-obi', 'nadia-benali-ortega']);
    // A post of the activity list without comments is not a discussion the user viewed.
    expect(await sightingsOf(panel, 'urn:li:activity:7458093268996085907')).toEqual([]);

    // Leaving each thread page recorded one health run with what was left out on purpose.
    const health = await readDatabase<{ runs: { skipped?: { reason: string; count: number }[] }[] } | undefined>(panel, 'health', { key: 'thread:thread-ember' });
    expect(health?.runs.length).toBeGreaterThanOrEqual(2);
    expect(health?.runs.flatMap((r) => r.skipped ?? []).map((k) => k.reason)).toEqual(expect.arrayContaining(['company-author', 'deleted-author']));

    // The side panel follows: this page's participants, Nadia (three threads) first and marked recurring.
    const rows = panel.locator('.participant');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    await expect.poll(() => rows.first().locator('.participant-name').textContent()).toBe('Nadia Benali-Ortega');
    expect(await rows.first().textContent()).toContain('Recurring participant');
    expect(await rows.first().textContent()).toContain('Seen in 3 threads you read');
    expect(await panel.locator('.participant.recurring').count()).toBe(1);

    // The badge: beside Nadia (recurring), not beside people the user has no history with.
    await expect.poll(() => injectedButtonLabels(page), { timeout: 10_000 }).toContain('Vínculo: your history with Nadia Benali-Ortega');
    expect((await injectedButtonLabels(page)).filter((l) => l.startsWith('Vínculo: your history with')).sort()).toEqual(['Vínculo: your history with Nadia Benali-Ortega']);

    // One click keeps Lena as a contact with a tag; the badge appears beside her on the page without a reload.
    const lena = rows.filter({ hasText: 'Lena' });
    await lena.getByRole('textbox').fill('design critique');
    await lena.getByRole('button', { name: 'Tag', exact: true }).click();
    await expect.poll(() => readDatabase<{ tags: string[] }>(panel, 'contacts', { key: 'lena-kowalczyk-obi' }).then((c) => c?.tags)).toEqual(['design critique']);
    await expect.poll(() => injectedButtonLabels(page), { timeout: 10_000 }).toContain('Vínculo: your history with Lena Kowalczyk-Obi');
    // The panel shows her as kept: her stage and tag instead of the button.
    await expect.poll(() => lena.textContent()).toContain('design critique');
    expect(await lena.getByRole('button', { name: 'Add to my contacts' }).count()).toBe(0);

    // Hover opens the popover with what the user has with her (in a small window: the README's picture).
    await page.setViewportSize({ width: 760, height: 400 });
    // The side panel opened last: LinkedIn's tab must be the one in front (a background tab runs no animation).
    await page.bringToFront();
    await hoverInjected(page, 'Vínculo: your history with Nadia Benali-Ortega');
    await expect.poll(() => injectedText(page)).toContain('Seen in 3 threads you read');
    const text = await injectedText(page);
    expect(text).toContain('Recurring participant');
    expect(text).toContain('No interaction logged yet');
    expect(text).toContain('Open in side panel');
    await page.waitForTimeout(400); // the popover's 120 ms entrance
    // Through the protocol directly: Playwright's own screenshot disturbs the page enough to close the popover.
    const cdp = await page.context().newCDPSession(page);
    writeFileSync(resolve(SCREENSHOTS_DIR, 'history-popover-open.png'), Buffer.from(((await cdp.send('Page.captureScreenshot', { format: 'png' })) as { data: string }).data, 'base64'));
    await cdp.detach();
    await screenshot(page, 'history-popover');
    await page.mouse.move(5, 5);
    await expect.poll(() => onInjectedButton(page, 'Vínculo: your history with Nadia Benali-Ortega', 'function () { return this.getAttribute("aria-expanded"); }')).toBe('false');

    // Keyboard: focus opens, Tab reaches the popover's button, Escape closes and puts the focus back on the badge.
    await focusInjected(page, 'Vínculo: your history with Lena Kowalczyk-Obi');
    await expect.poll(() => injectedText(page)).toContain('design critique');
    await page.keyboard.press('Tab');
    expect(await onInjectedButton(page, 'Open in side panel', 'function () { return this.matches(":focus"); }')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => onInjectedButton(page, 'Vínculo: your history with Lena Kowalczyk-Obi', 'function () { return [this.getAttribute("aria-expanded"), this.matches(":focus")]; }')).toEqual(['false', true]);

    await screenshot(panel, 'sidepanel-thread-participants');

    // "Open in side panel" from the popover: the panel shows her card, with the threads she was seen in.
    await focusInjected(page, 'Vínculo: your history with Nadia Benali-Ortega');
    await expect.poll(() => injectedText(page)).toContain('Open in side panel');
    await clickInjected(page, 'Open in side panel');
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).first().textContent(), { timeout: 10_000 }).toContain('nadia-benali-ortega');
    const seenIn = panel.getByRole('region', { name: 'Seen in 3 threads you read' });
    await expect.poll(() => seenIn.getByRole('link').count()).toBe(3);
    expect(await seenIn.textContent()).toContain('The third question is the one teams skip.');
    await panel.getByRole('button', { name: 'Back to this page' }).click();
    await expect.poll(() => panel.getByRole('heading', { name: 'People in this discussion' }).count()).toBe(1);
    // What our work costs stays in the content script's world: LinkedIn's own scripts see no trace of us there.
    expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('vinculo')).map((e) => e.name))).toEqual([]);
    expect(extensionErrors(page)).toEqual([]);
    expect(extensionErrors(panel)).toEqual([]);
    assertNoExternalRequests(ext);
  }, 90_000);

  it('badges take no room from LinkedIn (the posts keep their size) and follow its dark theme', async () => {
    ext = await launchExtension();
    // Make Nadia recurring first (three threads), then open a page that names her.
    for (const thread of [POST, GROUP]) {
      const page = await openLinkedInPage(ext, thread.url, thread.file);
      await waitForContentScript(page, ext.extensionId);
      await page.waitForTimeout(800);
      await page.close();
    }
    const html = readFileSync(resolve(REPO_ROOT, ACTIVITY.file), 'utf8').replace('<html lang="en">', '<html lang="en" class="theme theme--dark">').replace(
      '</body>',
      // Sizes as LinkedIn laid the page out before any of our code ran (content scripts run at document_idle).
      `<script>document.addEventListener('DOMContentLoaded', () => { window.__sizes = [...document.querySelectorAll('[data-urn]')].map((e) => e.getBoundingClientRect().height); });</script></body>`,
    );
    const page = await openLinkedInPage(ext, ACTIVITY.url, html);
    await waitForContentScript(page, ext.extensionId);
    await expect.poll(() => injectedButtonLabels(page), { timeout: 10_000 }).toContain('Vínculo: your history with Nadia Benali-Ortega');
    const [before, after] = await page.evaluate(() => [(window as unknown as { __sizes: number[] }).__sizes, [...document.querySelectorAll('[data-urn]')].map((e) => e.getBoundingClientRect().height)]);
    expect(before!.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // LinkedIn's dark theme (html.theme--dark): the badge and its popover take their dark colours.
    expect(await onInjectedButton(page, 'Vínculo: your history with Nadia Benali-Ortega', 'function () { return this.parentNode.className.split(" "); }')).toContain('dark');
  }, 60_000);

  it.skipIf(!existsSync(REAL_JSON))('reads the real 2026 post JSON served as linkedin.com: 11 people (17 comments), each once', async () => {
    ext = await launchExtension();
    const { payload, datalet } = JSON.parse(readFileSync(REAL_JSON, 'utf8')) as { payload: unknown; datalet: { body: string } };
    // The page as LinkedIn's server sends it: the JSON HTML-escaped in <code id="bpr-guid-N">, beside its datalet.
    const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
    const html = `<!doctype html><html lang="en"><head><title>Post | LinkedIn</title></head><body><main></main>
<code style="display: none" id="${datalet.body}">${escape(JSON.stringify(payload))}</code>
<code style="display: none" id="datalet-${datalet.body}">${escape(JSON.stringify(datalet))}</code></body></html>`;
    const url = 'https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/';
    const page = await openLinkedInPage(ext, url, html);
    await waitForContentScript(page, ext.extensionId);
    const panel = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await expect.poll(async () => (await sightingsOf(panel, 'urn:li:activity:7415738731510468608')).length, { timeout: 10_000 }).toBe(11);
    const rows = await sightingsOf(panel, 'urn:li:activity:7415738731510468608');
    expect(rows.find((r) => r.slug === 'hugo-clément-057358282')).toMatchObject({ name: 'Hugo Clément', author: true, comments: 3 });
    expect(rows.find((r) => r.slug === 'jean-philippe-dellamonica-formateur-naturopathie-coach-leadership-reflexologie')).toMatchObject({ comments: 4 });
    expect(extensionErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  }, 60_000);
});
