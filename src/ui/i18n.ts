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

/**
 * The message for `key`, with $1…$9 replaced by `substitutions`. Numbers are written as the language writes them
 * ("1,234" / "1234", "12.345"), so no count reaches a sentence as bare digits.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s));
  const own = chosen?.catalog[key]?.message;
  if (own !== undefined) return own.replace(/\$(\d)/gu, (_, n: string) => subs[Number(n) - 1] ?? '');
  return browser.i18n.getMessage(key, subs) || key;
}

/**
 * A count in a sentence: `one` or `other` as the language's plural rules pick for `count` (browser i18n has no
 * plurals; English and Spanish need these two forms). Both messages take the count as $1.
 */
export function tCount(count: number, one: MessageKey, other: MessageKey): string {
  return t(new Intl.PluralRules(currentLanguage()).select(count) === 'one' ? one : other, formatNumber(count));
}

/*
 * Everything below formats for display through Intl, always in the language the UI speaks (currentLanguage(): the
 * user's choice on extension pages), never the browser's default locale and never by hand ("12 MB", "40 %").
 */

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

/** A number as the user's language writes it: "30,000" / "30.000" (Spanish groups from five digits: "1234"). */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLanguage()).format(value);
}

/** A share (0.42) as a percentage: "42%" / "42 %". */
export function formatPercent(share: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(currentLanguage(), { style: 'percent', maximumFractionDigits }).format(share);
}

/**
 * A size in bytes: "820 kB", "12.5 MB", "1.2 GB". Counted in 1024s, as Chrome's downloads and Windows show file
 * sizes, so the import's 500 MiB limit reads "500 MB" beside the file the user picked.
 */
export function formatBytes(bytes: number): string {
  const [unit, value] =
    bytes < 1024 ** 2 ? (['kilobyte', bytes / 1024] as const) : bytes < 1024 ** 3 ? (['megabyte', bytes / 1024 ** 2] as const) : (['gigabyte', bytes / 1024 ** 3] as const);
  return new Intl.NumberFormat(currentLanguage(), { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/** An instant with its time, for a tooltip that gives the exact moment: "Nov 23, 2026, 9:05 AM". */
export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
