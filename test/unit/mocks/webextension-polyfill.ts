/*
 * In-memory stand-in for `webextension-polyfill` in unit tests (vitest.config.ts aliases the package here;
 * the real one throws when imported outside an extension).
 *
 * Covers only what the code under test needs, and behaves like Chromium where it matters:
 * - runtime.sendMessage delivers to every runtime.onMessage listener in this process (as if the sender were
 *   another extension page); the first listener that returns something other than undefined answers (a
 *   listener returning `true` answers through sendResponse); with no listener it rejects like Chromium
 *   ("Receiving end does not exist").
 * - i18n.getMessage reads public/_locales/<locale>/messages.json (names case-insensitive, named placeholders,
 *   $1…$9 substitutions, "" for unknown names). setMockLocale('es') switches locale.
 * - storage.local / storage.session keep structured clones; set/remove/clear fire storage.onChanged and the
 *   area's own onChanged with { key: { oldValue, newValue } }.
 * - tabs: query resolves [], sendMessage rejects (no content script in node), events are inert.
 *
 * Each test file gets a fresh module instance (vitest isolates files); call resetBrowserMock() to start
 * clean between tests of one file. Extend this file when code needs more API — keep it small.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'webextension-polyfill';

type Listener<A extends unknown[]> = (...args: A) => unknown;

/** Minimal Events.Event: addListener/removeListener/hasListener plus a test-side `emit`. */
export class MockEvent<A extends unknown[] = unknown[]> {
  readonly listeners = new Set<Listener<A>>();
  addListener = (listener: Listener<A>): void => void this.listeners.add(listener);
  removeListener = (listener: Listener<A>): void => void this.listeners.delete(listener);
  hasListener = (listener: Listener<A>): boolean => this.listeners.has(listener);
  hasListeners = (): boolean => this.listeners.size > 0;
  /** Calls every listener; returns their return values (used by sendMessage to find the answer). */
  emit(...args: A): unknown[] {
    return [...this.listeners].map((listener) => listener(...args));
  }
}

const EXTENSION_ID = 'vinculo-test-extension-id';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id: number; url?: string };
  frameId?: number;
}

// ---- runtime ---------------------------------------------------------------------------------------------

const onMessage = new MockEvent<[message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void]>();
/** Sender the next sendMessage calls claim to come from; tests of sender checks can change it. */
let currentSender: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/sidepanel/index.html` };

const runtime = {
  id: EXTENSION_ID,
  getURL: (path: string): string => `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`,
  /** The repository's manifest.json, as written (crxjs rewrites only paths at build). */
  getManifest: (): unknown => JSON.parse(readFileSync(fileURLToPath(new URL('../../../manifest.json', import.meta.url)), 'utf8')),
  onMessage,
  async sendMessage(message: unknown): Promise<unknown> {
    // Chromium serialises messages: listeners never share objects with the sender.
    let respond: (response: unknown) => void = () => {};
    const viaCallback = new Promise((resolve) => (respond = resolve));
    const results = onMessage.emit(structuredClone(message), structuredClone(currentSender), (response) => respond(response));
    // A listener returning `true` answers later through sendResponse (the callback style).
    const answer = results.includes(true) ? viaCallback : results.find((result) => result !== undefined);
    if (answer === undefined) {
      if (onMessage.hasListeners()) return undefined;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    return structuredClone(await answer);
  },
};

/** Makes later runtime.sendMessage calls look as if they came from `sender` (e.g. a content script tab). */
export function setMessageSender(sender: MessageSender): void {
  currentSender = sender;
}

// ---- i18n ------------------------------------------------------------------------------------------------

interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const localesDir = fileURLToPath(new URL('../../../public/_locales/', import.meta.url));
const localeCache = new Map<string, Map<string, LocaleMessage>>();
let locale = 'en';

function messagesFor(lang: string): Map<string, LocaleMessage> {
  let messages = localeCache.get(lang);
  if (!messages) {
    const raw = JSON.parse(readFileSync(`${localesDir}${lang}/messages.json`, 'utf8')) as Record<string, LocaleMessage>;
    // Chromium matches message names case-insensitively.
    messages = new Map(Object.entries(raw).map(([name, value]) => [name.toLowerCase(), value]));
    localeCache.set(lang, messages);
  }
  return messages;
}

function getMessage(name: string, substitutions?: string | number | (string | number)[]): string {
  const entry = messagesFor(locale).get(name.toLowerCase()) ?? messagesFor('en').get(name.toLowerCase());
  if (!entry) return '';
  const subs = (substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  const fill = (text: string): string => text.replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '');
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([key, value]) => [key.toLowerCase(), fill(value.content)]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, key: string) => placeholders.get(key.toLowerCase()) ?? whole)
    .replace(/\$(\d)/g, (_, digit: string) => subs[Number(digit) - 1] ?? '')
    .replace(/\$\$/g, '$');
}

/** Switches i18n.getMessage / getUILanguage to another public/_locales folder (default 'en'). */
export function setMockLocale(lang: string): void {
  locale = lang;
}

const i18n = {
  getMessage,
  getUILanguage: (): string => locale,
  getAcceptLanguages: async (): Promise<string[]> => [locale],
};

// ---- storage ---------------------------------------------------------------------------------------------

type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;
const storageOnChanged = new MockEvent<[changes: StorageChanges, areaName: string]>();

function createArea(areaName: 'local' | 'session') {
  const data = new Map<string, unknown>();
  const onChanged = new MockEvent<[changes: StorageChanges]>();
  const notify = (changes: StorageChanges): void => {
    if (Object.keys(changes).length === 0) return;
    onChanged.emit(structuredClone(changes));
    storageOnChanged.emit(structuredClone(changes), areaName);
  };
  const area = {
    onChanged,
    async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
      const result: Record<string, unknown> = {};
      if (keys === null || keys === undefined) {
        for (const [key, value] of data) result[key] = structuredClone(value);
      } else if (typeof keys === 'string' || Array.isArray(keys)) {
        for (const key of [keys].flat()) if (data.has(key)) result[key] = structuredClone(data.get(key));
      } else {
        for (const [key, fallback] of Object.entries(keys)) result[key] = structuredClone(data.has(key) ? data.get(key) : fallback);
      }
      return result;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: StorageChanges = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: structuredClone(value) };
        data.set(key, structuredClone(value));
      }
      notify(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      const changes: StorageChanges = {};
      for (const key of [keys].flat()) {
        if (!data.has(key)) continue;
        changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      notify(changes);
    },
    async clear(): Promise<void> {
      await area.remove([...data.keys()]);
    },
    /** Test-side: forget everything without firing events. */
    reset: (): void => data.clear(),
  };
  return area;
}

const storage = { local: createArea('local'), session: createArea('session'), onChanged: storageOnChanged };

// ---- tabs ------------------------------------------------------------------------------------------------

const tabs = {
  query: async (_queryInfo?: object): Promise<{ id: number; url?: string }[]> => [],
  get: async (tabId: number): Promise<never> => {
    throw new Error(`No tab with id: ${tabId}.`);
  },
  sendMessage: async (_tabId: number, _message: unknown): Promise<never> => {
    throw new Error('Could not establish connection. Receiving end does not exist.');
  },
  onActivated: new MockEvent(),
  onUpdated: new MockEvent(),
  onRemoved: new MockEvent(),
};

// ---- export ----------------------------------------------------------------------------------------------

/** Forgets stored data, listeners, locale and sender: call in beforeEach when a file needs a clean slate. */
export function resetBrowserMock(): void {
  storage.local.reset();
  storage.session.reset();
  for (const event of [onMessage, storageOnChanged, storage.local.onChanged, storage.session.onChanged]) event.listeners.clear();
  for (const event of [tabs.onActivated, tabs.onUpdated, tabs.onRemoved]) event.listeners.clear();
  locale = 'en';
  currentSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/src/sidepanel/index.html` };
}

/** The raw mock, with its test-only helpers and exact types. */
export const browserMock = { runtime, i18n, storage, tabs };

// Typed as the real polyfill so code under test compiles the same way; only the parts above exist.
const browser = browserMock as unknown as Browser;
export default browser;
