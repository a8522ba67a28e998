import { signal } from '@preact/signals';
import type { Language } from '../core/model/settings';
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
