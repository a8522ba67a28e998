import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_EARLY_MS, BACKUP_REQUEST_KEY, isBackupDue, LAST_BACKUP_KEY, readBackupText } from '../../../src/core/model/backup';
import { BACKUP_ALARM, backUp, dataUrlOf, registerScheduledBackup } from '../../../src/background/backup';
import { exportAll } from '../../../src/storage/backup';
import { VinculoDb } from '../../../src/storage/db';
import { saveSettings } from '../../../src/storage/settings';
import { browserMock, MockEvent, resetBrowserMock } from '../mocks/webextension-polyfill';

/*
 * The worker's side of the scheduled backup, with the browser's downloads, permissions and alarms APIs stood in
 * for here (the shared mock has none of them): what it writes, where, and what it records.
 */

interface Download {
  url: string;
  filename: string;
  conflictAction?: string;
  saveAs?: boolean;
}

const fake = {
  granted: true,
  downloads: [] as Download[],
  /** How each download ends: 'complete', or an interruption reason. */
  outcome: 'complete' as string,
  alarms: new Map<string, { periodInMinutes?: number; delayInMinutes?: number }>(),
};

const onChanged = new MockEvent<[delta: { id: number; state?: { current: string }; error?: { current: string } }]>();
const onAlarm = new MockEvent<[alarm: { name: string }]>();
Object.assign(browserMock, {
  permissions: { contains: async () => fake.granted },
  downloads: {
    onChanged,
    async download(options: Download) {
      fake.downloads.push(options);
      const id = fake.downloads.length;
      // Chrome reports the end of a download after download() has resolved.
      setTimeout(() => onChanged.emit(fake.outcome === 'complete' ? { id, state: { current: 'complete' } } : { id, state: { current: 'interrupted' }, error: { current: fake.outcome } }), 5);
      return id;
    },
    search: async () => [{ state: 'in_progress' }],
  },
  alarms: {
    onAlarm,
    get: async (name: string) => (fake.alarms.has(name) ? { name, ...fake.alarms.get(name) } : undefined),
    create: async (name: string, info: { periodInMinutes?: number }) => void fake.alarms.set(name, info),
    clear: async (name: string) => fake.alarms.delete(name),
  },
});
Object.assign(browserMock.runtime, { onStartup: new MockEvent(), onInstalled: new MockEvent() });

let db: VinculoDb;
beforeEach(() => {
  resetBrowserMock();
  Object.assign(fake, { granted: true, downloads: [], outcome: 'complete' });
  fake.alarms.clear();
  onChanged.listeners.clear();
  onAlarm.listeners.clear();
  db = new VinculoDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const T = new Date(2026, 10, 23, 9, 30).getTime();
const decode = (url: string) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
const stored = async () => (await browserMock.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY];
/** Lets the worker's queued work (several awaits deep) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('dataUrlOf: the file as a data: URL, for a service worker without object URLs', () => {
  it('is base64 of the UTF-8 text: accents, emoji and right-to-left text come back intact', () => {
    const text = '{"name":"Lucía 👩‍🔬 — مرحبا — שלום"}';
    const url = dataUrlOf(text);
    expect(url.startsWith('data:application/json;base64,')).toBe(true);
    expect(decode(url)).toBe(text);
  });

  it('joins its chunks without padding between them, at every length around a chunk boundary', () => {
    for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 49_153]) {
      const text = 'é'.repeat(Math.floor(length / 2)) + 'a'.repeat(length % 2);
      expect(decode(dataUrlOf(text))).toBe(text);
      expect(dataUrlOf(text).slice(29, -2)).not.toContain('=');
    }
  });

  it('handles a file of tens of megabytes without overflowing the stack', () => {
    const text = 'x'.repeat(10_000_000);
    expect(() => dataUrlOf(text)).not.toThrow();
  });
});

describe('isBackupDue', () => {
  const DAY = 86_400_000;
  it('never when off; at once when there was none; after the interval, counted from the last file written', () => {
    expect(isBackupDue('off', undefined, T)).toBe(false);
    expect(isBackupDue('daily', undefined, T)).toBe(true);
    expect(isBackupDue('daily', { failed: { at: T - 1000, reason: 'permission' } }, T)).toBe(true);
    expect(isBackupDue('daily', { done: { at: T - DAY + BACKUP_EARLY_MS + 1, file: 'f' } }, T)).toBe(false);
    // An hourly check half an hour early still makes today's backup, so it does not drift later every day.
    expect(isBackupDue('daily', { done: { at: T - DAY + BACKUP_EARLY_MS, file: 'f' } }, T)).toBe(true);
    expect(isBackupDue('weekly', { done: { at: T - 3 * DAY, file: 'f' } }, T)).toBe(false);
    expect(isBackupDue('weekly', { done: { at: T - 7 * DAY, file: 'f' } }, T)).toBe(true);
  });
});

describe('backUp', () => {
  beforeEach(async () => {
    await db.contacts.put({ id: 'ana-perez', profile: { name: 'Ana Pérez 🌍' }, stage: 'contact', tags: ['peer'], createdAt: T, updatedAt: T });
  });

  it('writes the whole export to vinculo/backup-<day>.json as a data: URL (Chrome\'s worker), and records it', async () => {
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: undefined }));
    const result = await backUp(db, T);
    expect(result).toEqual({ done: { at: T, file: 'vinculo/backup-2026-11-23.json' } });
    expect(await stored()).toEqual(result);
    expect(fake.downloads).toHaveLength(1);
    const [download] = fake.downloads;
    expect(download).toMatchObject({ filename: 'vinculo/backup-2026-11-23.json', conflictAction: 'overwrite', saveAs: false });
    expect(download!.url.startsWith('data:application/json;base64,')).toBe(true);
    const file = readBackupText(decode(download!.url));
    expect(file.ok && file.backup).toEqual(await exportAll(db, T));
  });

  it('uses an object URL where there is one (Firefox\'s background page), and lets it go once downloaded', async () => {
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    await backUp(db, T);
    expect(fake.downloads[0]!.url.startsWith('blob:')).toBe(true);
    expect(revoke).toHaveBeenCalledWith(fake.downloads[0]!.url);
  });

  it('without the downloads permission writes nothing, and says so without forgetting the last good backup', async () => {
    await backUp(db, T);
    fake.granted = false;
    const result = await backUp(db, T + 1000);
    expect(fake.downloads).toHaveLength(1);
    expect(result).toEqual({ done: { at: T, file: 'vinculo/backup-2026-11-23.json' }, failed: { at: T + 1000, reason: 'permission' } });
    // The next good backup clears the failure.
    fake.granted = true;
    expect(await backUp(db, T + 2000)).toEqual({ done: { at: T + 2000, file: 'vinculo/backup-2026-11-23.json' } });
  });

  it('records an interrupted download as a failure with the browser\'s reason', async () => {
    fake.outcome = 'FILE_NO_SPACE';
    expect(await backUp(db, T)).toEqual({ failed: { at: T, reason: 'failed', detail: 'FILE_NO_SPACE' } });
  });
});

describe('registerScheduledBackup', () => {
  beforeEach(() => registerScheduledBackup(db));
  const ask = (now: boolean) => browserMock.storage.local.set({ [BACKUP_REQUEST_KEY]: { at: Date.now(), now } });

  it('keeps an hourly alarm while backups are on, none when off, and backs up when the page asks', async () => {
    await saveSettings(db, { backupEvery: 'daily' });
    await ask(false);
    await settle();
    expect(fake.alarms.get(BACKUP_ALARM)).toMatchObject({ periodInMinutes: 60 });
    expect(fake.downloads).toHaveLength(0);

    await ask(true);
    await settle();
    expect(fake.downloads).toHaveLength(1);

    await saveSettings(db, { backupEvery: 'off' });
    await ask(false);
    await settle();
    expect(fake.alarms.has(BACKUP_ALARM)).toBe(false);
  });

  it('on the alarm, backs up only when one is due', async () => {
    await saveSettings(db, { backupEvery: 'weekly' });
    onAlarm.emit({ name: BACKUP_ALARM });
    await settle();
    expect(fake.downloads).toHaveLength(1);
    onAlarm.emit({ name: BACKUP_ALARM });
    await settle();
    expect(fake.downloads).toHaveLength(1);
    onAlarm.emit({ name: 'someone-else' });
    await settle();
    expect(fake.downloads).toHaveLength(1);
  });
});
