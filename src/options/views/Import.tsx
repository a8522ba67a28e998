import Papa from 'papaparse';
import { signal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MeGuess } from '../../core/import/me';
import type { Me } from '../../core/import/participants';
import type { FileError } from '../../core/import/problems';
import { runImport, type FileReport, type ImportProgress, type ImportResult } from '../../pages/import-run';
import { saveFile } from '../../pages/save-file';
import { useSettings } from '../../pages/use-settings';
import { FORMULA_START } from '../../storage/backup';
import { db } from '../../storage/db';
import type { SkippedRecord } from '../../storage/import';
import { formatBytes, formatNumber, formatPercent, t, tCount, type MessageKey } from '../../ui/i18n';
import './import.css';

/*
 * F8, import: the user drops LinkedIn's data export (the ZIP, or its CSV files); it is read and saved here, in the
 * browser, with a progress bar and a Cancel; a report at the end says what was imported, merged or skipped and
 * why, file by file, and downloads as CSV. The work is pages/import-run.ts; this view only shows it.
 */

/** Skipped rows shown per file; the downloadable report has them all. */
const SHOWN_SKIPPED = 200;

type State =
  | { step: 'idle' }
  | { step: 'running'; progress: ImportProgress; me?: Me; asking?: { guess: MeGuess; answer: (me: Me) => void } }
  | { step: 'done'; result: ImportResult };

const keyOf = (code: string) => code.replace(/-/gu, '_');
const listed = (columns: readonly string[]) => columns.join(', ');

/** Why a row was skipped, in the user's language (codes: core/import/problems.ts and storage/import.ts). */
export function skipText(skipped: SkippedRecord): string {
  return t(`importSkip_${keyOf(skipped.code)}` as MessageKey, ...(skipped.details ?? []));
}

/** Why a file was refused, in the user's language. */
export function fileErrorText(error: FileError): string {
  if (error.code === 'wrong-columns') {
    const [like, missing] = error.details ?? [];
    const found = error.found?.length ? ` ${t('importError_found_columns', listed(error.found))}` : '';
    if (like && missing) return `${t('importError_wrong_columns_of', like, missing)}${found}`;
    return `${t('importError_wrong_columns')}${found}`;
  }
  if (error.code === 'unterminated-quote') return t('importError_unterminated_quote', error.line ?? '?');
  if (error.code === 'too-large' || error.code === 'zip-too-large') return t(`importError_${keyOf(error.code)}` as MessageKey, ...(error.details ?? []).map((bytes) => formatBytes(Number(bytes))));
  return t(`importError_${keyOf(error.code)}` as MessageKey, ...(error.details ?? []));
}

const nameOf = (me: Me) => me.name ?? me.slug ?? me.memberId ?? '?';

/** The report as CSV rows (line, file, reason): refused files, then every skipped row listed. */
function reportRows(result: ImportResult): string[][] {
  const rows = [[t('importReportLine'), t('importReportFile'), t('importReportReason')]];
  for (const file of result.files) {
    if (file.error) rows.push([file.error.line === undefined ? '' : String(file.error.line), file.name, fileErrorText(file.error)]);
    for (const skipped of file.skipped) rows.push([String(skipped.line), file.name, skipText(skipped)]);
  }
  return rows;
}

/** Saves the report through a download link: made here, nothing leaves the browser. */
function download(result: ImportResult): void {
  // A name like "=HYPERLINK(…)" stays text in a spreadsheet (the same rule as the contacts CSV). The BOM tells
  // Excel it is UTF-8.
  const csv = Papa.unparse(reportRows(result), { escapeFormulae: FORMULA_START, newline: '\r\n' });
  saveFile(`vinculo-import-report-${new Date().toISOString().slice(0, 10)}.csv`, [`\uFEFF${csv}`], 'text/csv;charset=utf-8');
}

/**
 * The import in progress or last finished, kept outside the view: switching to another section of the workspace
 * and back finds it where it was (and a second import cannot start beside a running one).
 */
const current = signal<State>({ step: 'idle' });
let controller: AbortController | null = null;

/** Closing the tab mid-import keeps the batches written; the browser asks first. */
const warnBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();

async function start(files: File[]): Promise<void> {
  if (!files.length || current.value.step === 'running') return;
  const abort = new AbortController();
  controller = abort;
  const running = (change: Partial<Extract<State, { step: 'running' }>>) => {
    const state = current.value;
    if (state.step === 'running') current.value = { ...state, ...change };
  };
  current.value = { step: 'running', progress: { phase: 'reading', done: 0, total: 0 } };
  addEventListener('beforeunload', warnBeforeUnload);
  try {
    const result = await runImport(db(), files, {
      signal: abort.signal,
      onProgress: (progress) => running({ progress }),
      onMe: (me) => running({ me, asking: undefined }),
      chooseMe: (guess) => new Promise((answer) => running({ asking: { guess, answer } })),
    });
    current.value = { step: 'done', result };
  } finally {
    removeEventListener('beforeunload', warnBeforeUnload);
    controller = null;
  }
}

const cancel = () => controller?.abort();

export function ImportView() {
  useSettings();
  const state = current.value;

  // A file dropped beside the drop zone would make the browser open it in place of the workspace.
  useEffect(() => {
    const keep = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    addEventListener('dragover', keep);
    addEventListener('drop', keep);
    return () => {
      removeEventListener('dragover', keep);
      removeEventListener('drop', keep);
    };
  }, []);

  if (state.step === 'running') {
    return state.asking ? (
      <WhoAmI guess={state.asking.guess} onAnswer={state.asking.answer} onCancel={cancel} />
    ) : (
      <Progress progress={state.progress} me={state.me} onCancel={cancel} />
    );
  }
  return (
    <>
      {state.step === 'done' && <Report result={state.result} />}
      <section class="card import-card import-intro">
        <p>{t('importIntro')}</p>
        <DropZone onFiles={(files) => void start(files)} />
        <p class="import-private small secondary">
          <LockIcon />
          {t('importPrivate')}
        </p>
      </section>
      <section class="card import-card" aria-labelledby="import-howto-title">
        <h2 id="import-howto-title">{t('importHowToTitle')}</h2>
        <ol class="import-steps">
          <li>{t('importHowTo1')}</li>
          <li>{t('importHowTo2')}</li>
          <li>{t('importHowTo3')}</li>
        </ol>
      </section>
    </>
  );
}

function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`import-drop${over ? ' over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={(event) => {
        // Leaving for one of its own children is not leaving.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        onFiles([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <FileIcon />
      <p class="import-drop-title">{t('importDropTitle')}</p>
      <p class="small secondary">{t('importDropOr')}</p>
      <label class="primary-button import-choose">
        {t('importChoose')}
        <input
          type="file"
          multiple
          accept=".zip,.csv"
          class="import-file-input"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // The same files can be chosen again (a re-import).
            event.currentTarget.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p class="small secondary">{t('importDropHint')}</p>
    </div>
  );
}

/**
 * Moves the keyboard focus to a panel's heading when the panel appears (the file input, the progress, the
 * question and the report replace one another): focus does not fall to the page, and a screen reader says where.
 */
function useFocusOnShow(): RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

function Progress({ progress, me, onCancel }: { progress: ImportProgress; me: Me | undefined; onCancel: () => void }) {
  const label = t(`importPhase_${progress.phase}` as MessageKey);
  const { done, total } = progress;
  const amount =
    progress.phase === 'reading' ? formatPercent(total ? Math.floor((done / total) * 100) / 100 : 0) : t('importProgressCount', formatNumber(done), formatNumber(total));
  return (
    <section class="card import-card import-progress" aria-labelledby="import-phase">
      <div class="section-head">
        <h2 id="import-phase" tabIndex={-1} ref={useFocusOnShow()}>
          {label}
        </h2>
        <span class="secondary">{amount}</span>
      </div>
      <progress value={done} max={total || 1} aria-label={label} />
      {me && <p class="secondary">{t('importMeReadAs', nameOf(me))}</p>}
      <div class="actions">
        <button type="button" class="secondary-button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}

function WhoAmI({ guess, onAnswer, onCancel }: { guess: MeGuess; onAnswer: (me: Me) => void; onCancel: () => void }) {
  const [chosen, setChosen] = useState(0);
  return (
    <section class="card import-card" aria-labelledby="import-me-title">
      <h2 id="import-me-title" tabIndex={-1} ref={useFocusOnShow()}>
        {t('importMeAskTitle')}
      </h2>
      <p class="secondary">{t('importMeAskWhy')}</p>
      <fieldset class="import-me">
        <legend class="import-sr-only">{t('importMeAskTitle')}</legend>
        {guess.candidates.map((candidate, i) => (
          <label key={i} class={`import-me-option${chosen === i ? ' selected' : ''}`}>
            <input type="radio" name="import-me" checked={chosen === i} onChange={() => setChosen(i)} />
            <span class="import-me-name">{nameOf(candidate.person)}</span>
            <span class="small secondary">{t('importMeConversations', formatNumber(candidate.conversations), formatNumber(guess.conversations))}</span>
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="button" class="secondary-button" onClick={onCancel}>
          {t('importCancel')}
        </button>
        <button type="button" class="primary-button" onClick={() => onAnswer(guess.candidates[chosen]!.person)}>
          {t('importMeContinue')}
        </button>
      </div>
    </section>
  );
}

const OUTCOME_HELP: Partial<Record<ImportResult['outcome'], MessageKey>> = {
  refused: 'importRefusedHelp',
  cancelled: 'importCancelledHelp',
};

function Report({ result }: { result: ImportResult }) {
  const help = OUTCOME_HELP[result.outcome];
  const hasRows = result.files.some((file) => file.error || file.skipped.length);
  return (
    <section class={`card import-card import-report ${result.outcome}`} aria-labelledby="import-report-title">
      <div class="section-head">
        <h2 id="import-report-title" tabIndex={-1} ref={useFocusOnShow()}>
          <OutcomeIcon ok={result.outcome === 'imported'} />
          {t(`importOutcome_${result.outcome}` as MessageKey)}
        </h2>
        {hasRows && (
          <button type="button" class="secondary-button" onClick={() => download(result)}>
            {t('importDownload')}
          </button>
        )}
      </div>
      {help && <p>{t(help)}</p>}
      {result.outcome === 'failed' && <p>{t('importFailedHelp', result.failure ?? '')}</p>}
      {result.me && <p class="secondary">{t('importMeReadAs', nameOf(result.me))}</p>}
      <table class="import-table">
        <thead>
          <tr>
            <th scope="col">{t('importColFile')}</th>
            <th scope="col">{t('importColNew')}</th>
            <th scope="col">{t('importColUpdated')}</th>
            <th scope="col">{t('importColUnchanged')}</th>
            <th scope="col">{t('importColSkipped')}</th>
          </tr>
        </thead>
        <tbody>
          {result.files.map((file, i) => (
            <FileRow key={i} file={file} />
          ))}
        </tbody>
      </table>
      {result.files.map((file, i) => (file.skipped.length ? <SkippedList key={i} file={file} /> : null))}
    </section>
  );
}

function FileRow({ file }: { file: FileReport }) {
  return (
    <tr>
      <th scope="row">
        <div class="import-file">
          <span class="import-file-name">{file.name}</span>
          {file.kind && <span class="small secondary">{t(`importKind_${file.kind}` as MessageKey)}</span>}
          {file.contactsCreated > 0 && <span class="small secondary">{tCount(file.contactsCreated, 'importContactsCreated_one', 'importContactsCreated_other')}</span>}
        </div>
      </th>
      {file.error ? (
        <td colSpan={4} class="error">
          {fileErrorText(file.error)}
        </td>
      ) : (
        <>
          <td>{formatNumber(file.imported)}</td>
          <td>{formatNumber(file.merged)}</td>
          <td>{formatNumber(file.unchanged)}</td>
          <td>{formatNumber(file.skipped.length + file.unlisted)}</td>
        </>
      )}
    </tr>
  );
}

function SkippedList({ file }: { file: FileReport }) {
  const shown = file.skipped.slice(0, SHOWN_SKIPPED);
  return (
    <details class="import-skipped" open={file.skipped.length <= 20}>
      <summary>
        {t('importSkippedTitle', file.name)} ({formatNumber(file.skipped.length + file.unlisted)})
      </summary>
      <ul>
        {shown.map((skipped, i) => (
          <li key={i}>
            <span class="import-line">{t('importLine', formatNumber(skipped.line))}</span>
            <span>{skipText(skipped)}</span>
          </li>
        ))}
      </ul>
      {file.skipped.length > shown.length && <p class="small secondary">{t('importMoreSkipped', formatNumber(file.skipped.length - shown.length))}</p>}
      {file.unlisted > 0 && <p class="small secondary">{t('importUnlisted', formatNumber(file.unlisted))}</p>}
    </details>
  );
}

function FileIcon() {
  return (
    <svg class="import-drop-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
      <path fill="currentColor" d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8l-6-6zm4 18H6V4h7v5h5v11zM8 15l4-4 4 4h-3v4h-2v-4H8z" />
    </svg>
  );
}

function LockIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      <path fill="currentColor" d="M12 6h-1V4.5a3 3 0 0 0-6 0V6H4a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V7a1 1 0 0 0-1-1zM6.5 4.5a1.5 1.5 0 0 1 3 0V6h-3V4.5z" />
    </svg>
  );
}

function OutcomeIcon({ ok }: { ok: boolean }) {
  return ok ? (
    <svg class="import-outcome-icon ok" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm-1 10.4L3.6 8 5 6.6l2 2 4-4L12.4 6 7 11.4z" />
    </svg>
  ) : (
    <svg class="import-outcome-icon" viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
      <path fill="currentColor" d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm1 11H7v-2h2v2zm0-3H7V4h2v5z" />
    </svg>
  );
}
