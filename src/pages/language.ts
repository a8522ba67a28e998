import { signal } from '@preact/signals';
import browser from 'webextension-polyfill';
import type { Language } from '../core/model/settings';
import { CHOSEN_CATALOG_KEY, ChosenCatalog } from '../messages/protocol';
import { browserLanguage, setCatalog } from '../ui/i18n';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

/*
 * The language setting, for extension pages: the browser's i18n only speaks the browser's language, so a page
 * whose user chose another one speaks from the bundled catalog instead.
 */
const CATALOGS = { en, es } as const;

/** The language the page speaks; mount.ts keeps <html lang> and the title in step with it. */
export const pageLanguage = signal<Language>(browserLanguage());

/** Applies the user's setting ("auto" follows the browser). */
export function applyLanguageSetting(setting: Language | 'auto'): void {
  const language = setting === 'auto' ? browserLanguage() : setting;
  setCatalog(language === browserLanguage() ? undefined : { language, catalog: CATALOGS[language] });
  pageLanguage.value = language;
}

/** What this page last handed to the content scripts: each page checks once, and again only on a change. */
let shared: Language | 'none' | undefined;

/**
 * Hands the setting to the content scripts on LinkedIn (content/language.ts), which bundle no catalog: the
 * chosen language's messages go to storage.local while it is not the browser's, and are removed when it is.
 * Written only when what is stored differs, since every LinkedIn tab is told of each write.
 */
export async function shareLanguageSetting(setting: Language | 'auto'): Promise<void> {
  const language = setting === 'auto' ? browserLanguage() : setting;
  const wanted = language === browserLanguage() ? 'none' : language;
  if (wanted === shared) return;
  shared = wanted;
  const version = browser.runtime.getManifest().version;
  const stored = ChosenCatalog.safeParse((await browser.storage.local.get(CHOSEN_CATALOG_KEY))[CHOSEN_CATALOG_KEY]);
  if (wanted === 'none') {
    if (stored.success) await browser.storage.local.remove(CHOSEN_CATALOG_KEY);
  } else if (!stored.success || stored.data.language !== wanted || stored.data.version !== version) {
    const value: ChosenCatalog = { language: wanted, version, catalog: CATALOGS[wanted] };
    await browser.storage.local.set({ [CHOSEN_CATALOG_KEY]: value });
  }
}
