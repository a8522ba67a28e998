import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { seedNetwork, writeStores } from '../bench/workspace-bench';
import { launchExtension, openExtensionPage, openLinkedInPage, pageErrors, SCREENSHOTS_DIR, waitForContentScript, type ExtensionHarness } from './harness';

/*
 * Issue #6, full keyboard use of the network list with 30,000 contacts: the list is one Tab stop (a WAI-ARIA
 * grid with a roving tabindex), the arrows and Page/Home/End keys move inside it and scroll the rows that were
 * not drawn into view, Enter opens a contact's card, Escape closes it and gives the focus back to the row, and
 * the focus stays on its contact when the data changes.
 */

const COUNT = 30_000;
const LUCIA = { url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/', file: 'test/fixtures/linkedin/profile_sdui_2026_en.html', name: 'Lucía Fernández Ortega' };

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

interface Focus {
  inGrid: boolean;
  /** The focused control's row (aria-rowindex: 1 is the header) and cell (0 checkbox, 1 name). */
  row: number;
  col: string | undefined;
  /** The contact of that row. */
  name: string;
  /** The focused control lies whole inside the list's scrolling box (the header sits above it). */
  inView: boolean;
  /** Rows in the DOM, and the grid's Tab stops (tabindex 0). */
  drawn: number;
  tabStops: number;
  inCard: boolean;
}

const focus = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const grid = document.querySelector('[role=grid]')!;
    const row = el.closest('[role=row]');
    const box = el.getBoundingClientRect();
    const scroller = document.querySelector('.virtual-scroller')!.getBoundingClientRect();
    return {
      inGrid: grid.contains(el),
      row: Number(row?.getAttribute('aria-rowindex') ?? NaN),
      col: el.dataset.col,
      name: row?.querySelector('.row-open')?.textContent ?? '',
      inView: box.top >= scroller.top - 0.5 && box.bottom <= scroller.bottom + 0.5,
      drawn: grid.querySelectorAll('.virtual-body [role=row]').length,
      tabStops: grid.querySelectorAll('[tabindex="0"]').length,
      inCard: !!el.closest('.network-detail'),
    };
  });

/** Presses Tab until the focus is in the grid; how many presses it took (or Infinity within `limit`). */
async function tabIntoGrid(page: Page, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if ((await focus(page)).inGrid) return presses;
  }
  return Infinity;
}

async function press(page: Page, key: string, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

describe('the network list by keyboard (issue #6)', () => {
  it('is one Tab stop; arrows, pages, Home and End move and scroll; Enter opens, Escape closes and gives the focus back; the focus keeps its contact', async () => {
    ext = await launchExtension();
    const { contacts, activity } = seedNetwork(COUNT);
    const setup = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await writeStores(setup, { contacts, activity });
    await setup.close();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#network');
    await page.locator('.network-row:not(.header)').first().waitFor();
    const grid = page.getByRole('grid', { name: 'Contacts' });
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));

    // From the search box, Tab passes the filters and the bulk hint, then enters the list on its first contact.
    const search = page.getByRole('searchbox', { name: 'Search your network' });
    await search.focus();
    const presses = await tabIntoGrid(page);
    const controlsBetween = await page.evaluate(() => {
      const all = [...document.querySelectorAll<HTMLElement>('main input, main select, main button')].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
      return all.findIndex((el) => el.closest('[role=grid]')) - all.findIndex((el) => el.getAttribute('type') === 'search') - 1;
    });
    console.log(`Tab presses from the search box into the list: ${presses} (controls in between: ${controlsBetween})`);
    expect(presses).toBeLessThanOrEqual(20);
    let at = await focus(page);
    expect(at).toMatchObject({ row: 2, col: '1', inView: true, tabStops: 1 });
    // The next Tab leaves the list (nothing follows it in the page but the browser's own UI); Shift+Tab comes back.
    await page.keyboard.press('Tab');
    expect((await focus(page)).inGrid).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focus(page)).toMatchObject({ inGrid: true, row: 2, col: '1' });

    // Down 300 rows: each drawn as the focus reaches it, scrolled into view, the DOM still small.
    const before = await page.locator('.virtual-body [role=row]').count();
    expect(before).toBeLessThan(80);
    expect(await page.locator('.virtual-body [role=row][aria-rowindex="302"]').count()).toBe(0);
    await press(page, 'ArrowDown', 300);
    at = await focus(page);
    expect(at).toMatchObject({ row: 302, col: '1', inView: true, tabStops: 1 });
    expect(at.drawn).toBeLessThan(80);
    await press(page, 'ArrowUp', 2);
    expect(await focus(page)).toMatchObject({ row: 300, col: '1', inView: true });

    // A page down moves by the rows one screen shows.
    const pageRows = await page.evaluate(() => Math.floor(document.querySelector('.virtual-scroller')!.clientHeight / 56));
    expect(pageRows).toBeGreaterThan(2);
    await page.keyboard.press('PageDown');
    expect(await focus(page)).toMatchObject({ row: 300 + pageRows, col: '1', inView: true });
    await page.keyboard.press('PageUp');
    expect(await focus(page)).toMatchObject({ row: 300, col: '1', inView: true });

    // Ctrl+End: the last of 30,000; Ctrl+Home: the header's "select all"; down again to the first contact.
    await page.keyboard.press('Control+End');
    at = await focus(page);
    expect(at).toMatchObject({ row: COUNT + 1, col: '1', inView: true, tabStops: 1 });
    expect(at.drawn).toBeLessThan(80);
    await page.keyboard.press('Control+Home');
    expect(await focus(page)).toMatchObject({ row: 1, col: '0', inGrid: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Select all ${COUNT.toLocaleString('en')} shown`);
    await page.keyboard.press('ArrowDown');
    expect(await focus(page)).toMatchObject({ row: 2, col: '0', inView: true });
    await page.keyboard.press('End');
    expect(await focus(page)).toMatchObject({ row: 2, col: '1' });
    await page.keyboard.press('Home');
    expect(await focus(page)).toMatchObject({ row: 2, col: '0' });

    // Left and right reach the checkbox; Space selects; the focus stays through the re-render.
    await press(page, 'ArrowDown', 40);
    await page.keyboard.press('ArrowRight');
    const picked = await focus(page);
    expect(picked).toMatchObject({ row: 42, col: '1', inView: true });
    await page.keyboard.press('ArrowLeft');
    expect(await focus(page)).toMatchObject({ row: 42, col: '0' });
    await page.keyboard.press('Space');
    await page.getByText('1 selected').waitFor();
    expect(await page.getByRole('checkbox', { name: `Select ${picked.name}` }).isChecked()).toBe(true);
    expect(await focus(page)).toMatchObject({ row: 42, col: '0', name: picked.name });
    await shoot(page, 'network-keyboard-checkbox');
    await page.keyboard.press('ArrowRight');

    // Enter opens that contact's card beside the list; Tab goes from the list into the card.
    await page.keyboard.press('Enter');
    const card = page.locator('.network-detail');
    await card.locator('.contact-panel').waitFor();
    await expect.poll(() => card.getByRole('heading', { level: 1 }).innerText()).toContain(picked.name);
    expect(await focus(page)).toMatchObject({ row: 42, col: '1', name: picked.name });
    await page.keyboard.press('Tab');
    expect(await focus(page)).toMatchObject({ inGrid: false, inCard: true });
    await page.keyboard.press('Tab');
    // Escape in the card closes it and the focus goes back to the contact's name.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await focus(page)).toMatchObject({ inGrid: true, row: 42, col: '1', name: picked.name, inView: true, tabStops: 1 });
    await shoot(page, 'network-keyboard-focus');
    // The Close button does the same, even when the list was scrolled far from the contact meanwhile.
    await page.keyboard.press('Enter');
    await card.locator('.contact-panel').waitFor();
    await page.locator('.virtual-scroller').evaluate((el) => (el.scrollTop = 56 * 5000));
    await card.getByRole('button', { name: 'Close' }).click();
    await card.waitFor({ state: 'detached' });
    expect(await focus(page)).toMatchObject({ inGrid: true, row: 42, col: '1', name: picked.name, inView: true });
    // Scrolled far away by the mouse, the focused row stays in the DOM (the focus is not lost with it), and Tab
    // back into the list finds it and brings it into view.
    await page.locator('.virtual-scroller').evaluate((el) => (el.scrollTop = 56 * 20_000));
    await page.locator('.virtual-body [role=row][aria-rowindex="20002"]').waitFor();
    expect(await focus(page)).toMatchObject({ inGrid: true, row: 42, col: '1', name: picked.name, inView: false });
    await page.keyboard.press('Tab');
    expect((await focus(page)).inGrid).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await focus(page)).toMatchObject({ inGrid: true, row: 42, col: '1', name: picked.name, inView: true });

    // "/" still goes to the search. A new filter puts the list's Tab stop back on its first row.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await search.fill('kwame');
    await page.waitForFunction(() => document.querySelector('.network-status [role=status]')?.textContent?.includes(' of '));
    await search.focus();
    // More stops before the list now ("Clear filters", the bulk bar of the selection), still one in it.
    expect(await tabIntoGrid(page)).toBeLessThanOrEqual(30);
    const first = await focus(page);
    expect(first).toMatchObject({ row: 2, col: '1', tabStops: 1 });
    expect(first.name.toLowerCase()).toContain('kwame');
    await search.fill('');
    await page.waitForFunction((n) => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(n), COUNT + 1);

    // The data changes (the user visits a profile: the worker stores a contact who sorts before this one): the
    // focus stays on the same contact, now one row lower.
    await page.locator('.row-open').first().focus();
    await page.keyboard.press('Control+End');
    const last = await focus(page);
    expect(last.row).toBe(COUNT + 1);
    expect(LUCIA.name.localeCompare(last.name)).toBeLessThan(0);
    const linkedin = await openLinkedInPage(ext, LUCIA.url, LUCIA.file);
    await waitForContentScript(linkedin, ext.extensionId);
    await page.waitForFunction((n) => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(n), COUNT + 2, { timeout: 15_000 });
    expect(await focus(page)).toMatchObject({ inGrid: true, row: COUNT + 2, col: '1', name: last.name, tabStops: 1 });
    await linkedin.close();

    // The focused contact leaves the list (reviewed in another tab while "Not yet reviewed" filters the list): the
    // focus stays in the list, on the contact who took their row.
    const review = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#review');
    await review.getByRole('button', { name: 'Start reviewing' }).click();
    // The card's heading shows the contact's id until their profile has loaded.
    const names = new Set([...contacts.map((c) => c.profile.name), LUCIA.name]);
    const heading = review.locator('.review-card h1, .review-card h2').first();
    await expect.poll(async () => names.has((await heading.innerText()).trim())).toBe(true);
    const reviewed = (await heading.innerText()).trim();
    await page.getByRole('checkbox', { name: 'Not yet reviewed' }).check();
    await search.fill(reviewed);
    await page.waitForFunction(() => document.querySelector('.network-status [role=status]')?.textContent?.includes(' of '));
    await search.focus();
    await tabIntoGrid(page);
    for (let i = 0; i < 20 && (await focus(page)).name !== reviewed; i++) await page.keyboard.press('ArrowDown');
    const gone = await focus(page);
    expect(gone).toMatchObject({ name: reviewed, col: '1' });
    const shownBefore = Number(await grid.getAttribute('aria-rowcount'));
    expect(shownBefore).toBeGreaterThan(gone.row); // someone to take the row
    await review.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(n), shownBefore - 1, { timeout: 15_000 });
    const after = await focus(page);
    expect(after).toMatchObject({ inGrid: true, row: gone.row, col: '1', tabStops: 1 });
    expect(after.name).not.toBe(reviewed);
    await review.close();

    expect(pageErrors(page)).toEqual([]);
  }, 180_000);
});

/** The list with its focused row, in the light and the dark theme (test/e2e/screenshots/, gitignored). */
async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.locator('.virtual-table').screenshot({ path: `${SCREENSHOTS_DIR}/${name}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
