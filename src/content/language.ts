import browser from 'webextension-polyfill';
import type { Language } from '../core/model/settings';
import type { ChosenCatalog } from '../messages/protocol';
import { CHOSEN_CATALOG_KEY } from '../messages/wire';
import { browserLanguage, setCatalog } from '../ui/i18n';

/*
 * The language of what we inject into LinkedIn: the one the user chose in Vínculo, not LinkedIn's (the page's own
 * language only matters to the readers, which match LinkedIn's wording in every language). The browser's i18n
 * speaks the browser's language; when the user chose another, the extension pages leave its messages in
 * storage.local (pages/language.ts), and this speaks from them.
 */

/** The languages a stored catalog may be in (a Record, so that a new language fails to compile until it is here). */
const LANGUAGES: Record<Language, true> = { en: true, es: true };

/**
 * What the extension pages stored, as far as speaking from it needs. Only our own pages write this key, with the
 * protocol's ChosenCatalog schema: its shape is checked, not parsed with zod, which would build that schema on
 * every LinkedIn page (see messages/client.ts).
 */
function isChosenCatalog(value: unknown): value is ChosenCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const { language, catalog } = value as { language?: unknown; catalog?: unknown };
  return typeof language === 'string' && Object.hasOwn(LANGUAGES, language) && typeof catalog === 'object' && catalog !== null;
}

function speak(value: unknown): void {
  setCatalog(isChosenCatalog(value) && value.language !== browserLanguage() ? value : undefined);
}

/** Speaks the chosen language from now on, and follows a change of the setting (shown from the next render). */
export async function speakChosenLanguage(): Promise<void> {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CHOSEN_CATALOG_KEY in changes) speak(changes[CHOSEN_CATALOG_KEY]?.newValue);
  });
  speak((await browser.storage.local.get(CHOSEN_CATALOG_KEY))[CHOSEN_CATALOG_KEY]);
}
