import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  BACKUP_REQUEST_KEY,
  BACKUP_TABLES,
  contactsCsvFileName,
  exportFileName,
  LAST_BACKUP_KEY,
  LastBackup,
  type BackupProblem,
  type BackupRequest,
} from '../../core/model/backup';
import { today } from '../../core/model/interaction';
import type { Settings } from '../../core/model/settings';
import { profileUrl } from '../../linkedin/routes';
import { saveFile } from '../../pages/save-file';
import { useLiveQuery } from '../../pages/use-live-query';
import { useSettings } from '../../pages/use-settings';
import { contactsCsv, dataCounts, exportAll, importBackupText, type BackupImportReport } from '../../storage/backup';
import { db } from '../../storage/db';
import { saveSettings } from '../../storage/settings';
import { formatAgo, formatBytes, formatNumber, t, type MessageKey } from '../../ui/i18n';
import './data.css';

/** F10: what the extension keeps, how to take it away (export, CSV, scheduled backup) and bring it back (import). */
export function YourDataView() {
  return (
    <>
      <KeptHere />
      <ExportCard />
      <ImportCard />
      <BackupCard />
    </>
  );
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Where the data lives, that uninstalling deletes it, how much there is, and whether the browser may evict it. */
function KeptHere() {
  const counts = useLiveQuery(() => dataCounts(db()), []);
  const [usage, setUsage] = useState<number>();
  const [persisted, setPersisted] = useState<boolean>();
  const [unlimited, setUnlimited] = useState<boolean>();
  useEffect(() => {
    void navigator.storage.estimate().then((estimate) => setUsage(estimate.usage));
  }, [counts]);
  const askPersist = async () => setPersisted(await navigator.storage.persist());
  useEffect(() => {
    // Chrome decides silently (and may say no to an extension page); Firefox may ask the user.
    void navigator.storage.persisted().then((already) => (already ? setPersisted(true) : askPersist()));
    // Chrome exempts an extension with unlimitedStorage from eviction whatever persist() answered.
    void browser.permissions.contains({ permissions: ['unlimitedStorage'] }).then(setUnlimited);
  }, []);
  return (
    <section class="card data-kept" aria-labelledby="data-kept-title">
      <h2 id="data-kept-title">{t('dataKeptTitle')}</h2>
      <p class="warning" role="note">
        <strong>{t('dataUninstallWarning')}</strong> {t('dataUninstallHow')}
      </p>
      <dl class="data-stats">
        <div>
          <dt>{t('dataCountContacts')}</dt>
          <dd>{counts ? formatNumber(counts.contacts) : '…'}</dd>
        </div>
        <div>
          <dt>{t('dataCountNotes')}</dt>
          <dd>{counts ? formatNumber(counts.notes) : '…'}</dd>
        </div>
        <div>
          <dt>{t('dataCountInteractions')}</dt>
          <dd>{counts ? formatNumber(counts.interactions) : '…'}</dd>
        </div>
        <div>
          <dt>{t('dataSpaceUsed')}</dt>
          <dd>{usage === undefined ? '…' : formatBytes(usage)}</dd>
        </div>
      </dl>
      {persisted === true && <p class="data-persist ok">{t('dataPersisted')}</p>}
      {persisted === false && unlimited === true && <p class="data-persist ok">{t('dataUnlimited')}</p>}
      {persisted === false && unlimited === false && (
        <div class="data-persist">
          <p>{t('dataNotPersisted')}</p>
          <button type="button" class="secondary-button" onClick={() => void askPersist()}>
            {t('dataAskPersist')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Export buttons: everything as JSON, contacts as CSV. */
function ExportCard() {
  const [busy, setBusy] = useState<'json' | 'csv'>();
  const [saved, setSaved] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const run = async (kind: 'json' | 'csv') => {
    setBusy(kind);
    setSaved(undefined);
    setFailed(undefined);
    try {
      const day = today();
      if (kind === 'json') {
        const name = exportFileName(day);
        saveFile(name, [JSON.stringify(await exportAll(db()))], 'application/json');
        setSaved(name);
      } else {
        const csv = await contactsCsv(db(), {
          column: (column) => t(`csv_${column}` as MessageKey),
          stage: (stage) => t(`stage_${stage}` as MessageKey),
          profileUrl,
        });
        const name = contactsCsvFileName(day);
        saveFile(name, [csv], 'text/csv;charset=utf-8');
        setSaved(name);
      }
    } catch (error) {
      setFailed(messageOf(error));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section class="card" aria-labelledby="data-export-title">
      <h2 id="data-export-title">{t('dataExportTitle')}</h2>
      <div class="data-action">
        <div>
          <p>{t('dataExportJsonHelp')}</p>
        </div>
        <button type="button" class="primary-button" disabled={busy !== undefined} onClick={() => void run('json')}>
          {busy === 'json' ? t('dataExporting') : t('dataExportJson')}
        </button>
      </div>
      <div class="data-action">
        <div>
          <p>{t('dataExportCsvHelp')}</p>
        </div>
        <button type="button" class="secondary-button" disabled={busy !== undefined} onClick={() => void run('csv')}>
          {busy === 'csv' ? t('dataExporting') : t('dataExportCsv')}
        </button>
      </div>
      {saved && (
        <p class="secondary small" role="status">
          {t('dataExported', saved)}
        </p>
      )}
      {failed && (
        <p class="error" role="alert">
          {t('dataExportFailed', failed)}
        </p>
      )}
    </section>
  );
}

type ImportState =
  | { step: 'idle' }
  | { step: 'working'; done: number; total: number }
  | { step: 'refused'; file: string; problem: BackupProblem }
  | { step: 'done'; file: string; report: BackupImportReport }
  | { step: 'failed'; file: string; error: string };

/** Import of an export file: checked whole first, then merged (newer version of each record wins). */
function ImportCard() {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const onFile = async (file: File) => {
    setState({ step: 'working', done: 0, total: 0 });
    try {
      const result = await importBackupText(db(), await file.text(), { onProgress: (done, total) => setState({ step: 'working', done, total }) });
      setState(result.ok ? { step: 'done', file: file.name, report: result.report } : { step: 'refused', file: file.name, problem: result.problem });
    } catch (error) {
      // A write failed (a full disk): the batches before it are in, and importing again completes the rest.
      setState({ step: 'failed', file: file.name, error: messageOf(error) });
    }
    // The same file chosen again must fire `change` again.
    if (input.current) input.current.value = '';
  };
  return (
    <section class="card" aria-labelledby="data-import-title">
      <h2 id="data-import-title">{t('dataImportTitle')}</h2>
      <p class="secondary">{t('dataImportHelp')}</p>
      <label class="data-file">
        <span>{t('dataImportChoose')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          disabled={state.step === 'working'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onFile(file);
          }}
        />
      </label>
      {state.step === 'working' && (
        <div role="status" class="data-progress">
          <span>{state.total ? t('dataImporting', formatNumber(state.done), formatNumber(state.total)) : t('dataChecking')}</span>
          <progress value={state.done} max={state.total || undefined} />
        </div>
      )}
      {state.step === 'refused' && <Refusal file={state.file} problem={state.problem} />}
      {state.step === 'done' && <ImportReport file={state.file} report={state.report} />}
      {state.step === 'failed' && (
        <p class="data-refusal" role="alert">
          {t('dataImportFailed', state.file, state.error)}
        </p>
      )}
    </section>
  );
}

function Refusal({ file, problem }: { file: string; problem: BackupProblem }) {
  return (
    <div class="data-refusal" role="alert">
      <p>
        <strong>{t('dataRefused', file)}</strong> {t('dataRefusedNothingChanged')}
      </p>
      {problem.kind === 'notJson' && <p>{t('dataProblemNotJson')}</p>}
      {problem.kind === 'notExport' && <p>{t('dataProblemNotExport')}</p>}
      {problem.kind === 'newerVersion' && <p>{t('dataProblemNewer', problem.version)}</p>}
      {problem.kind === 'invalid' && (
        <>
          <p>{problem.total > problem.issues.length ? t('dataProblemInvalidSome', formatNumber(problem.total), problem.issues.length) : t('dataProblemInvalid')}</p>
          <ul class="data-issues">
            {problem.issues.map((issue) => (
              <li key={issue.path}>
                <code>{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function ImportReport({ file, report }: { file: string; report: BackupImportReport }) {
  return (
    <div class="data-report" role="status">
      <p>
        <strong>{t('dataImported', file)}</strong>
      </p>
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col">{t('dataReportWhat')}</th>
            <th scope="col">{t('dataReportAdded')}</th>
            <th scope="col">{t('dataReportUpdated')}</th>
            <th scope="col">{t('dataReportKept')}</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{t(`dataTable_${table}` as MessageKey)}</th>
              <td>{formatNumber(report.tables[table].added)}</td>
              <td>{formatNumber(report.tables[table].updated)}</td>
              <td>{formatNumber(report.tables[table].kept)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="secondary small">{t('dataReportKeptHelp')}</p>
      <p class="secondary small">{t(report.settings === 'restored' ? 'dataSettingsRestored' : report.settings === 'merged' ? 'dataSettingsMerged' : 'dataSettingsKept')}</p>
    </div>
  );
}

const DOWNLOADS = { permissions: ['downloads' as const] };

/** How the last scheduled backup went, live (the worker writes it). */
function useLastBackup(): LastBackup | undefined {
  const [last, setLast] = useState<LastBackup>();
  useEffect(() => {
    const read = () =>
      void browser.storage.local.get(LAST_BACKUP_KEY).then((items) => {
        const parsed = LastBackup.safeParse(items[LAST_BACKUP_KEY]);
        setLast(parsed.success ? parsed.data : undefined);
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && LAST_BACKUP_KEY in changes) read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return last;
}

/** The browser's answer; an error (no user gesture left, a browser that refuses outright) is a no. */
const requestDownloads = () => browser.permissions.request(DOWNLOADS).catch(() => false);

/** Asks the worker to follow the setting, and to back up right away when `now`. */
const askWorker = (now: boolean) => browser.storage.local.set({ [BACKUP_REQUEST_KEY]: { at: Date.now(), now } satisfies BackupRequest });

/** The optional scheduled backup to the downloads folder, with the permission it needs asked from the click. */
function BackupCard() {
  const settings = useSettings();
  const last = useLastBackup();
  const [refused, setRefused] = useState(false);
  const [waitingSince, setWaitingSince] = useState<number>();
  // Bumped to put the <select> back on the saved value when the user's choice did not stick.
  const [resetKey, setResetKey] = useState(0);
  const lastAt = Math.max(last?.done?.at ?? 0, last?.failed?.at ?? 0);
  const waiting = waitingSince !== undefined && lastAt < waitingSince;

  const choose = async (every: Settings['backupEvery']) => {
    setRefused(false);
    if (every === 'off') {
      await saveSettings(db(), { backupEvery: 'off' });
      await askWorker(false);
      // Minimal permissions: the downloads permission goes with the feature that needed it.
      await browser.permissions.remove(DOWNLOADS);
      return;
    }
    // First thing in the click: browsers grant a permission only while its user gesture lasts.
    if (!(await requestDownloads())) {
      setRefused(true);
      setResetKey((k) => k + 1);
      return;
    }
    const wasOff = settings.backupEvery === 'off';
    await saveSettings(db(), { backupEvery: every });
    // Turned on: a first backup now, so the user sees where it goes.
    if (wasOff) setWaitingSince(Date.now());
    await askWorker(wasOff);
  };
  const backUpNow = async () => {
    if (!(await requestDownloads())) {
      setRefused(true);
      return;
    }
    setWaitingSince(Date.now());
    await askWorker(true);
  };

  return (
    <section class="card" aria-labelledby="data-backup-title">
      <h2 id="data-backup-title">{t('dataBackupTitle')}</h2>
      <p class="secondary">{t('dataBackupHelp')}</p>
      <label class="field inline data-backup-every">
        <span>{t('dataBackupEvery')}</span>
        <select key={resetKey} value={settings.backupEvery} onChange={(e) => void choose(e.currentTarget.value as Settings['backupEvery'])}>
          <option value="off">{t('dataBackup_off')}</option>
          <option value="daily">{t('dataBackup_daily')}</option>
          <option value="weekly">{t('dataBackup_weekly')}</option>
        </select>
      </label>
      {refused && (
        <p class="error" role="alert">
          {t('dataBackupRefused')}
        </p>
      )}
      <div class="data-backup-status" role="status">
        {waiting ? (
          <p>{t('dataBackingUp')}</p>
        ) : (
          <>
            <p class="secondary">{last?.done ? t('dataLastBackup', formatAgo(last.done.at), last.done.file) : t('dataNoBackupYet')}</p>
            {last?.failed && (
              <p class="error">
                {last.failed.reason === 'permission'
                  ? t('dataBackupFailedPermission', formatAgo(last.failed.at))
                  : t('dataBackupFailed', formatAgo(last.failed.at), last.failed.detail ?? '')}
              </p>
            )}
          </>
        )}
      </div>
      {settings.backupEvery !== 'off' && (
        <div class="actions data-backup-actions">
          <button type="button" class="secondary-button" disabled={waiting} onClick={() => void backUpNow()}>
            {t('dataBackUpNow')}
          </button>
        </div>
      )}
    </section>
  );
}
