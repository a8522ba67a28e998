/*
 * Dates and numbers as the language the user chose writes them (ui/i18n.ts), through Intl. The expected strings
 * are what Intl gives, not what one might guess: Spanish does not group a four-digit number ("1234,5", CLDR's
 * minimumGroupingDigits 2) and puts a space before "%".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageSetting } from '../../../src/pages/language';
import { formatAgo, formatBytes, formatDateTime, formatDay, formatDaysAgo, formatNumber, formatPercent, t, tCount } from '../../../src/ui/i18n';
import { setMockLocale } from '../mocks/webextension-polyfill';

afterEach(() => {
  setMockLocale('en');
  applyLanguageSetting('en');
});

/** CLDR versions differ on which space goes before "%" or "AM" (no-break, narrow no-break): the words and digits are the point. */
const plain = (text: string) => text.replace(/\s/gu, ' ');
const MiB = 1024 ** 2;

describe.each([
  {
    language: 'en' as const,
    numbers: ['1,234.5', '12,345.5', '1,234,567'],
    counted: '12,345 of 30,000',
    overdue: ['1 day overdue', '1,500 days overdue'],
    percent: ['42%', '0.4%', '100%'],
    bytes: ['820 kB', '12.5 MB', '500 MB', '1.3 GB'],
    day: 'Nov 23, 2026',
    dateTime: 'Nov 23, 2026, 9:05 AM',
    ago: ['3 days ago', 'yesterday', '5 minutes ago'],
  },
  {
    language: 'es' as const,
    numbers: ['1234,5', '12.345,5', '1.234.567'],
    counted: '12.345 de 30.000',
    overdue: ['1 día de retraso', '1500 días de retraso'],
    percent: ['42 %', '0,4 %', '100 %'],
    bytes: ['820 kB', '12,5 MB', '500 MB', '1,3 GB'],
    day: '23 nov 2026',
    dateTime: '23 nov 2026, 9:05',
    ago: ['hace 3 días', 'ayer', 'hace 5 minutos'],
  },
])('in $language, chosen in the settings while the browser speaks the other language', (expected) => {
  const choose = () => {
    setMockLocale(expected.language === 'en' ? 'es' : 'en');
    applyLanguageSetting(expected.language);
  };

  it('numbers, and the numbers t() and tCount() put in sentences', () => {
    choose();
    expect([1234.5, 12345.5, 1234567].map(formatNumber)).toEqual(expected.numbers);
    expect(t('importProgressCount', 12345, 30000)).toBe(expected.counted);
    expect([tCount(1, 'followOverdueDay', 'followOverdueDays'), tCount(1500, 'followOverdueDay', 'followOverdueDays')]).toEqual(expected.overdue);
  });

  it('percentages and sizes', () => {
    choose();
    expect([formatPercent(0.42), formatPercent(0.0042, 1), formatPercent(1)].map(plain)).toEqual(expected.percent);
    expect([formatBytes(820 * 1024), formatBytes(12.5 * MiB), formatBytes(500 * MiB), formatBytes(1.25 * 1024 * MiB)].map(plain)).toEqual(expected.bytes);
  });

  it('days, instants and relative times', () => {
    choose();
    expect(plain(formatDay('2026-11-23'))).toBe(expected.day);
    expect(plain(formatDateTime(new Date(2026, 10, 23, 9, 5).getTime()))).toBe(expected.dateTime);
    const now = new Date(2026, 10, 23, 10, 0);
    expect([formatDaysAgo('2026-11-20', now), formatDaysAgo('2026-11-22', now), formatAgo(now.getTime() - 5 * 60_000, now.getTime())]).toEqual(expected.ago);
  });
});

describe('where nobody chose a language (and in the content script, which never does)', () => {
  it('speaks the browser’s language, texts and numbers alike', () => {
    setMockLocale('es');
    applyLanguageSetting('auto');
    expect(formatNumber(12345.5)).toBe('12.345,5');
    expect(t('importProgressCount', 12345, 30000)).toBe('12.345 de 30.000');
    setMockLocale('en');
    applyLanguageSetting('auto');
    expect(t('importProgressCount', 12345, 30000)).toBe('12,345 of 30,000');
  });
});
