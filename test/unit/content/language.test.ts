/*
 * The content script speaks the language the user chose in Vínculo on LinkedIn, not only the browser's: the
 * extension pages leave that language's messages in storage.local (pages/language.ts) and the content script
 * speaks from them (content/language.ts), since it bundles no catalog.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { speakChosenLanguage } from '../../../src/content/language';
import { LANGUAGES } from '../../../src/core/model/settings';
import { CHOSEN_CATALOG_KEY, ChosenCatalog } from '../../../src/messages/protocol';
import { shareLanguageSetting } from '../../../src/pages/language';
import { currentLanguage, formatNumber, setCatalog, t } from '../../../src/ui/i18n';
import { browserMock, resetBrowserMock, setMockLocale } from '../mocks/webextension-polyfill';

const stored = async () => (await browserMock.storage.local.get(CHOSEN_CATALOG_KEY))[CHOSEN_CATALOG_KEY] as ChosenCatalog | undefined;

beforeEach(() => {
  resetBrowserMock();
  setCatalog(undefined);
});

describe('the chosen language on LinkedIn', () => {
  it('follows the setting from the pages to the content script, and back to the browser’s', async () => {
    const writes: unknown[] = [];
    browserMock.storage.onChanged.addListener((changes: Record<string, unknown>) => void (CHOSEN_CATALOG_KEY in changes && writes.push(changes)));

    // The browser speaks English; the user chose Spanish on a page.
    await shareLanguageSetting('es');
    expect(await stored()).toMatchObject({ language: 'es', version: '0.1.0' });
    expect((await stored())?.catalog.removeTag?.message).toBe('Quitar la etiqueta $1');

    await speakChosenLanguage();
    expect(currentLanguage()).toBe('es');
    expect(t('removeTag', 'Madrid')).toBe('Quitar la etiqueta Madrid');
    expect(formatNumber(12345.5)).toBe('12.345,5');

    // Pages render often: the same choice is not written again (every LinkedIn tab hears each write).
    await shareLanguageSetting('es');
    expect(writes).toHaveLength(1);

    // Back to the browser's language: the catalog goes, and the open LinkedIn tabs follow.
    await shareLanguageSetting('auto');
    expect(await stored()).toBeUndefined();
    expect(currentLanguage()).toBe('en');
    expect(t('removeTag', 'Madrid')).toBe('Remove tag Madrid');
  });

  it('ignores a stored catalog in the browser’s own language, or one that is not a catalog', async () => {
    setMockLocale('es');
    await browserMock.storage.local.set({ [CHOSEN_CATALOG_KEY]: { language: 'en', version: '0.1.0', catalog: 'nonsense' } });
    await speakChosenLanguage();
    expect(t('removeTag', 'Madrid')).toBe('Quitar la etiqueta Madrid');
    // Chosen English while the browser was English, then the browser moved to Spanish: Spanish it is, from the browser.
    await browserMock.storage.local.set({ [CHOSEN_CATALOG_KEY]: { language: 'es', version: '0.1.0', catalog: { removeTag: { message: 'old $1' } } } });
    expect(t('removeTag', 'Madrid')).toBe('Quitar la etiqueta Madrid');
  });

  it('speaks only from what is a catalog in one of our languages', async () => {
    await speakChosenLanguage();
    for (const value of [{ language: 'es', catalog: 'nonsense' }, { language: 'fr', catalog: { removeTag: { message: 'Retirer $1' } } }, { catalog: {} }, 'es', null]) {
      await browserMock.storage.local.set({ [CHOSEN_CATALOG_KEY]: value });
      expect(t('removeTag', 'Madrid')).toBe('Remove tag Madrid');
      expect(currentLanguage()).toBe('en');
    }
    await browserMock.storage.local.set({ [CHOSEN_CATALOG_KEY]: { language: 'es', version: '0.0.1', catalog: { removeTag: { message: 'Quitar $1' } } } });
    expect(t('removeTag', 'Madrid')).toBe('Quitar Madrid');
  });

  it('knows the languages the settings offer', () => {
    expect(ChosenCatalog.shape.language.options).toEqual([...LANGUAGES]);
  });
});
