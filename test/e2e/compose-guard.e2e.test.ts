import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoExternalRequests, launchExtension, openExtensionPage, openLinkedInPage, pageErrors, REPO_ROOT, screenshot, SCREENSHOTS_DIR, storedTimeline, waitForContentScript, type ExtensionHarness } from './harness';
import { clickInjected, injectedText } from './shadow';
import { withStandIn } from './saved-pages';

const OVERLAY = resolve(REPO_ROOT, 'test/fixtures/linkedin/msg_overlay_ember_2023_en_1to1_empty.html');
const RECIPIENT_ID = 'ACoAADtYgjmUhBel31iEl2hpChYgCfrL1spNxny';


/** Longer than the guard ever waits for a verdict at Send (SEND_VERDICT_TIMEOUT_MS) plus the sent-check delay. */
const SEND_WAIT_MS = 2000;
/** compose-guard.tsx's JUDGE_DELAY_MS: a send sooner than this after the last key has no verdict yet. */
const JUDGE_DELAY_MS = 300;

const SHARED_OVERLAY = resolve(REPO_ROOT, '../shared/fixtures/linkedin/msg_overlay_2023_es.html');
/** The overlay with LinkedIn's messaging code stood in for (saved-pages.ts): Send enabled by text, a click "sends". */
const page = () => withStandIn(OVERLAY, 'messaging');
const sent = (p: Page) => p.evaluate(() => (window as unknown as { __sent: string[] }).__sent);
const draft = (p: Page) => p.locator('.msg-form__contenteditable').innerText();

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function open(harness: ExtensionHarness, html = page()): Promise<Page> {
  const linkedin = await openLinkedInPage(harness, 'https://www.linkedin.com/feed/', html);
  await waitForContentScript(linkedin, harness.extensionId);
  await linkedin.setViewportSize({ width: 1000, height: 1400 });
  return linkedin;
}

/** A picture of the compose box's corner with our panel above Send, as a user sees it (for docs/). */
async function screenshotAroundSend(p: Page, name: string): Promise<void> {
  const send = (await p.locator('.msg-form__send-button').boundingBox())!;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const top = Math.max(0, send.y - 360);
  await p.screenshot({ path: resolve(SCREENSHOTS_DIR, `${name}.png`), clip: { x: 0, y: top, width: 420, height: send.y + send.height + 12 - top } });
}

async function type(p: Page, text: string): Promise<void> {
  await p.locator('.msg-form__contenteditable').click();
  await p.keyboard.type(text);
}

describe('compose guard in Chromium', () => {
  it('holds a pitch once with the reasons; Edit keeps the text; Send anyway sends exactly it, once', async () => {
    ext = await launchExtension();
    const linkedin = await open(ext);
    const pitch = 'Hi Tomás, we help agencies like yours book 3x more demos with our platform. Do you have 15 minutes this week for a quick call? https://calendly.com/sales-team/intro';
    await type(linkedin, pitch);
    await expect.poll(() => injectedText(linkedin), { timeout: 5000 }).toMatch(/Check/u);

    await linkedin.click('.msg-form__send-button');
    expect(await sent(linkedin)).toEqual([]);
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    const held = await injectedText(linkedin);
    expect(held).toMatch(/Send anyway/u);
    // Let the panel's entrance animation finish.
    await linkedin.waitForTimeout(300);
    await screenshot(linkedin, 'guard-held-en');
    await screenshotAroundSend(linkedin, 'guard-held-en-crop');

    await clickInjected(linkedin, 'Edit');
    await expect.poll(() => injectedText(linkedin)).not.toMatch(/Send this as it is\?/u);
    expect(await draft(linkedin)).toBe(pitch);
    expect(await sent(linkedin)).toEqual([]);

    // Edited, still a pitch: held again; this time the user sends it as it is.
    await type(linkedin, ' Thanks!');
    await linkedin.click('.msg-form__send-button');
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    await clickInjected(linkedin, 'Send anyway');
    await expect.poll(() => sent(linkedin)).toEqual([`${pitch} Thanks!`]);

    // A personal message goes straight through.
    const personal = 'Thanks for introducing me to Ana yesterday, Tomás! We are meeting on Friday to compare notes on the Douro field data.';
    await type(linkedin, personal);
    await linkedin.waitForTimeout(500);
    await linkedin.click('.msg-form__send-button');
    await expect.poll(() => sent(linkedin)).toEqual([`${pitch} Thanks!`, personal]);
    expect(await injectedText(linkedin)).not.toMatch(/Send this as it is\?/u);

    // Both sends are on the recipient's timeline, by member id (the overlay links to it, not to the slug), once each.
    await linkedin.waitForTimeout(1000);
    expect(await sent(linkedin)).toHaveLength(2);
    const panel = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    const timeline = await storedTimeline(panel, RECIPIENT_ID);
    expect(timeline.map((i) => i.kind)).toEqual(['message', 'message']);
    expect(timeline.every((i) => typeof i.fingerprint === 'string')).toBe(true);
    expect(pageErrors(linkedin)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it.skipIf(!existsSync(SHARED_OVERLAY))('holds a Spanish pitch in the real 2023 overlay markup, in Spanish', async () => {
    ext = await launchExtension({ locale: 'es' });
    const linkedin = await open(ext, withStandIn(SHARED_OVERLAY, 'messaging'));
    const pitch = 'Hola Mariana, te escribo porque ayudamos a empresas como la tuya a conseguir más clientes. ¿Podemos agendar una llamada de 15 minutos esta semana para mostrarte nuestros servicios?';
    await type(linkedin, pitch);
    await expect.poll(() => injectedText(linkedin), { timeout: 5000 }).toMatch(/Revisa/u);
    await linkedin.click('.msg-form__send-button');
    await expect.poll(() => injectedText(linkedin)).toMatch(/¿Enviar tal cual\?/u);
    expect(await sent(linkedin)).toEqual([]);
    await linkedin.waitForTimeout(300);
    await screenshot(linkedin, 'guard-held-es-real-overlay');
    await screenshotAroundSend(linkedin, 'guard-held-es-crop');
    await clickInjected(linkedin, 'Enviar de todos modos');
    await expect.poll(() => sent(linkedin)).toEqual([pitch]);
  });

  it('with the hold turned off, a pitch only gets the mark beside Send', async () => {
    ext = await launchExtension();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await options.getByLabel(/Hold a risky message once at Send/u).uncheck();
    await expect.poll(() => options.getByLabel(/Hold a risky message once at Send/u).isChecked()).toBe(false);
    const linkedin = await open(ext);
    const pitch = 'Hi Tomás, book a free demo of our lead generation platform today and get 20% off your first month.';
    await type(linkedin, pitch);
    await expect.poll(() => injectedText(linkedin), { timeout: 5000 }).toMatch(/Check/u);
    await linkedin.click('.msg-form__send-button');
    await expect.poll(() => sent(linkedin)).toEqual([pitch]);
  });

  it('guards a compose box inside a same-origin LinkedIn iframe too', async () => {
    ext = await launchExtension();
    ext.servePage('https://www.linkedin.com/preload/messaging-overlay/', page());
    const host = '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><iframe src="/preload/messaging-overlay/" width="900" height="1200" title="Messaging"></iframe></body></html>';
    const linkedin = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/', host);
    const frame = linkedin.frameLocator('iframe');
    await frame.locator('.msg-form__contenteditable').click();
    await linkedin.keyboard.type('Hi Tomás, we help agencies like yours book more demos. Free for 30 days, sign up here: https://calendly.com/x/demo');
    const inner = linkedin.frames().find((f) => f.url().endsWith('/preload/messaging-overlay/'))!;
    await frame.locator('.msg-form__send-button').click();
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    expect(await inner.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([]);
    await clickInjected(linkedin, 'Send anyway');
    await linkedin.waitForTimeout(800);
    expect(await inner.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toHaveLength(1);
  });

  it('Ctrl+Enter is held like Send, and a personal Ctrl+Enter send is recorded once', async () => {
    ext = await launchExtension();
    const html = page().replace(
      '</script>',
      `editor.addEventListener('keydown', (event) => { if (event.key === 'Enter' && event.ctrlKey) { event.preventDefault(); send.click(); } });\n</script>`,
    );
    const linkedin = await open(ext, html);
    await type(linkedin, 'Hi Tomás, download our free whitepaper and book a demo with our sales team today: https://calendly.com/x/demo');
    await linkedin.waitForTimeout(500);
    await linkedin.keyboard.press('Control+Enter');
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    expect(await sent(linkedin)).toEqual([]);
    await clickInjected(linkedin, 'Edit');
    await linkedin.locator('.msg-form__contenteditable').press('Control+a');
    await linkedin.keyboard.press('Delete');
    const personal = 'Tomás, the sensor layout you shared saved us a week. Coffee on me when you are in Porto!';
    await type(linkedin, personal);
    await linkedin.waitForTimeout(500);
    await linkedin.keyboard.press('Control+Enter');
    await expect.poll(() => sent(linkedin)).toEqual([personal]);
    await linkedin.waitForTimeout(1000);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    expect(await storedTimeline(options, RECIPIENT_ID)).toHaveLength(1);
  });

  it('a send made right after typing waits for the verdict: a pitch is held, a personal message goes once', async () => {
    ext = await launchExtension();
    const html = page().replace(
      '</script>',
      `editor.addEventListener('keydown', (event) => { if (event.key === 'Enter' && event.ctrlKey) { event.preventDefault(); send.click(); } });\n</script>`,
    );
    const linkedin = await open(ext, html);
    // Ctrl+Enter the moment the last key is typed (a few ms): within the judging delay, before any verdict exists.
    const typeAndSendAtOnce = async (text: string) => {
      await type(linkedin, text.slice(0, -1));
      const lastKey = Date.now();
      await linkedin.keyboard.type(text.slice(-1));
      await linkedin.keyboard.press('Control+Enter');
      expect(Date.now() - lastKey).toBeLessThan(JUDGE_DELAY_MS);
    };
    const pitch = 'Hi Tomás, we help agencies like yours book 3x more demos with our platform. Free trial, no card needed: https://calendly.com/x/demo';
    await typeAndSendAtOnce(pitch);
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    await linkedin.waitForTimeout(SEND_WAIT_MS);
    expect(await sent(linkedin)).toEqual([]);
    expect(await draft(linkedin)).toBe(pitch);
    await clickInjected(linkedin, 'Edit');
    await linkedin.locator('.msg-form__contenteditable').press('Control+a');
    await linkedin.keyboard.press('Delete');

    const personal = 'Tomás, the sensor layout you shared saved us a week. Coffee on me when you are in Porto!';
    await typeAndSendAtOnce(personal);
    await expect.poll(() => sent(linkedin)).toEqual([personal]);
    expect(await injectedText(linkedin)).not.toMatch(/Send this as it is\?/u);
    // Passed on once, and recorded once, however long we wait.
    await linkedin.waitForTimeout(SEND_WAIT_MS);
    expect(await sent(linkedin)).toEqual([personal]);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    const timeline = await storedTimeline(options, RECIPIENT_ID);
    expect(timeline).toHaveLength(1);
    expect(timeline[0]).toMatchObject({ kind: 'message', text: personal });
    expect(pageErrors(linkedin)).toEqual([]);
  });

  it('when the worker does not answer in time, the send goes anyway (fail open), once', async () => {
    ext = await launchExtension();
    const linkedin = await open(ext);
    const logged: string[] = [];
    linkedin.on('console', (message) => logged.push(message.text()));
    // Keep the worker's only thread busy for longer than the guard waits at Send: no verdict can come back.
    const busy = ext.serviceWorker.evaluate(() => {
      const until = Date.now() + 4000;
      while (Date.now() < until);
    });
    await linkedin.waitForTimeout(200);
    const pitch = 'Hi Tomás, book a free demo of our lead generation platform today and get 20% off your first month.';
    await type(linkedin, pitch);
    const sentAt = Date.now();
    await linkedin.click('.msg-form__send-button');
    expect(await sent(linkedin)).toEqual([]);
    await expect.poll(() => sent(linkedin), { timeout: 3000 }).toEqual([pitch]);
    // Held for the guard's timeout, not for the worker's 4 s.
    expect(Date.now() - sentAt).toBeLessThan(3500);
    expect(await injectedText(linkedin)).not.toMatch(/Send this as it is\?/u);
    await busy;
    // Recorded once the worker is back, once.
    await linkedin.waitForTimeout(SEND_WAIT_MS);
    expect(await sent(linkedin)).toEqual([pitch]);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await expect.poll(() => storedTimeline(options, RECIPIENT_ID)).toHaveLength(1);
    expect(logged.some((text) => text.includes('no verdict at send time'))).toBe(true);
    expect(pageErrors(linkedin)).toEqual([]);
  });

  it('a click on Send right after typing is held too, and Send anyway sends it once', async () => {
    ext = await launchExtension();
    const linkedin = await open(ext);
    const pitch = 'Hi Tomás, download our free whitepaper and book a demo with our sales team today: https://calendly.com/x/demo';
    await type(linkedin, pitch);
    await linkedin.click('.msg-form__send-button');
    await expect.poll(() => injectedText(linkedin)).toMatch(/Send this as it is\?/u);
    expect(await sent(linkedin)).toEqual([]);
    await clickInjected(linkedin, 'Send anyway');
    await expect.poll(() => sent(linkedin)).toEqual([pitch]);
    await linkedin.waitForTimeout(SEND_WAIT_MS);
    expect(await sent(linkedin)).toEqual([pitch]);
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    expect(await storedTimeline(options, RECIPIENT_ID)).toHaveLength(1);
  });

  it('a compose box it cannot read fully is left alone and reported to health', async () => {
    ext = await launchExtension();
    const html = readFileSync(resolve(REPO_ROOT, 'test/fixtures/linkedin/msg_overlay_ember_2023_en_foreign_button_no_send.html'), 'utf8');
    const linkedin = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/', html);
    await waitForContentScript(linkedin, ext.extensionId);
    await type(linkedin, 'Hi there, book a demo of our platform today!');
    await linkedin.waitForTimeout(600);
    expect(await injectedText(linkedin)).toBe('');
    const options = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    const row = options.locator('tr', { has: options.getByText('composer-overlay', { exact: true }) });
    await expect.poll(() => row.textContent(), { timeout: 5000 }).toContain('Send button: not found on 1 of the last 1 pages');
    expect(pageErrors(linkedin)).toEqual([]);
  });

  it('typing 500 characters causes no long task', async () => {
    ext = await launchExtension();
    const linkedin = await open(ext);
    await linkedin.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    const text = 'We help teams like yours grow faster, book a demo today and get 20% off our premium plan. '.repeat(6).slice(0, 500);
    await type(linkedin, text);
    await linkedin.waitForTimeout(800);
    const long = await linkedin.evaluate(() => (window as unknown as { __long: number[] }).__long);
    console.log(`long tasks while typing 500 characters with the guard on: ${long.length} ${long.length ? `(max ${Math.max(...long).toFixed(0)} ms)` : ''}`);
    expect(long.filter((d) => d > 50)).toEqual([]);
    await expect.poll(() => injectedText(linkedin)).toMatch(/Check/u);
  });
});
