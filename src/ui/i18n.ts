import { signal } from '@preact/signals';
import browser from 'webextension-polyfill';
import type { Language } from '../core/model/settings';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

/*
 * UI strings come from public/_locales (the files the browser also uses for the manifest). They are bundled
 * rather than read through browser.i18n.getMessage so that the language can follow the user's setting, not
 * only the browser's, and so that a page can switch language without reloading.
 */
const CATALOGS: Record<Language, Record<string, { message: string }>> = { en, es };
export type MessageKey = keyof typeof en;

function browserLanguage(): Language {
  const ui = browser.i18n.getUILanguage().toLowerCase();
  return ui.startsWith('es') ? 'es' : 'en';
}

export const language = signal<Language>(browserLanguage());

/** Applies the user's setting ("auto" follows the browser). */
export function applyLanguageSetting(setting: Language | 'auto'): void {
  language.value = setting === 'auto' ? browserLanguage() : setting;
}

/** The message for `key` in the current language, with $1…$9 replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGS[language.value][key] ?? CATALOGS.en[key];
  return (entry?.message ?? key).replace(/\$(\d)/gu, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
}

/** A day ("2026-11-23") as the user's language writes it. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(language.value, { dateStyle: 'medium' }).format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/**
 * An instant as a short relative phrase ("3 minutes ago", "hace 3 minutos"). Beyond a day it counts calendar
 * days, so something from 23:50 two days ago reads "2 days ago", not "yesterday".
 */
export function formatAgo(at: number, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(language.value, { numeric: 'auto' });
  const seconds = Math.round((at - now) / 1000);
  if (Math.abs(seconds) < 60) return rtf.format(seconds, 'second');
  if (Math.abs(seconds) < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  return rtf.format(Math.round((midnight(at) - midnight(now)) / 86_400_000), 'day');
}
