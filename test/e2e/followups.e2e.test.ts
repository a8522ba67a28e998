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
  screenshot,
  storedContact,
  waitForContentScript,
  type ExtensionHarness,
} from './harness';

/*
 * F9 in Chromium: the worker's badge counts the follow-ups due, the workspace lists them (due, coming up, losing
 * touch) and marks them done or snoozed, the cadence rules and the contact card's editor change who is due, and the
 * popup and side panel list who is due. Invented people; days relative to today on this machine's calendar.
 */

interface Chrome {
  chrome: {
    action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
    storage: { local: { get(key: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
    alarms: { get(name: string): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number } | undefined> };
  };
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

const pad = (n: number) => String(n).padStart(2, '0');
/** The day `offset` days from today on this machine's calendar (Chromium runs in the same time zone). */
function dayFromToday(offset: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Person {
  id: string;
  name: string;
  headline?: string;
  stage?: string;
  tags?: string[];
  /** Days since the last real interaction (a message), if any. */
  lastDaysAgo?: number;
  remindOn?: string;
}

const YEAR_AGO = Date.now() - 400 * 86_400_000;

/**
 * Writes contacts, their interactions and activity rows, and settings straight into the extension's database
 * from one of its pages (as an import would, in one transaction), then bumps the key pages bump after a change.
 */
async function seed(page: Page, people: readonly Person[], settings: Record<string, unknown>): Promise<void> {
  const contacts = people.map((p) => ({
    id: p.id,
    profile: { name: p.name, ...(p.headline && { headline: p.headline }) },
    stage: p.stage ?? 'contact',
    tags: p.tags ?? [],
    connectedAt: YEAR_AGO,
    ...(p.remindOn && { remindOn: p.remindOn }),
    createdAt: YEAR_AGO,
    updatedAt: YEAR_AGO,
  }));
  const messages = people
    .filter((p) => p.lastDaysAgo !== undefined)
    .map((p) => ({ id: crypto.randomUUID(), contactId: p.id, kind: 'message', day: dayFromToday(-p.lastDaysAgo!), text: 'Hola', createdAt: YEAR_AGO, updatedAt: YEAR_AGO }));
  const activity = messages.map((m) => ({ contactId: m.contactId, count: 1, lastDay: m.day, lastAt: m.createdAt, lastKind: 'message', firstOutDay: m.day, firstInDay: m.day }));
  await page.evaluate(
    async ({ contacts, messages, activity, settings }) => {
      const open = indexedDB.open('vinculo');
      const database = await new Promise<IDBDatabase>((done, fail) => {
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const tx = database.transaction(['contacts', 'interactions', 'activity', 'settings'], 'readwrite');
      for (const c of contacts) tx.objectStore('contacts').put(c);
      for (const m of messages) tx.objectStore('interactions').put(m);
      for (const a of activity) tx.objectStore('activity').put(a);
      tx.objectStore('settings').put({ key: 'settings', value: settings });
      await new Promise((done, fail) => {
        tx.oncomplete = done;
        tx.onerror = () => fail(tx.error);
      });
      database.close();
      await (globalThis as unknown as Chrome).chrome.storage.local.set({ peopleChangedAt: Date.now() });
    },
    { contacts, messages, activity, settings },
  );
}

const badge = (harness: ExtensionHarness) => harness.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getBadgeText({}));

const PEOPLE: Person[] = [
  // Tag "mentor" every 30 days, last message 45 days ago: 15 days overdue, losing touch.
  { id: 'ana-quiroga', name: 'Ana Quiroga', headline: 'Research lead at Hospital Clínico', tags: ['mentor'], lastDaysAgo: 45 },
  // Collaborating (30 days by default), last message 30 days ago: due today.
  { id: 'bea-lindqvist', name: 'Bea Lindqvist', headline: 'Design ops, Nordic Health', stage: 'collaboration', lastDaysAgo: 30 },
  // Relationship (90 days by default), 100 days ago: 10 days overdue, losing touch.
  { id: 'carl-okafor', name: 'Carl Okafor', headline: 'Product at Lagos Fintech', stage: 'relationship', lastDaysAgo: 100 },
  // A reminder set for yesterday, no cadence.
  { id: 'dani-sousa', name: 'Dani Sousa', headline: 'Founder, Porto Studio', remindOn: dayFromToday(-1) },
  // Relationship, 80 days ago: coming up in 10 days.
  { id: 'eva-marin', name: 'Eva Marín', headline: 'UX researcher', stage: 'relationship', lastDaysAgo: 80 },
  // Tagged "madrid", no rule for it yet, no cadence: nothing planned.
  { id: 'femi-adeyemi', name: 'Femi Adeyemi', headline: 'Engineer', tags: ['Madrid'], lastDaysAgo: 20 },
];

describe('follow-ups in Chromium', () => {
  it('badge, workspace lists, done and snooze, cadence rules, the contact card editor, popup and side panel', async () => {
    ext = await launchExtension();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#followups');
    await options.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => options.getByText('Nothing due today.').count()).toBe(1);
    // Nothing due: no badge.
    await expect.poll(() => badge(ext!)).toBe('');

    await seed(options, PEOPLE, { tagCadences: { Mentor: 30 } });
    // The worker recounts when told (storage.onChanged wakes it), and keeps its alarm.
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('4');
    expect(await ext.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.action.getTitle({}))).toBe('Vínculo · 4 follow-ups due');
    const alarm = await ext.serviceWorker.evaluate(() => (globalThis as unknown as Chrome).chrome.alarms.get('vinculo-followups'));
    expect(alarm?.periodInMinutes).toBe(60);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThanOrEqual(60 * 60_000);
    // What is due is remembered, so a notification never repeats for the same follow-ups.
    const seen = await ext.serviceWorker.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.local.get('followUpsSeenDue')).followUpsSeenDue);
    expect(seen).toEqual([`ana-quiroga@${dayFromToday(-15)}`, `bea-lindqvist@${dayFromToday(0)}`, `carl-okafor@${dayFromToday(-10)}`, `dani-sousa@${dayFromToday(-1)}`]);

    await options.reload();
    const due = options.locator('section', { has: options.getByRole('heading', { name: /^Due now/ }) }).locator('.followup-item');
    await expect.poll(() => due.count()).toBe(4);
    const rows = await due.allTextContents();
    expect(rows[0]).toContain('Ana Quiroga');
    expect(rows[0]).toContain('Keep in touch every month (tag “Mentor”) · last real interaction 45 days ago');
    expect(rows[0]).toContain('15 days overdue');
    expect(rows[1]).toContain('Carl Okafor');
    expect(rows[1]).toContain('(stage: Relationship)');
    expect(rows[2]).toContain('Dani Sousa');
    expect(rows[2]).toContain('You asked to be reminded on');
    expect(rows[2]).toContain('no real interaction yet');
    expect(rows[3]).toContain('Bea Lindqvist');
    expect(rows[3]).toContain('Due today');
    const upcoming = options.locator('section', { has: options.getByRole('heading', { name: /^Coming up/ }) }).locator('.followup-item');
    expect(await upcoming.allTextContents()).toEqual([expect.stringContaining('Eva Marín')]);
    const losing = options.locator('section', { has: options.getByRole('heading', { name: /^Losing touch/ }) }).locator('.followup-item');
    expect(await losing.allTextContents()).toEqual([
      expect.stringContaining('Ana Quiroga'),
      expect.stringContaining('Carl Okafor'),
    ]);
    expect(await losing.first().textContent()).toContain('Last real interaction 45 days ago · keep in touch every month · tag “Mentor”');
    expect(await due.first().getByRole('link', { name: 'LinkedIn profile of Ana Quiroga' }).getAttribute('href')).toBe('https://www.linkedin.com/in/ana-quiroga/');
    await screenshot(options, 'followups-view-en');
    await options.emulateMedia({ colorScheme: 'dark' });
    await screenshot(options, 'followups-view-en-dark');
    await options.emulateMedia({ colorScheme: 'light' });

    // Done: logged on the timeline, the badge drops; Undo brings it back.
    await due.filter({ hasText: 'Bea Lindqvist' }).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => due.count()).toBe(3);
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('3');
    const beaTimeline = await readDatabase<{ kind: string; day: string; text: string }[]>(options, 'interactions', { key: 'bea-lindqvist', index: 'contactId' });
    expect(beaTimeline).toContainEqual(expect.objectContaining({ kind: 'other', day: dayFromToday(0), text: 'Got back in touch (marked done in Follow-ups)' }));
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('4');
    await due.filter({ hasText: 'Bea Lindqvist' }).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('3');

    // Snooze: a reminder a week from today; off the due list, still losing touch.
    await due.filter({ hasText: 'Carl Okafor' }).getByRole('button', { name: 'Snooze a week' }).click();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('2');
    expect(await storedContact(options, 'carl-okafor')).toMatchObject({ remindOn: dayFromToday(7) });
    expect(await losing.allTextContents()).toEqual([expect.stringContaining('Ana Quiroga'), expect.stringContaining('Carl Okafor')]);

    // A cadence rule for a tag: Femi (tag "Madrid", 20 days ago) falls due with a 2-week rule for "madrid".
    const rules = options.locator('section', { has: options.getByRole('heading', { name: 'How often to keep in touch' }) });
    await rules.getByRole('combobox', { name: 'Tag', exact: true }).fill('madrid');
    await rules.getByRole('spinbutton', { name: 'Keep in touch every' }).fill('2');
    await rules.locator('form').getByRole('combobox', { name: 'Unit' }).selectOption('weeks');
    await rules.getByRole('button', { name: 'Add' }).click();
    // The rule takes the tag as the contacts spell it.
    await expect.poll(() => rules.locator('.rule .chip').allTextContents()).toEqual(['Madrid', 'Mentor']);
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('3');
    await expect.poll(() => due.filter({ hasText: 'Femi Adeyemi' }).textContent()).toContain('every 2 weeks (tag “Madrid”)');

    // The contact card beside the list: Eva (coming up in 10 days) gets her own monthly cadence and falls due.
    await upcoming.getByRole('button', { name: 'Eva Marín' }).click();
    const detail = options.getByRole('complementary', { name: 'Contact' });
    await expect.poll(() => detail.getByRole('heading', { level: 1 }).textContent()).toContain('Eva Marín');
    await expect.poll(() => detail.locator('.followup-editor').textContent()).toContain('Now every 3 months (stage: Relationship)');
    expect(await detail.locator('.followup-next').textContent()).toMatch(/^Next follow-up: .+ \(in 10 days\)$/);
    await detail.getByLabel('Unit').selectOption('months');
    await detail.getByRole('spinbutton', { name: 'Keep in touch every' }).fill('1');
    await detail.getByRole('spinbutton', { name: 'Keep in touch every' }).press('Enter');
    await expect.poll(() => storedContact(options, 'eva-marin')).toMatchObject({ cadenceDays: 30 });
    await expect.poll(() => detail.locator('.followup-next').textContent()).toMatch(/^Follow-up due since .+ \(50 days overdue\)$/);
    expect(await detail.locator('.followup-editor').textContent()).toContain('Set for this person. Without it: every 3 months (stage: Relationship).');
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('4');
    await expect.poll(() => due.filter({ hasText: 'Eva Marín' }).count()).toBe(1);
    await screenshot(options, 'followups-view-detail-en');
    // Cleared, she goes back to her stage's cadence.
    await detail.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect.poll(() => storedContact(options, 'eva-marin').then((c) => c?.cadenceDays)).toBeUndefined();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('3');

    // The popup lists who is due, each a link to their profile.
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'src/popup/index.html');
    await popup.setViewportSize({ width: 360, height: 400 });
    await expect.poll(() => popup.getByRole('heading', { name: 'Due: 3' }).count()).toBe(1);
    expect(await popup.locator('.due-list li a').allTextContents()).toEqual(['Ana Quiroga', 'Femi Adeyemi', 'Dani Sousa']);
    expect(await popup.getByRole('link', { name: 'See all in Follow-ups' }).getAttribute('href')).toBe(`chrome-extension://${ext.extensionId}/src/options/index.html#followups`);
    await screenshot(popup, 'followups-popup-en');

    expect(extensionErrors(options)).toEqual([]);
    expect(extensionErrors(popup)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it('the contact card in the side panel: keep in touch every…, remind me on…, and the due list elsewhere', async () => {
    ext = await launchExtension();
    const url = 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/';
    const slug = 'lucía-fernández-ortega-4b7e21';
    const page = await openLinkedInPage(ext, url, 'test/fixtures/linkedin/profile_sdui_2026_en.html');
    await waitForContentScript(page, ext.extensionId);
    const tabId = await linkedinTabId(ext.serviceWorker, url);
    const panel = await openExtensionPage(ext.context, ext.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await expect.poll(() => panel.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toContain('Lucía Fernández Ortega');
    const editor = panel.locator('.followup-editor');
    await expect.poll(() => editor.textContent()).toContain('No cadence yet');
    expect(await editor.locator('.followup-next').textContent()).toBe('No follow-up planned.');

    // Her stage gives her the default cadence; her own overrides it; a reminder comes first when it is sooner.
    await panel.getByRole('radio', { name: 'Relationship' }).check({ force: true });
    await expect.poll(() => editor.textContent()).toContain('Now every 3 months (stage: Relationship)');
    await panel.getByRole('spinbutton', { name: 'Keep in touch every' }).fill('2');
    await panel.getByLabel('Unit').selectOption('weeks');
    await expect.poll(() => storedContact(panel, slug)).toMatchObject({ cadenceDays: 14 });
    await panel.getByLabel('Remind me on').fill(dayFromToday(3));
    await panel.getByLabel('Remind me on').blur();
    await expect.poll(() => storedContact(panel, slug)).toMatchObject({ remindOn: dayFromToday(3) });
    await expect.poll(() => editor.locator('.followup-next').textContent()).toMatch(/^Next follow-up: .+ \(in 3 days\) · your reminder$/);
    await screenshot(panel, 'followups-contact-card-en');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await screenshot(panel, 'followups-contact-card-en-dark');
    await panel.emulateMedia({ colorScheme: 'light' });

    // A reminder for yesterday makes her due; the side panel lists her when it shows no one (a non-LinkedIn tab).
    await panel.getByLabel('Remind me on').fill(dayFromToday(-1));
    await panel.getByLabel('Remind me on').blur();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('1');
    // Opened as a tab, the panel follows the active tab: itself, not a LinkedIn page.
    const idle = await openExtensionPage(ext.context, ext.extensionId, 'src/sidepanel/index.html');
    await idle.setViewportSize({ width: 400, height: 600 });
    await expect.poll(() => idle.getByRole('heading', { name: 'Due: 1' }).count()).toBe(1);
    expect(await idle.locator('.due-list li').textContent()).toContain('Lucía Fernández Ortega');
    expect(await idle.locator('.due-list li').textContent()).toContain('1 day overdue');
    await screenshot(idle, 'followups-sidepanel-due-en');

    // Cleared, nothing is due and the badge empties.
    await panel.getByRole('button', { name: 'Clear the reminder' }).click();
    await expect.poll(() => badge(ext!), { timeout: 10_000 }).toBe('');
    await expect.poll(() => idle.locator('.due-list').count()).toBe(0);
    expect(extensionErrors(panel)).toEqual([]);
    expect(extensionErrors(idle)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it('30,000 contacts: the badge count and the Follow-ups view', async () => {
    ext = await launchExtension();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#followups');
    await expect.poll(() => options.getByText('Nothing due today.').count()).toBe(1);
    const people: Person[] = Array.from({ length: 30_000 }, (_, i) => ({
      id: `person-${i}`,
      name: `Person ${i}`,
      headline: 'Product designer at Somewhere',
      stage: ['contact', 'conversation', 'relationship', 'collaboration'][i % 4]!,
      tags: i % 7 === 0 ? ['mentor'] : [],
      lastDaysAgo: i % 200,
    }));
    const expected = people.filter((p) => {
      const cadence = p.tags!.length ? 60 : p.stage === 'relationship' ? 90 : p.stage === 'collaboration' ? 30 : 0;
      return cadence > 0 && p.lastDaysAgo! >= cadence;
    }).length;
    await seed(options, people, { tagCadences: { mentor: 60 } });
    await expect.poll(() => badge(ext!), { timeout: 30_000 }).toBe('99+');
    // The worker's own figure: reading 30,000 contacts and their activity, counting, setting the badge.
    const badgeMs = await ext.serviceWorker.evaluate(() => Math.round(performance.getEntriesByName('vinculo:followups-count').at(-1)?.duration ?? -1));
    expect(badgeMs).toBeGreaterThan(0);

    const started = Date.now();
    await options.reload();
    const pill = options.locator('#due-title .count-pill');
    await expect.poll(() => pill.textContent(), { timeout: 30_000, interval: 20 }).toBe(expected.toLocaleString('en'));
    const viewMs = Date.now() - started;
    console.log(`30,000 contacts, ${expected} due: the worker's count and badge ${badgeMs} ms; Follow-ups view reload to lists ≈ ${viewMs} ms`);
    expect(await options.locator('.followup-item').count()).toBe(50 + 50 + 50);
    await options.getByRole('button', { name: /^Show 200 more/ }).first().click();
    await expect.poll(() => options.locator('section', { has: options.locator('#due-title') }).locator('.followup-item').count()).toBe(250);
    expect(extensionErrors(options)).toEqual([]);
  }, 120_000);
});
