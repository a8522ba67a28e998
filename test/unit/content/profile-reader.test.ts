import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DomObserver } from '../../../src/content/observer';
import { PROFILE_FIELDS } from '../../../src/core/model/profile';

/*
 * The profile-reader feature (F1) as the content script runs it: a page in `document`, a DOM observer whose
 * batches the test fires by hand, fake timers for the read timeout, and the messages it sends to the
 * background captured from a mocked messages/client.
 */

const request = vi.hoisted(() =>
  vi.fn(async (type: string, _payload: unknown): Promise<unknown> => (type === 'profile.read' ? { contactId: null } : { ok: true })),
);
// `tell` is the fire-and-forget form of `request`: both land in the same capture.
vi.mock('../../../src/messages/client', () => ({ request, tell: (type: string, payload: unknown) => void request(type, payload) }));

const { profileReader, READ_TIMEOUT_MS } = await import('../../../src/content/features/profile-reader');
const { SCAN_INTERVAL_MS } = await import('../../../src/content/throttle');

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');
const LUCIA_URL = 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/';
const KWAME_URL = 'https://www.linkedin.com/in/kwame-asante-lindqvist/';
const INGRID_URL = 'https://www.linkedin.com/in/ingrid-solberg-mendez-09a1b2/';

const LUCIA = {
  slug: 'lucía-fernández-ortega-4b7e21',
  memberId: 'ACoAADx7Lq2BfV9sKp4wNm8RtYc3HgJe6UaZo1E',
  name: 'Lucía Fernández Ortega',
  headline: 'Community nurse at Hospital Clínico del Turia',
  location: 'Valencia, Valencian Community, Spain',
  company: 'Hospital Clínico del Turia',
  degree: '1st',
};
const LUCIA_FOUND = ['name', 'headline', 'location', 'company', 'degree', 'memberId'];
const LUCIA_MISSING = ['position', 'about'];

const KWAME = {
  slug: 'kwame-asante-lindqvist',
  memberId: 'ACoAAEk3Wz8NqR5tYb1VmC7xLp0DsHf2GjUo9Qa',
  name: 'Kwame Asante-Lindqvist',
  headline: 'Building ordering tools for small bakeries',
  location: 'Gothenburg, Västra Götaland County, Sweden',
  degree: '2nd',
};
const KWAME_FOUND = ['name', 'headline', 'location', 'degree', 'memberId'];
const KWAME_MISSING = ['position', 'company', 'about'];

const ALL_MISSING = [...PROFILE_FIELDS];

const parseFixture = (file: string): Document => parseHTML(readFileSync(resolve(FIXTURES, file), 'utf8')).document;

/** Puts `file` on screen as `document`. */
function showPage(file: string): Document {
  const doc = parseFixture(file);
  vi.stubGlobal('document', doc);
  return doc;
}

/** Replaces what `document` shows with `file`, in place, as LinkedIn's single-page app re-renders. */
function replacePage(file: string): void {
  const next = parseFixture(file);
  document.documentElement.replaceWith(document.importNode(next.documentElement, true));
}

/** A DomObserver that keeps its subscribers (honouring their signals, as the real one does) until `batch()`. */
function fakeObserver() {
  const subscribers: { listener: () => void; signal: AbortSignal }[] = [];
  const observer: DomObserver & { batch(): void } = {
    onBatch(listener, signal) {
      subscribers.push({ listener, signal });
    },
    watch() {},
    disconnect() {
      subscribers.length = 0;
    },
    batch() {
      for (const { listener, signal } of [...subscribers]) if (!signal.aborted) listener();
    },
  };
  return observer;
}

/** Messages sent to the background so far, as [type, payload]. */
const sent = () => request.mock.calls.map(([type, payload]) => [type, payload]);
const sentOf = (type: string) => sent().filter(([t]) => t === type);

/** Starts the feature on `url`; the returned controller aborts it as navigation would. */
function start(url: string) {
  const observer = fakeObserver();
  const navigation = new AbortController();
  void profileReader.init({ url, signal: navigation.signal, observer });
  return { observer, navigation };
}

beforeEach(() => {
  vi.useFakeTimers();
  request.mockClear();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('profile reader on a rendered profile', () => {
  it('sends the reading at once, and its health run only at the timeout while fields are still missing', () => {
    showPage('profile_sdui_2026_en.html');
    const { observer } = start(LUCIA_URL);

    expect(sent()).toEqual([['profile.read', { snapshot: LUCIA, missing: LUCIA_MISSING }]]);

    // Batches that find nothing new send nothing new.
    observer.batch();
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS - 1);
    expect(sent()).toHaveLength(1);

    vi.advanceTimersByTime(1);
    expect(sentOf('reader.ran')).toEqual([
      ['reader.ran', { reader: 'profile', pageKind: 'profile-sdui-2026', url: LUCIA_URL, found: LUCIA_FOUND, missing: LUCIA_MISSING }],
    ]);

    // Reading has stopped: later batches and time change nothing.
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS * 2);
    expect(sent()).toHaveLength(2);
  });

  it('records the health run as soon as every field is found, and once only', () => {
    showPage('profile_ember_2023_en.html');
    const { observer } = start(INGRID_URL);

    expect(sent().map(([type]) => type)).toEqual(['profile.read', 'reader.ran']);
    expect(sentOf('profile.read')[0]?.[1]).toMatchObject({ snapshot: { slug: 'ingrid-solberg-mendez-09a1b2', name: 'Ingrid Solberg Méndez' }, missing: [] });
    expect(sentOf('reader.ran')[0]?.[1]).toEqual({ reader: 'profile', pageKind: 'profile-ember', url: INGRID_URL, found: [...PROFILE_FIELDS], missing: [] });

    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect(sent()).toHaveLength(2);
  });

  it('re-sends the reading when a later batch finds more, but records one health run', () => {
    const doc = showPage('profile_sdui_2026_en.html');
    // The degree marks have not rendered yet.
    for (const p of doc.querySelectorAll('p')) if (/^· \S/.test(p.textContent ?? '')) p.remove();
    const { observer } = start(LUCIA_URL);
    const { degree: _degree, ...withoutDegree } = LUCIA;
    expect(sent()).toEqual([['profile.read', { snapshot: withoutDegree, missing: ['position', 'degree', 'about'] }]]);

    replacePage('profile_sdui_2026_en.html');
    observer.batch();
    expect(sent()).toEqual([
      ['profile.read', { snapshot: withoutDegree, missing: ['position', 'degree', 'about'] }],
      ['profile.read', { snapshot: LUCIA, missing: LUCIA_MISSING }],
    ]);

    // The same page again: nothing more to send.
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect(sentOf('profile.read')).toHaveLength(2);
    expect(sentOf('reader.ran')).toEqual([
      ['reader.ran', { reader: 'profile', pageKind: 'profile-sdui-2026', url: LUCIA_URL, found: LUCIA_FOUND, missing: LUCIA_MISSING }],
    ]);
  });

  it('records the health run at once when the user navigates away after a reading', () => {
    showPage('profile_sdui_2026_en.html');
    const { navigation } = start(LUCIA_URL);
    navigation.abort();
    expect(sentOf('reader.ran')).toHaveLength(1);
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect(sent()).toHaveLength(2);
  });
});

describe('profile reader while the previous person is still on screen (in-page navigation)', () => {
  it('sends nothing on batches, and at the timeout the URL slug alone with every field missing', () => {
    showPage('profile_sdui_2026_en.html');
    const { observer } = start(KWAME_URL);
    observer.batch();
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS - 1);
    expect(sent()).toEqual([]);

    vi.advanceTimersByTime(1);
    expect(sent()).toEqual([
      ['profile.read', { snapshot: { slug: 'kwame-asante-lindqvist' }, missing: ALL_MISSING }],
      ['reader.ran', { reader: 'profile', pageKind: 'profile-sdui-2026', url: KWAME_URL, found: [], missing: ALL_MISSING }],
    ]);
  });

  it('sends the new person\'s reading once their card replaces the old one', () => {
    showPage('profile_sdui_2026_en.html');
    const { observer } = start(KWAME_URL);
    observer.batch();
    expect(sent()).toEqual([]);

    replacePage('profile_sdui_2026_en_2nd-degree.html');
    observer.batch();
    // Batches are read at most once per SCAN_INTERVAL_MS: this one waits its turn, then reads the new card.
    expect(sent()).toEqual([]);
    vi.advanceTimersByTime(SCAN_INTERVAL_MS);
    expect(sent()).toEqual([['profile.read', { snapshot: KWAME, missing: KWAME_MISSING }]]);

    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect(sent()).toEqual([
      ['profile.read', { snapshot: KWAME, missing: KWAME_MISSING }],
      ['reader.ran', { reader: 'profile', pageKind: 'profile-sdui-2026', url: KWAME_URL, found: KWAME_FOUND, missing: KWAME_MISSING }],
    ]);
  });
});

describe('profile reader on the sign-in wall', () => {
  it('sends nothing until the timeout, then the slug alone and an unrecognised health run', () => {
    showPage('authwall_2026_en.html');
    const { observer } = start(KWAME_URL);
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS - 1);
    expect(sent()).toEqual([]);

    vi.advanceTimersByTime(1);
    expect(sent()).toEqual([
      ['profile.read', { snapshot: { slug: 'kwame-asante-lindqvist' }, missing: ALL_MISSING }],
      ['reader.ran', { reader: 'profile', pageKind: 'unrecognised', url: KWAME_URL, found: [], missing: ALL_MISSING }],
    ]);
  });
});

describe('profile reader after navigation aborted it', () => {
  it('records no health run when nothing was read yet', () => {
    showPage('profile_sdui_2026_en.html');
    const { navigation } = start(KWAME_URL);
    navigation.abort();
    vi.advanceTimersByTime(READ_TIMEOUT_MS * 2);
    expect(sent()).toEqual([]);
  });

  it('ignores later batches, even when the page would now read', () => {
    showPage('profile_sdui_2026_en.html');
    const { observer, navigation } = start(KWAME_URL);
    navigation.abort();
    replacePage('profile_sdui_2026_en_2nd-degree.html');
    observer.batch();
    vi.advanceTimersByTime(READ_TIMEOUT_MS);
    expect(sent()).toEqual([]);
  });

  it('does nothing when started with a signal already aborted (navigated away before it ran)', () => {
    showPage('profile_sdui_2026_en.html');
    const navigation = new AbortController();
    navigation.abort();
    void profileReader.init({ url: LUCIA_URL, signal: navigation.signal, observer: fakeObserver() });
    vi.advanceTimersByTime(READ_TIMEOUT_MS * 2);
    expect(sent()).toEqual([]);
  });
});

describe('profile reader routes', () => {
  it('runs on profile pages only', () => {
    expect(profileReader.runsOn(LUCIA_URL)).toBe(true);
    expect(profileReader.runsOn('https://www.linkedin.com/feed/')).toBe(false);
  });
});
