import browser from 'webextension-polyfill';
import { CHOSEN_CATALOG_KEY, ChosenCatalog } from '../messages/protocol';
import { browserLanguage, setCatalog } from '../ui/i18n';

/*
 * The language of what we inject into LinkedIn: the one the user chose in Vínculo, not LinkedIn's (the page's own
 * language only matters to the readers, which match LinkedIn's wording in every language). The browser's i18n
 * speaks the browser's language; when the user chose another, the extension pages leave its messages in
 * storage.local (pages/language.ts), and this speaks from them.
 */

function speak(value: unknown): void {
  const chosen = ChosenCatalog.safeParse(value);
  setCatalog(chosen.success && chosen.data.language !== browserLanguage() ? chosen.data : undefined);
}

/** Speaks the chosen language from now on, and follows a change of the setting (shown from the next render). */
export async function speakChosenLanguage(): Promise<void> {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && CHOSEN_CATALOG_KEY in changes) speak(changes[CHOSEN_CATALOG_KEY]?.newValue);
  });
  speak((await browser.storage.local.get(CHOSEN_CATALOG_KEY))[CHOSEN_CATALOG_KEY]);
}
