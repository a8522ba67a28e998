/*
 * Smoke test of the built extension: it loads, asks for no more than it needs, exposes nothing LinkedIn could
 * probe, injects its content script on LinkedIn, its pages open cleanly, and nothing leaves for other hosts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DIST,
  assertNoExternalRequests,
  builtManifest,
  extensionErrors,
  launchExtension,
  openExtensionPage,
  openLinkedInPage,
  pageErrors,
  screenshot,
  waitForContentScript,
  type ExtensionHarness,
} from './harness';

interface BuiltManifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches?: string[]; use_dynamic_url?: boolean }[];
  content_scripts?: { matches: string[]; js?: string[] }[];
  externally_connectable?: unknown;
}

const FEED = 'https://www.linkedin.com/feed/';
const EXTENSION_PAGES = ['src/popup/index.html', 'src/sidepanel/index.html', 'src/options/index.html#settings'];

describe('built manifest', () => {
  const manifest = builtManifest() as BuiltManifest;

  it('asks only for storage, unlimitedStorage, sidePanel, alarms and www.linkedin.com; downloads and notifications only when turned on', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(['https://www.linkedin.com/*']);
    // Asked from the user's click in the workspace (scheduled backups, follow-up notifications), never at install.
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual(['downloads', 'notifications']);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('exposes no web-accessible resource a page could probe at a fixed URL', () => {
    // LinkedIn probes fixed chrome-extension:// URLs to detect extensions (ARCHITECTURE.md, pitfalls).
    const resources = manifest.web_accessible_resources ?? [];
    expect(resources.filter((entry) => entry.use_dynamic_url !== true)).toEqual([]);
    expect(resources.filter((entry) => (entry.matches ?? []).some((match) => match.includes('linkedin.com')))).toEqual([]);
  });

  it('ships self-contained content scripts for www.linkedin.com only', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.matches).toEqual(['https://www.linkedin.com/*']);
      for (const file of script.js ?? []) {
        // A module loader would import() chunks, which then have to be web-accessible.
        expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(/\bimport\s*\(|^\s*import\s/m);
      }
    }
  });
});

describe('in Chromium', () => {
  let ext: ExtensionHarness;

  beforeAll(async () => {
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('starts the service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.serviceWorker.url()).toMatch(new RegExp(`^chrome-extension://${ext.extensionId}/`));
  });

  it('runs the content script on a LinkedIn page', async () => {
    const page = await openLinkedInPage(ext, FEED, '<!doctype html><title>Feed | LinkedIn</title><main><h1>Feed</h1></main>');
    const world = await waitForContentScript(page, ext.extensionId);
    expect(await world.evaluate('chrome.runtime.id')).toBe(ext.extensionId);
    expect(extensionErrors(page)).toEqual([]);
    await page.close();
  });

  it.each(EXTENSION_PAGES)('opens %s without errors', async (path) => {
    const page = await openExtensionPage(ext.context, ext.extensionId, path);
    // Something rendered: the app mounted instead of failing silently.
    await page.waitForFunction(() => document.body.innerText.trim().length > 0, undefined, { timeout: 10_000 });
    await page.waitForLoadState('networkidle');
    await screenshot(page, `smoke-${path.split('/')[1]}`);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('sent nothing to hosts other than LinkedIn', () => {
    assertNoExternalRequests(ext);
  });
});
