import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, openLinkedInPage, REPO_ROOT, screenshot, waitForContentScript, type ExtensionHarness } from './harness';
import { injectedText } from './shadow';

/*
 * What we inject into LinkedIn speaks the language the user chose in Vínculo's settings, not only the browser's:
 * the settings page hands the chosen catalog to the content script through storage.local (pages/language.ts,
 * content/language.ts). Here the browser speaks English and the user picks Spanish.
 */

const OVERLAY = resolve(REPO_ROOT, 'test/fixtures/linkedin/msg_overlay_ember_2023_en_1to1_empty.html');
/** Stands in for LinkedIn's messaging code, which the saved page lacks: Send is enabled once there is text. */
const ENABLE_SEND = `<script>
  const form = document.querySelector('form.msg-form');
  form.querySelector('[contenteditable="true"]').addEventListener('input', () => { form.querySelector('.msg-form__send-button').disabled = false; });
  form.addEventListener('submit', (event) => event.preventDefault());
</script>`;
const PITCH = 'Hi Tomás, we help agencies like yours book 3x more demos with our platform. Do you have 15 minutes this week for a quick call? https://calendly.com/sales-team/intro';

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the chosen language on LinkedIn', () => {
  it('the compose guard speaks Spanish when the user chose it, in an English browser', async () => {
    ext = await launchExtension({ locale: 'en' });
    const settings = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await settings.getByLabel('Language').selectOption('es');
    type Storage = { chrome: { storage: { local: { get(key: string): Promise<Record<string, { language?: string } | undefined>> } } } };
    const shared = () => settings.evaluate(async () => (await (globalThis as unknown as Storage).chrome.storage.local.get('chosenCatalog')).chosenCatalog?.language);
    await expect.poll(shared).toBe('es');

    const linkedin = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/', readFileSync(OVERLAY, 'utf8').replace('</body>', `${ENABLE_SEND}</body>`));
    await waitForContentScript(linkedin, ext.extensionId);
    await linkedin.locator('.msg-form__contenteditable').click();
    await linkedin.keyboard.type(PITCH);
    // The indicator, then the held panel, in Spanish; the host tells screen readers so.
    await expect.poll(() => injectedText(linkedin), { timeout: 5000 }).toMatch(/Revisa/u);
    await linkedin.locator('.msg-form__send-button').click();
    await expect.poll(() => injectedText(linkedin)).toMatch(/¿Enviar tal cual\?/u);
    expect(await injectedText(linkedin)).toMatch(/Enviar de todos modos/u);
    expect(await injectedText(linkedin)).not.toMatch(/Send anyway/u);
    expect(await linkedin.locator('vinculo-ui').first().getAttribute('lang')).toBe('es');
    await linkedin.waitForTimeout(300);
    await screenshot(linkedin, 'language-guard-es-in-en-browser');

    // Back to the browser's language: the catalog goes.
    await settings.getByLabel('Idioma').selectOption('auto');
    await expect.poll(shared).toBeUndefined();
  });
});
