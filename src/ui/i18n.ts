import browser from 'webextension-polyfill';
import type { Language } from '../core/model/settings';

/*
 * UI strings come from public/_locales. By default through the browser's own i18n (its language, and nothing
 * bundled: the content script's size budget matters). Extension pages may install the bundled catalog of the
 * language the user picked in the settings (pages/language.ts), so the UI can differ from the browser's.
 */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
type Catalog = Record<string, { message: string } | undefined>;

let chosen: { language: Language; catalog: Catalog } | undefined;

/** The browser's UI language, as far as our two languages go. */
export function browserLanguage(): Language {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The language the UI speaks now. */
export function currentLanguage(): Language {
  return chosen?.language ?? browserLanguage();
}

/** Speak `language` from `catalog` (a page's choice); undefined goes back to the browser's language. */
export function setCatalog(choice: { language: Language; catalog: Catalog } | undefined): void {
  chosen = choice;
}

/** The message for `key`, with $1…$9 replaced by `substitutions`. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  const own = chosen?.catalog[key]?.message;
  if (own !== undefined) return own.replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
  return browser.i18n.getMessage(key, subs) || key;
}

/** A day ("2026-11-23") as the user's language writes it. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium' }).format(new Date(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/**
 * An instant as a short relative phrase ("3 minutes ago", "hace 3 minutos"). Beyond a day it counts calendar
 * days, so something from 23:50 two days ago reads "2 days ago", not "yesterday".
 */
export function formatAgo(at: number, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' });
  const seconds = Math.round((at - now) / 1000);
  if (Math.abs(seconds) < 60) return rtf.format(seconds, 'second');
  if (Math.abs(seconds) < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
  const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
  return rtf.format(Math.round((midnight(at) - midnight(now)) / 86_400_000), 'day');
}

/** A calendar day relative to today: "today", "yesterday", "3 days ago" ("hoy", "ayer", "hace 3 días"). */
export function formatDaysAgo(day: string, now = new Date()): string {
  const [y, m, d] = day.split('-').map(Number);
  const then = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).getTime();
  const today = new Date(now).setHours(0, 0, 0, 0);
  return new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' }).format(Math.round((then - today) / 86_400_000), 'day');
}

/**
 * A count in a sentence: `one` or `other` as the language's plural rules pick for `count` (browser i18n has no
 * plurals; English and Spanish need these two forms). Both messages take the count as $1.
 */
export function tCount(count: number, one: MessageKey, other: MessageKey): string {
  return t(new Intl.PluralRules(currentLanguage()).select(count) === 'one' ? one : other, formatNumber(count));
}

/** A number as the user's language writes it: "30,000" / "30.000". */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}
