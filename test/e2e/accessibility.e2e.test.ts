import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seedNetwork, writeStores } from '../bench/workspace-bench';
import { launchExtension, openExtensionPage, type ExtensionHarness } from './harness';

/*
 * Every view of the workspace checked by axe-core (WCAG 2.1 A and AA rules) in both themes, with a few contacts
 * stored so the lists, cards and bars are drawn: no serious or critical violation (issue #5's new surfaces;
 * issue #6 extends this to every page and injected element).
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

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('accessibility of the workspace (axe-core)', () => {
  it('no serious or critical violation in any view, light or dark, nor in the popup and side panel', async () => {
    ext = await launchExtension();
    const { contacts, activity } = seedNetwork(60);
    const setup = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await writeStores(setup, { contacts, activity });
    await setup.close();

    const found: string[] = [];
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
    expect(found).toEqual([]);
  }, 180_000);
});
