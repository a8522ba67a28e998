import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageSetting, pageLanguage } from '../../../src/pages/language';
import { currentLanguage, formatAgo, formatDay, t } from '../../../src/ui/i18n';

afterEach(() => applyLanguageSetting('en'));

describe('i18n', () => {
  it('substitutes $1…$n, from the browser by default and from the bundled catalog the setting picks', () => {
    applyLanguageSetting('auto');
    expect(t('removeTag', 'Madrid')).toBe('Remove tag Madrid');
    applyLanguageSetting('es');
    expect(pageLanguage.value).toBe('es');
    expect(currentLanguage()).toBe('es');
    expect(t('removeTag', 'Madrid')).toBe('Quitar la etiqueta Madrid');
    expect(t('healthFieldMissed', 'nombre', 3, 5)).toBe('nombre: no encontrado en 3 de las últimas 5 páginas');
  });

  it('formats days as the language writes them, without time-zone shifts', () => {
    applyLanguageSetting('en');
    expect(formatDay('2026-01-02')).toBe('Jan 2, 2026');
    applyLanguageSetting('es');
    expect(formatDay('2026-01-02')).toBe('2 ene 2026');
  });

  it('relative times count calendar days beyond a day', () => {
    applyLanguageSetting('en');
    const now = new Date(2026, 10, 23, 10, 0).getTime();
    expect(formatAgo(now - 30_000, now)).toBe('30 seconds ago');
    expect(formatAgo(now - 5 * 60_000, now)).toBe('5 minutes ago');
    expect(formatAgo(now - 3 * 3600_000, now)).toBe('3 hours ago');
    // 35 hours before 10:00 on the 23rd is 23:00 on the 21st: two calendar days, though under two days' time.
    expect(formatAgo(now - 35 * 3600_000, now)).toBe('2 days ago');
    expect(formatAgo(new Date(2026, 10, 22, 9, 0).getTime(), now)).toBe('yesterday');
  });
});
