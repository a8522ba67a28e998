/*
 * The unit-test environment itself: webextension-polyfill resolves to test/unit/mocks/webextension-polyfill.ts
 * and behaves like Chromium where code relies on it; fake-indexeddb is installed.
 */
import { readFileSync } from 'node:fs';
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserMock, resetBrowserMock, setMockLocale } from '../mocks/webextension-polyfill';

beforeEach(() => resetBrowserMock());

describe('unit test environment', () => {
  it('aliases webextension-polyfill to the in-memory mock', () => {
    expect(browser.runtime).toBe(browserMock.runtime);
    expect(browser.runtime.getURL('/src/popup/index.html')).toBe(`chrome-extension://${browser.runtime.id}/src/popup/index.html`);
  });

  it('provides IndexedDB through fake-indexeddb', () => {
    expect(typeof indexedDB.open).toBe('function');
    expect(typeof IDBKeyRange.bound).toBe('function');
  });
});

describe('runtime messaging', () => {
  it('answers sendMessage from an onMessage listener, with copies', async () => {
    const sent = { kind: 'ping', list: [1] };
    browser.runtime.onMessage.addListener(async (message: unknown) => {
      expect(message).toEqual(sent);
      expect(message).not.toBe(sent);
      return { kind: 'pong' };
    });
    expect(await browser.runtime.sendMessage(sent)).toEqual({ kind: 'pong' });
  });

  it('supports the sendResponse style', async () => {
    browser.runtime.onMessage.addListener(((_message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      setTimeout(() => sendResponse('later'));
      return true;
    }) as never);
    expect(await browser.runtime.sendMessage('x')).toBe('later');
  });

  it('rejects like Chromium when nobody listens', async () => {
    await expect(browser.runtime.sendMessage('x')).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('i18n', () => {
  const english = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
    string,
    { message: string }
  >;

  it('reads public/_locales and substitutes $1', () => {
    const [name, entry] = Object.entries(english).find(([, value]) => value.message.includes('$1')) ?? [];
    if (!name || !entry) return; // no message with a substitution yet
    expect(browser.i18n.getMessage(name, ['FIRST'])).toBe(entry.message.replace(/\$1/g, 'FIRST').replace(/\$\d/g, ''));
    expect(browser.i18n.getMessage(name.toUpperCase(), 'FIRST')).toBe(browser.i18n.getMessage(name, ['FIRST']));
  });

  it('returns "" for unknown names and follows setMockLocale', () => {
    expect(browser.i18n.getMessage('certainlyNotAMessageName')).toBe('');
    setMockLocale('es');
    expect(browser.i18n.getUILanguage()).toBe('es');
    expect(browser.i18n.getMessage('appName')).not.toBe('');
  });
});

describe('storage', () => {
  it('keeps copies per area and reports changes', async () => {
    const changes: unknown[] = [];
    browser.storage.onChanged.addListener((change, area) => void changes.push([area, change]));
    const value = { count: 1 };
    await browser.storage.local.set({ value });
    value.count = 2;
    expect(await browser.storage.local.get('value')).toEqual({ value: { count: 1 } });
    expect(await browser.storage.session.get(null)).toEqual({});
    expect(await browser.storage.local.get({ value: null, other: 'fallback' })).toEqual({ value: { count: 1 }, other: 'fallback' });
    await browser.storage.local.remove('value');
    expect(changes).toEqual([
      ['local', { value: { oldValue: undefined, newValue: { count: 1 } } }],
      ['local', { value: { oldValue: { count: 1 } } }],
    ]);
  });
});
