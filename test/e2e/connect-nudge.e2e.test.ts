import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoExternalRequests, launchExtension, openExtensionPage, openLinkedInPage, pageErrors, REPO_ROOT, screenshot, storedTimeline, waitForContentScript, type ExtensionHarness } from './harness';
import { injectedText } from './shadow';
import { withStandIn } from './saved-pages';

const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/linkedin');


const SHARED_MODAL = resolve(REPO_ROOT, '../shared/fixtures/linkedin/invite_modal_2026_ember_send-invite.html');
/** A page with LinkedIn's invitation code stood in for (saved-pages.ts): it records what each Send would send. */
const invitation = (file: string) => withStandIn(resolve(FIXTURES, file), 'invitation');
const invites = (p: Page) => p.evaluate(() => (window as unknown as { __invites: { label: string; note: string | null }[] }).__invites);

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('connect nudge in Chromium', () => {
  it('step 1: a nudge with openings from the profile; sending without a note stays one click, and is recorded', async () => {
    ext = await launchExtension();
    const url = 'https://www.linkedin.com/in/noor-haddad-pereira-3f9a12/';
    const page = await openLinkedInPage(ext, url, invitation('invite_ember_2026_en_step1.html'));
    await waitForContentScript(page, ext.extensionId);
    await expect.poll(() => injectedText(page), { timeout: 5000 }).toMatch(/A personal note makes them far likelier to accept/u);
    expect(await injectedText(page)).toMatch(/Hi Noor, /u);
    await screenshot(page, 'nudge-step1-en');

    await page.click('[aria-label="Send without a note"]');
    expect(await invites(page)).toEqual([{ label: 'Send without a note', note: null }]);
    const db = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await expect.poll(() => storedTimeline(db, 'noor-haddad-pereira-3f9a12')).toEqual([expect.objectContaining({ kind: 'invitation', text: '' })]);
    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it('step 1: a thread where the user saw them comes first among the openings', async () => {
    ext = await launchExtension();
    // The user read a discussion where Noor commented (as the thread reader reports it).
    const feed = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/update/urn:li:activity:7460000000000000042/', '<!doctype html><html lang="en"><head><title>Post | LinkedIn</title></head><body><main></main></body></html>');
    const content = await waitForContentScript(feed, ext.extensionId);
    const thread = { id: 'urn:li:activity:7460000000000000042', title: 'Flood maps for small towns: what worked', authorName: 'Ada Post', participants: [{ name: 'Noor Haddad Pereira', slug: 'noor-haddad-pereira-3f9a12', author: false, comments: 1 }] };
    const reply = await content.evaluate<{ ok: boolean }>(`chrome.runtime.sendMessage({ type: 'thread.seen', payload: { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7460000000000000042/', link: 'https://www.linkedin.com/feed/update/urn:li:activity:7460000000000000042/', thread: ${JSON.stringify(thread)} } })`);
    expect(reply.ok).toBe(true);

    const page = await openLinkedInPage(ext, 'https://www.linkedin.com/in/noor-haddad-pereira-3f9a12/', invitation('invite_ember_2026_en_step1.html'));
    await waitForContentScript(page, ext.extensionId);
    await expect.poll(() => injectedText(page), { timeout: 5000 }).toContain('I read what you wrote in the discussion on “Flood maps for small towns: what worked”');
    expect(await injectedText(page)).not.toContain('say where you came across them');
    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
  });

  it.skipIf(!existsSync(SHARED_MODAL))('nudges in the real 2026 invitation dialog markup', async () => {
    ext = await launchExtension();
    const page = await openLinkedInPage(ext, 'https://www.linkedin.com/preload/custom-invite/?vanityName=jeremyharbour', invitation(SHARED_MODAL));
    await waitForContentScript(page, ext.extensionId);
    await expect.poll(() => injectedText(page), { timeout: 5000 }).toMatch(/A personal note makes them far likelier to accept/u);
    expect(await injectedText(page)).toMatch(/Hi Jeremy, /u);
    await page.click('[aria-label="Send without a note"]');
    expect(await invites(page)).toEqual([{ label: 'Send without a note', note: null }]);
    const db = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await expect.poll(() => storedTimeline(db, 'jeremyharbour')).toEqual([expect.objectContaining({ kind: 'invitation', text: '' })]);
  });

  it('step 2: the note is judged as typed, never changed, and sent with the invitation', async () => {
    ext = await launchExtension();
    const url = 'https://www.linkedin.com/in/aoife-brennan-sato-81c4d2/';
    const page = await openLinkedInPage(ext, url, invitation('invite_ember_2026_en_step2_free.html'));
    await waitForContentScript(page, ext.extensionId);
    const template = "Hi [Name], I'd like to add you to my professional network on LinkedIn.";
    await page.fill('#custom-message', template);
    await expect.poll(() => injectedText(page), { timeout: 5000 }).toMatch(/\[Name\]/u);
    const advice = await injectedText(page);
    expect(advice).toMatch(/3 personalised invitations left this month/u);
    expect(await page.inputValue('#custom-message')).toBe(template);
    await screenshot(page, 'nudge-step2-en');

    const personal = 'Hi Aoife, your talk on tidal sensors at the Cork meetup stayed with me. I would love to stay in touch.';
    await page.fill('#custom-message', personal);
    await expect.poll(() => injectedText(page)).not.toMatch(/\[Name\]/u);
    expect(await injectedText(page)).toBe('3 personalised invitations left this month: make this one count.');
    await page.click('[aria-label="Send invitation"]');
    expect(await invites(page)).toEqual([{ label: 'Send invitation', note: personal }]);
    await page.waitForTimeout(800);
    const db = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await expect.poll(() => storedTimeline(db, 'aoife-brennan-sato-81c4d2')).toEqual([expect.objectContaining({ kind: 'invitation', text: personal })]);
  });
});
