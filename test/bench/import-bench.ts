import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { build, csvLine, header } from '../unit/import/helpers';
import { openExtensionPage, type ExtensionHarness } from '../e2e/harness';

/*
 * Issue #5's import figures in Chromium (test/e2e/import.e2e.test.ts asserts around them, `npm run bench` prints
 * them): a generated Connections.csv of 30,000 rows (a few of them bad) and messages.csv of 100,000 messages,
 * chosen in the options page's real file input one after the other, each timed until its report shows; the page's
 * JS heap peak during each, the longest main-thread task, and a re-import of both that finds nothing new.
 */

export const CONNECTIONS_TARGET_MS = 3000;
export const MESSAGES_TARGET_MS = 15_000;

export const CONNECTIONS = 30_000;
export const CONVERSATIONS = 10_000;
export const PER_CONVERSATION = 10;
export const ME = { name: 'Yo Mismo', slug: 'yo-mismo' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST = ['Lucía', 'Kwame', 'Ana', 'José', 'Mei', 'Olu', 'Søren', 'Fatima', 'Diego', 'Inès'];
export const profile = (slug: string) => `https://www.linkedin.com/in/${slug}`;
export const nameOf = (i: number) => `${FIRST[i % 10]} Persona${i}`;

/** Rows of Connections.csv that are wrong, each its own way. */
export const BAD = { noName: 100, badDate: 5000, columns: 12_345 } as const;
/** A row without a profile link, as every row of Connections.csv before 2022: kept by name ("~<name>"). */
export const NAME_ONLY_ROW = 29_999;

export function connectionsCsv(prefix = 'persona') {
  const rows = Array.from({ length: CONNECTIONS }, (_, i) => {
    const url = profile(`${prefix}-${i}`);
    if (i === BAD.noName) return csvLine('', '', url, '', 'Acme', 'CTO', '16 Dec 2024');
    if (i === BAD.badDate) return csvLine('Bad', 'Date', url, '', 'Acme', 'CTO', 'someday');
    if (i === BAD.columns) return csvLine('Too', 'Few', url, '16 Dec 2024');
    return csvLine(
      FIRST[i % 10]!,
      i % 7 === 0 ? `Núñez, "${i}" 🙂` : `Persona${i}`,
      i === NAME_ONLY_ROW ? '' : url,
      i % 10 === 0 ? `p${i}@example.com` : '',
      i % 3 === 0 ? `Empresa ${i % 500}, S.A.` : `Empresa ${i % 500}`,
      i % 5 === 0 ? 'Head of\nEverything' : 'Engineer',
      `${(i % 28) + 1} ${MONTHS[i % 12]} ${2010 + (i % 15)}`,
    );
  });
  return build(header('connections_2024'), rows, { crlf: true, bom: true });
}

const TEXTS = [
  (i: number) => `Hola ${nameOf(i)}, gracias por conectar. Vi tu charla sobre investigación con usuarios y me encantó la parte de los diarios de campo.`,
  (i: number) => `<p>Thanks, ${nameOf(i)}! Happy to share the notes, "as promised".</p><p>Best,<br>Yo</p>`,
  () => '¿Te viene bien un café el jueves? 🙂',
  (i: number) => `Sure, let's do it. I'll bring the draft of the report (v${i % 9}).\nSee you then!`,
];

const SINCE = Date.now() - 730 * 86_400_000;
const CONVERSATION_GAP = (730 * 86_400_000) / CONVERSATIONS - PER_CONVERSATION * 600_000;

/** messages.csv: CONVERSATIONS 1:1 conversations of PER_CONVERSATION messages, the user and persona-i taking turns. */
export function messagesCsv() {
  const rows: string[] = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    const other = { name: nameOf(c), slug: `persona-${c}` };
    // Conversation 0 is a group (a third person in it); conversation 1 ends with a draft.
    const third = c === 0 ? [{ name: 'Tercera Persona', slug: 'tercera' }] : [];
    for (let m = 0; m < PER_CONVERSATION; m++) {
      const mine = m % 2 === 0;
      const from = mine ? ME : other;
      const to = [mine ? other : ME, ...third];
      // Over the last two years: half of what the user sent is recent enough to be fingerprinted.
      const date = new Date(SINCE + c * CONVERSATION_GAP + m * 600_000).toISOString().replace('T', ' ').slice(0, 19);
      const draft = c === 1 && m === PER_CONVERSATION - 1 ? 'Yes' : 'No';
      rows.push(
        csvLine(
          `2-conv-${c}`,
          '',
          from.name,
          profile(from.slug),
          to.map((p) => p.name).join(', '),
          to.map((p) => profile(p.slug)).join(', '),
          `${date} UTC`,
          '',
          TEXTS[(c + m) % TEXTS.length]!(c),
          'INBOX',
          draft,
          'No',
        ),
      );
    }
  }
  return build(header('messages_2024'), rows);
}

export const CONNECTIONS_SKIPPED = Object.keys(BAD).length;
export const CONNECTIONS_IMPORTED = CONNECTIONS - CONNECTIONS_SKIPPED;
export const MESSAGES = CONVERSATIONS * PER_CONVERSATION;
export const MESSAGES_SKIPPED = PER_CONVERSATION + 1;
export const MESSAGES_IMPORTED = MESSAGES - MESSAGES_SKIPPED;

export interface ImportFiles {
  connections: string;
  messages: string;
  /** Line of Connections.csv each BAD row starts on, in BAD's order. */
  badLines: number[];
}

/** Writes the generated Connections.csv and messages.csv into `dir`. */
export function writeImportFiles(dir: string): ImportFiles {
  const connections = connectionsCsv();
  const path = (name: string) => join(dir, name);
  writeFileSync(path('Connections.csv'), connections.text);
  writeFileSync(path('messages.csv'), messagesCsv().text);
  return { connections: path('Connections.csv'), messages: path('messages.csv'), badLines: Object.values(BAD).map((i) => connections.lines[i]!) };
}

/** Samples the page's JS heap (CDP Runtime.getHeapUsage) until stopped; returns the peak in MB. */
export function heapSampler(cdp: CDPSession) {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((resume) => setTimeout(resume, 50));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak / 1024 / 1024;
  };
}

/** The longest task the page's main thread ran since `watchLongTasks` (ms). */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

export interface ImportRun {
  ms: number;
  heapMb: number;
}

/** Chooses files in the real input, waits for the report; returns the wall time and the heap peak. */
export async function importFiles(page: Page, cdp: CDPSession, paths: string[], options: { whileRunning?: () => Promise<void> } = {}): Promise<ImportRun> {
  const stopHeap = heapSampler(cdp);
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(paths);
  await options.whileRunning?.();
  await page.locator('.import-report').waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  return { ms, heapMb: await stopHeap() };
}

/** Checks the e2e test makes on the page between the measured imports (none of them is timed). */
export interface ImportCheckpoints {
  /** The import view is open and idle, nothing imported yet. */
  beforeImports?: (page: Page) => Promise<void>;
  /** The report of Connections.csv is showing. */
  afterConnections?: (page: Page) => Promise<void>;
  /** The report of messages.csv is showing. */
  afterMessages?: (page: Page) => Promise<void>;
}

export interface ImportFigures {
  connections: ImportRun;
  messages: ImportRun;
  /** Both files again, nothing new in them. */
  reimport: ImportRun;
  /** The longest main-thread task of the page from the connections import until the messages report (ms). */
  longestTaskMs: number;
  lines: string[];
  /** The import view, left showing the re-import's report. */
  page: Page;
  cdp: CDPSession;
}

/**
 * In `ext` (a fresh profile): imports Connections.csv, then messages.csv, then both again, through the import view.
 * `files` are the generated ones when given (the caller removes them), else they are written to a temp folder
 * removed at the end.
 */
export async function benchImport(ext: ExtensionHarness, options: { files?: ImportFiles; checks?: ImportCheckpoints } = {}): Promise<ImportFigures> {
  const dir = options.files ? undefined : mkdtempSync(join(tmpdir(), 'vinculo-import-bench-'));
  try {
    const files = options.files ?? writeImportFiles(dir!);
    const checks = options.checks ?? {};
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#import');
    const cdp = await ext.context.newCDPSession(page);
    await page.getByText('Get a copy of your data').first().waitFor();
    await checks.beforeImports?.(page);

    const longest = await watchLongTasks(page);
    // The progress bar shows while each file is read and saved.
    const connections = await importFiles(page, cdp, [files.connections], {
      whileRunning: () => page.getByRole('progressbar', { name: /Reading the files|Saving connections/ }).waitFor({ timeout: 10_000 }),
    });
    await checks.afterConnections?.(page);
    const messages = await importFiles(page, cdp, [files.messages], {
      whileRunning: () => page.getByRole('progressbar', { name: /Reading the files|Saving messages/ }).waitFor({ timeout: 10_000 }),
    });
    const longestTaskMs = await longest();
    await checks.afterMessages?.(page);
    const reimport = await importFiles(page, cdp, [files.connections, files.messages]);

    const missed = (ms: number, target: number) => (ms > target ? '  TARGET MISSED' : '');
    const lines = [
      'Import in Chromium (options page file input, until the report shows)',
      `  ${CONNECTIONS.toLocaleString('en')} connections: ${connections.ms} ms (target ≤ ${CONNECTIONS_TARGET_MS} ms)${missed(connections.ms, CONNECTIONS_TARGET_MS)}`,
      `  ${MESSAGES.toLocaleString('en')} messages: ${messages.ms} ms (target ≤ ${MESSAGES_TARGET_MS} ms)${missed(messages.ms, MESSAGES_TARGET_MS)}`,
      `  page JS heap peak: ${connections.heapMb.toFixed(0)} MB importing connections, ${messages.heapMb.toFixed(0)} MB importing messages`,
      `  longest main-thread task during the imports: ${longestTaskMs.toFixed(0)} ms`,
      `  re-import of both files (nothing new): ${reimport.ms} ms`,
    ];
    return { connections, messages, reimport, longestTaskMs, lines, page, cdp };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
