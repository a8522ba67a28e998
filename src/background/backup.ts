import browser from 'webextension-polyfill';
import { BACKUP_REQUEST_KEY, BackupRequest, isBackupDue, LAST_BACKUP_KEY, LastBackup, scheduledBackupPath } from '../core/model/backup';
import { today } from '../core/model/interaction';
import { exportAll } from '../storage/backup';
import type { VinculoDb } from '../storage/db';
import { loadSettings } from '../storage/settings';

/*
 * F10, the optional scheduled backup: the whole export (core/model/backup.ts) written to vinculo/backup-<day>.json
 * in the downloads folder, daily or weekly, with the optional "downloads" permission the options page asked for
 * when the user turned it on. An hourly alarm checks whether one is due; the options page asks through
 * storage.local (BACKUP_REQUEST_KEY) for one now, and reads how the last one went (LAST_BACKUP_KEY).
 */

export const BACKUP_ALARM = 'vinculo-backup';
const CHECK_EVERY_MINUTES = 60;
/** A download still running after this is left to the browser; the backup counts as written. */
const DOWNLOAD_WAIT_MS = 60_000;

/**
 * A `data:` URL of `text` as UTF-8. Chrome's service worker has no URL.createObjectURL (MDN: "not available in
 * Service Workers"), and chrome.downloads accepts a data: URL (an 80 MB one downloaded fine in Chromium 150).
 * btoa takes bytes as a string of char codes: built in chunks of a multiple of 3 bytes, so the base64 pieces
 * join without padding in between and no call gets more arguments than the stack holds.
 */
export function dataUrlOf(text: string, type = 'application/json'): string {
  const bytes = new TextEncoder().encode(text);
  const CHUNK = 3 * 8192;
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + CHUNK))));
  return `data:${type};base64,${parts.join('')}`;
}

/** A URL the downloads API can fetch `text` from, and how to let it go once downloaded. */
function fileUrl(text: string): { url: string; release: () => void } {
  // Firefox runs background code as a page, which has object URLs (cheaper than a data: URL of the same file).
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    return { url, release: () => URL.revokeObjectURL(url) };
  }
  return { url: dataUrlOf(text), release: () => {} };
}

/** Resolves when the download completes (or is still running after DOWNLOAD_WAIT_MS); rejects if interrupted. */
function downloaded(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = (error?: string) => {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(onChanged);
      if (error === undefined) resolve();
      else reject(new Error(error));
    };
    const onChanged = (delta: browser.Downloads.OnChangedDownloadDeltaType) => {
      if (delta.id !== id) return;
      if (delta.state?.current === 'complete') finish();
      else if (delta.state?.current === 'interrupted') finish(delta.error?.current ?? 'interrupted');
    };
    const timer = setTimeout(() => finish(), DOWNLOAD_WAIT_MS);
    browser.downloads.onChanged.addListener(onChanged);
    // A small file may be complete before the listener was added.
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state === 'complete') finish();
      else if (item?.state === 'interrupted') finish(item.error ?? 'interrupted');
    });
  });
}

async function lastBackup(): Promise<LastBackup | undefined> {
  const parsed = LastBackup.safeParse((await browser.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** Writes the backup file now and records how it went. */
export async function backUp(db: VinculoDb, now = Date.now()): Promise<LastBackup> {
  const previous = await lastBackup();
  let result: LastBackup;
  if (!(await browser.permissions.contains({ permissions: ['downloads'] }))) {
    result = { ...previous, failed: { at: now, reason: 'permission' } };
  } else {
    const file = scheduledBackupPath(today(new Date(now)));
    try {
      const { url, release } = fileUrl(JSON.stringify(await exportAll(db, now)));
      try {
        // Overwrite: one file per day, however often "Back up now" is pressed.
        await downloaded(await browser.downloads.download({ url, filename: file, conflictAction: 'overwrite', saveAs: false }));
      } finally {
        release();
      }
      result = { done: { at: now, file } };
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      result = { ...previous, failed: { at: now, reason: 'failed', detail } };
    }
  }
  await browser.storage.local.set({ [LAST_BACKUP_KEY]: result });
  return result;
}

/** The hourly check runs while backups are on, and only then. */
async function followSetting(db: VinculoDb): Promise<void> {
  const { backupEvery } = await loadSettings(db);
  if (backupEvery === 'off') await browser.alarms.clear(BACKUP_ALARM);
  else if (!(await browser.alarms.get(BACKUP_ALARM))) await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
}

async function backUpIfDue(db: VinculoDb): Promise<void> {
  const { backupEvery } = await loadSettings(db);
  if (isBackupDue(backupEvery, await lastBackup(), Date.now())) await backUp(db);
  else if (backupEvery === 'off') await browser.alarms.clear(BACKUP_ALARM);
}

/**
 * Registers the scheduled backup's listeners (at the worker's top level, so each event wakes it). Work is
 * chained: two requests in a row never write the same file at once.
 */
export function registerScheduledBackup(db: VinculoDb): void {
  let queue = Promise.resolve();
  const run = (work: () => Promise<unknown>) => {
    queue = queue.then(work).then(
      () => undefined,
      (error: unknown) => console.error('[Vínculo] scheduled backup failed', error),
    );
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) run(() => backUpIfDue(db));
  });
  browser.storage.onChanged.addListener((changes, area) => {
    const request = BackupRequest.safeParse(changes[BACKUP_REQUEST_KEY]?.newValue);
    if (area !== 'local' || !request.success) return;
    run(async () => {
      await followSetting(db);
      if (request.data.now) await backUp(db);
    });
  });
  // Chrome may drop alarms when the browser restarts or the extension updates.
  browser.runtime.onStartup.addListener(() => run(() => followSetting(db)));
  browser.runtime.onInstalled.addListener(() => run(() => followSetting(db)));
}
