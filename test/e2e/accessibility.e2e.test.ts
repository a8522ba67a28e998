import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seedNetwork, writeStores } from '../bench/workspace-bench';
import { launchExtension, linkedinTabId, openExtensionPage, openLinkedInPage, waitForContentScript, type ExtensionHarness } from './harness';

/*
 * Every view of the workspace checked by axe-core (WCAG 2.1 A and AA rules) in both themes, with a few contacts
 * stored so the lists, cards and bars are drawn: no serious or critical violation; then the side panel and popup
 * beside a LinkedIn profile and thread, with a keyboard walk. What Vínculo injects into LinkedIn's pages is checked
 * in injected-accessibility.e2e.test.ts.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = ['overview', 'network', 'review', 'followups', 'import', 'data', 'settings'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function violations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, not a <script>: the extension page's CSP refuses inline scripts, as it should.
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

interface Stop {
  label: string;
  /** The focus indicator drawn: outline or box-shadow of the focused element (or, for a visually hidden radio, its label). */
  ring: boolean;
}

/**
 * Presses Tab until the focus has gone round the page once: every control reached, in order, and each with a
 * focus ring. The walk ends when the first control comes back; if it never does within `limit` presses, something
 * kept the focus (a trap) and the caller sees fewer stops than controls.
 */
async function tabWalk(page: Page, limit = 80): Promise<{ stops: Stop[]; controls: number; wrapped: boolean }> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const controls = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked && document.querySelector(`input[type=radio][name="${el.name}"]:checked`)),
      ).length,
  );
  const stops: Stop[] = [];
  let first: string | undefined;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const drawn = (target: Element) => {
        const style = getComputedStyle(target);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      const label = el.closest('label');
      const kind = el instanceof HTMLInputElement ? `${el.tagName.toLowerCase()}[${el.type}]` : el.tagName.toLowerCase();
      const name = el.getAttribute('aria-label') ?? (el.textContent?.trim() || label?.textContent?.trim() || '');
      const id = `${kind} "${name.slice(0, 40)}" #${[...document.querySelectorAll('*')].indexOf(el)}`;
      // A date field's calendar button lives in Chromium's own shadow tree: the field is the active element without
      // matching :focus, and Chromium draws that button's ring itself.
      const calendarButton = el instanceof HTMLInputElement && el.type === 'date' && !el.matches(':focus');
      return { label: id, ring: calendarButton || drawn(el) || (label ? drawn(label) : false) };
    });
    if (!stop) continue; // the focus left the page (browser UI) before it comes round again
    if (stop.label === first) return { stops, controls, wrapped: true };
    first ??= stop.label;
    stops.push(stop);
  }
  return { stops, controls, wrapped: false };
}

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('accessibility of the workspace (axe-core)', () => {
  it('no serious or critical violation in any view, light or dark, nor in the popup and side panel; every control of each view reached by Tab with a focus ring, no trap', async () => {
    ext = await launchExtension();
    const { contacts, activity } = seedNetwork(60);
    const setup = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await writeStores(setup, { contacts, activity });
    await setup.close();

    const found: string[] = [];
    const walks: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const view of VIEWS) {
        const page = await openExtensionPage(ext.context, ext.extensionId, `src/options/index.html#${view}`);
        await page.emulateMedia({ colorScheme: scheme });
        await page.locator('#view-title').waitFor();
        // Let the view's data arrive (the lists and bars are what is checked).
        await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent?.includes('Loading'));
        if (view === 'review') await page.getByRole('button', { name: 'Start reviewing' }).click();
        if (view === 'network') await page.locator('.row-open').first().click();
        await page.waitForTimeout(300);
        for (const problem of await violations(page)) found.push(`#${view} (${scheme}): ${problem}`);
        if (scheme === 'light') {
          const walk = await tabWalk(page, 250);
          walks.push(`#${view}: ${walk.stops.length} stops for ${walk.controls} controls`);
          if (!walk.wrapped) found.push(`#${view}: the focus did not come round in ${walk.stops.length} presses (a trap?)`);
          if (walk.stops.length < walk.controls) found.push(`#${view}: Tab reached ${walk.stops.length} of ${walk.controls} controls`);
          for (const stop of walk.stops.filter((s) => !s.ring)) found.push(`#${view}: no focus ring on ${stop.label}`);
        }
        await page.close();
      }
    }
    // The popup and the side panel as they open away from LinkedIn (the due list shows once the worker counted).
    for (const path of ['src/popup/index.html', 'src/sidepanel/index.html']) {
      const page = await openExtensionPage(ext.context, ext.extensionId, path);
      await page.waitForTimeout(300);
      for (const problem of await violations(page)) found.push(`${path}: ${problem}`);
      await page.close();
    }
    console.log(walks.join('\n'));
    expect(found).toEqual([]);
  }, 180_000);

  it('the side panel and popup beside a profile and a thread: no violation, every control reached by Tab with a focus ring, no trap', async () => {
    ext = await launchExtension();
    const found: string[] = [];
    const walks: string[] = [];
    const surfaces = [
      // What each page shows once it has read the tab: the person, or (the popup on a thread) its own buttons.
      { url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/', file: 'test/fixtures/linkedin/profile_sdui_2026_en.html', ready: { sidepanel: 'Lucía', popup: 'Lucía' } },
      { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/', file: 'test/fixtures/linkedin/thread_feed_update_ember_2026_en.html', ready: { sidepanel: 'Nadia', popup: 'Open side panel' } },
    ];
    for (const { url, file, ready } of surfaces) {
      const linkedin = await openLinkedInPage(ext, url, file);
      await waitForContentScript(linkedin, ext.extensionId);
      const tabId = await linkedinTabId(ext.serviceWorker, url);
      for (const surface of ['sidepanel', 'popup'] as const) {
        const path = `src/${surface}/index.html`;
        for (const scheme of ['light', 'dark'] as const) {
          const page = await openExtensionPage(ext.context, ext.extensionId, `${path}?tab=${tabId}`);
          await page.emulateMedia({ colorScheme: scheme });
          await page.getByText(ready[surface]).first().waitFor();
          await page.waitForTimeout(300);
          const where = `${path} on ${new URL(url).pathname.split('/')[1]} (${scheme})`;
          for (const problem of await violations(page)) found.push(`${where}: ${problem}`);
          const walk = await tabWalk(page);
          walks.push(`${where}: ${walk.stops.length} stops for ${walk.controls} controls`);
          if (!walk.wrapped) found.push(`${where}: the focus did not come round in ${walk.stops.length} presses (a trap?)`);
          if (walk.stops.length < walk.controls) found.push(`${where}: Tab reached ${walk.stops.length} of ${walk.controls} controls`);
          for (const stop of walk.stops.filter((s) => !s.ring)) found.push(`${where}: no focus ring on ${stop.label}`);
          await page.close();
        }
      }
      await linkedin.close();
    }
    console.log(walks.join('\n'));
    expect(found).toEqual([]);
  }, 120_000);
});
