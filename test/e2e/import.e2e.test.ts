import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, csvLine, header } from '../unit/import/helpers';
import { assertNoExternalRequests, countRecords, launchExtension, openExtensionPage, pageErrors, screenshot, type ExtensionHarness } from './harness';

/*
 * Issue #5, import (F8) in real Chromium through the options page's real file input: 30,000 connections and
 * 100,000 messages generated here (with a few bad rows), the progress bar, the report, the database, a re-import
 * that duplicates nothing, a cancel, and files refused as a whole (a 200 MB binary among them). Prints the
 * figures the issue asks for ("[bench]" lines).
 */

const CONNECTIONS_TARGET_MS = 3000;
const MESSAGES_TARGET_MS = 15_000;
/** Bounds the test asserts: generous (a noisy 2-core VM), so only a real regression fails it. */
const SLACK = 3;

const CONNECTIONS = 30_000;
const CONVERSATIONS = 10_000;
const PER_CONVERSATION = 10;
const ME = { name: 'Yo Mismo', slug: 'yo-mismo' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FIRST = ['Lucía', 'Kwame', 'Ana', 'José', 'Mei', 'Olu', 'Søren', 'Fatima', 'Diego', 'Inès'];
const profile = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const nameOf = (i: number) => `${FIRST[i % 10]} Persona${i}`;

/** Rows of Connections.csv that are wrong, each its own way. */
const BAD = { noName: 100, badDate: 5000, columns: 12_345, noUrl: 29_999 } as const;

function connectionsCsv(prefix = 'persona') {
  const rows = Array.from({ length: CONNECTIONS }, (_, i) => {
    const url = profile(`${prefix}-${i}`);
    if (i === BAD.noName) return csvLine('', '', url, '', 'Acme', 'CTO', '16 Dec 2024');
    if (i === BAD.badDate) return csvLine('Bad', 'Date', url, '', 'Acme', 'CTO', 'someday');
    if (i === BAD.columns) return csvLine('Too', 'Few', url, '16 Dec 2024');
    return csvLine(
      FIRST[i % 10]!,
      i % 7 === 0 ? `Núñez, "${i}" 🙂` : `Persona${i}`,
      i === BAD.noUrl ? '' : url,
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
function messagesCsv() {
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

const CONNECTIONS_SKIPPED = Object.keys(BAD).length;
const CONNECTIONS_IMPORTED = CONNECTIONS - CONNECTIONS_SKIPPED;
const MESSAGES = CONVERSATIONS * PER_CONVERSATION;
const MESSAGES_SKIPPED = PER_CONVERSATION + 1;
const MESSAGES_IMPORTED = MESSAGES - MESSAGES_SKIPPED;

let dir: string;
const files: Record<string, string> = {};
let badLines: number[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vinculo-import-'));
  const connections = connectionsCsv();
  badLines = Object.values(BAD).map((i) => connections.lines[i]!);
  const write = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  files.connections = write('Connections.csv', connections.text);
  files.otherConnections = write('Other-Connections.csv', connectionsCsv('otra').text);
  files.messages = write('messages.csv', messagesCsv().text);
  // One conversation only: who the user is cannot be told from it, so the view asks.
  files.oneConversation = write(
    'one-conversation.csv',
    build(header('messages_2024'), [
      csvLine('2-solo', '', ME.name, profile(ME.slug), nameOf(20_000), profile('persona-20000'), '2024-12-16 18:24:37 UTC', '', 'Hola', 'INBOX', 'No', 'No'),
      csvLine('2-solo', '', nameOf(20_000), profile('persona-20000'), ME.name, profile(ME.slug), '2024-12-16 19:00:00 UTC', '', '¡Hola!', 'INBOX', 'No', 'No'),
    ]).text,
  );
  files.binary = write('huge.csv', randomBytes(200 * 1024 * 1024));
  // 200 MB of real-looking messages (the 100,000 above, again and again under other conversation ids).
  const { text } = messagesCsv();
  const body = text.slice(text.indexOf('\n') + 1);
  const copies = Math.ceil((200 * 1024 * 1024) / Buffer.byteLength(body));
  files.bigMessages = write('big-messages.csv', [text, ...Array.from({ length: copies - 1 }, (_, k) => body.replaceAll('2-conv-', `${k}-conv-`))].join(''));
  const zip = zipSync({ 'Basic_LinkedInDataExport/Connections.csv': strToU8(connectionsCsv('zip').text) });
  files.truncated = write('Basic_LinkedInDataExport.zip', zip.subarray(0, Math.floor(zip.length * 0.6)));
  files.wrong = write('contacts.csv', 'Name,Email,Phone\nAna,ana@example.com,555\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Samples the page's JS heap (CDP Runtime.getHeapUsage) until stopped; returns the peak in MB. */
function heapSampler(cdp: CDPSession) {
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

/** Chooses files in the real input, waits for the report; returns the wall time and the heap peak. */
async function importFiles(page: Page, cdp: CDPSession, paths: string[], options: { whileRunning?: () => Promise<void> } = {}) {
  const stopHeap = heapSampler(cdp);
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(paths);
  await options.whileRunning?.();
  await page.locator('.import-report').waitFor({ timeout: 120_000 });
  const ms = Date.now() - started;
  return { ms, heapMb: await stopHeap() };
}

/** The report table's row for a file: [new, updated, already there, skipped], as shown. */
async function reportRow(page: Page, file: string): Promise<string[]> {
  const row = page.locator('.import-table tbody tr', { has: page.locator('.import-file-name', { hasText: new RegExp(`^${file}$`) }) });
  return row.locator('td').allInnerTexts();
}

const en = (n: number) => n.toLocaleString('en-US');

function bench(label: string, ms: number, target: number) {
  console.log(`[bench] ${label}: ${ms} ms (target ≤ ${target} ms)${ms > target ? ' TARGET MISSED' : ''}`);
}

describe('import of LinkedIn data export in Chromium', () => {
  it('imports 30,000 connections and 100,000 messages with progress and a report, re-imports without duplicates, cancels, refuses bad files', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#import');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await ext.context.newCDPSession(page);
    await page.getByText('Get a copy of your data').first().waitFor();
    await screenshot(page, 'import-idle');
    const longest = await watchLongTasks(page);

    // 1. Messages with a single conversation: the view asks who the user is, and remembers it.
    await page.locator('input[type=file]').setInputFiles(files.oneConversation!);
    await page.getByRole('heading', { name: 'Which one is you?' }).waitFor();
    await screenshot(page, 'import-who-am-i');
    await page.getByRole('radio', { name: new RegExp(ME.name) }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await reportRow(page, 'one-conversation.csv')).toEqual(['2', '0', '0', '0']);
    await page.getByText(`Messages read as sent by ${ME.name}.`).waitFor();

    // 2. 30,000 connections: the progress bar shows, then the report with the bad rows by line.
    const connections = await importFiles(page, cdp, [files.connections!], {
      whileRunning: () => page.getByRole('progressbar', { name: /Reading the files|Saving connections/ }).waitFor({ timeout: 10_000 }),
    });
    bench('import 30,000 connections (Chromium, file input to report)', connections.ms, CONNECTIONS_TARGET_MS);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    // persona-20000 came in with the first import (a name only): merged, not duplicated.
    expect(await reportRow(page, 'Connections.csv')).toEqual([en(CONNECTIONS_IMPORTED - 1), '1', '0', String(CONNECTIONS_SKIPPED)]);
    const skipped = await page.locator('.import-skipped li').allInnerTexts();
    expect(skipped).toHaveLength(CONNECTIONS_SKIPPED);
    const sortedBad = [...badLines].sort((a, b) => a - b);
    expect(skipped.map((text) => text.split('\n')[0])).toEqual(sortedBad.map((line) => `Line ${en(line)}`));
    expect(skipped.join('\n')).toContain('Connected On is “someday”, not a date.');
    expect(skipped.join('\n')).toContain('No LinkedIn profile link for');
    expect(await countRecords(page, 'contacts')).toBe(CONNECTIONS_IMPORTED);

    // The report downloads as CSV (line, file, reason).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFline,file,reason');
    for (const line of badLines) expect(csv).toContain(`\r\n${line},Connections.csv,`);

    // 3. 100,000 messages: read as sent by the remembered user, without asking.
    const messages = await importFiles(page, cdp, [files.messages!], {
      whileRunning: () => page.getByRole('progressbar', { name: /Reading the files|Saving messages/ }).waitFor({ timeout: 10_000 }),
    });
    bench('import 100,000 messages (Chromium, file input to report)', messages.ms, MESSAGES_TARGET_MS);
    await page.getByRole('heading', { name: 'Import finished' }).waitFor();
    expect(await reportRow(page, 'messages.csv')).toEqual([en(MESSAGES_IMPORTED), '0', '0', String(MESSAGES_SKIPPED)]);
    // persona-100 and persona-5000 had bad Connections.csv rows: their messages bring them in.
    await page.getByText('2 new contacts added').waitFor();
    await page.getByText(`Messages read as sent by ${ME.name}.`).waitFor();
    expect(await countRecords(page, 'interactions')).toBe(MESSAGES_IMPORTED + 2);
    expect(await countRecords(page, 'activity')).toBe(CONVERSATIONS - 1 + 1);
    expect(await countRecords(page, 'contacts')).toBe(CONNECTIONS_IMPORTED + 2);
    console.log(`[bench] page JS heap peak: ${connections.heapMb.toFixed(0)} MB importing connections, ${messages.heapMb.toFixed(0)} MB importing messages`);
    console.log(`[bench] longest main-thread task during the imports: ${(await longest()).toFixed(0)} ms`);
    await screenshot(page, 'import-report');

    // 4. Both again, together: all merged or unchanged, nothing duplicated.
    const again = await importFiles(page, cdp, [files.connections!, files.messages!]);
    console.log(`[bench] re-import of both files (nothing new): ${again.ms} ms`);
    expect(await reportRow(page, 'Connections.csv')).toEqual(['0', '0', en(CONNECTIONS_IMPORTED), String(CONNECTIONS_SKIPPED)]);
    expect(await reportRow(page, 'messages.csv')).toEqual(['0', '0', en(MESSAGES_IMPORTED), String(MESSAGES_SKIPPED)]);
    expect(await countRecords(page, 'interactions')).toBe(MESSAGES_IMPORTED + 2);
    expect(await countRecords(page, 'contacts')).toBe(CONNECTIONS_IMPORTED + 2);

    // 5. Cancel while saving: the whole batches written stay, and the report says how many.
    await importFiles(page, cdp, [files.otherConnections!], {
      whileRunning: async () => {
        await page.getByRole('progressbar', { name: 'Saving connections' }).waitFor({ timeout: 20_000 });
        await page.waitForFunction(() => Number(document.querySelector('progress')?.getAttribute('value')) > 0);
        await page.getByRole('button', { name: 'Cancel import' }).click();
      },
    });
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor();
    const written = (await countRecords(page, 'contacts')) - (CONNECTIONS_IMPORTED + 2);
    expect(written % 2000).toBe(0);
    expect(written).toBeLessThan(CONNECTIONS_IMPORTED);
    expect((await reportRow(page, 'Other-Connections.csv'))[0]).toBe(en(written));

    // 6. Files refused as a whole: a 200 MB binary, a truncated ZIP, a table that is not LinkedIn's. Nothing written.
    const before = { contacts: await countRecords(page, 'contacts'), interactions: await countRecords(page, 'interactions') };
    const refused = await importFiles(page, cdp, [files.binary!, files.truncated!, files.wrong!]);
    console.log(`[bench] refusing a 200 MB binary file, a truncated ZIP and a foreign CSV: ${refused.ms} ms`);
    expect(refused.ms).toBeLessThan(10_000);
    await page.getByRole('heading', { name: 'Nothing was imported' }).waitFor();
    const errors = await page.locator('.import-table td.error').allInnerTexts();
    expect(errors).toEqual([
      expect.stringContaining('This is not a CSV file.'),
      expect.stringContaining('The ZIP archive is damaged or incomplete.'),
      expect.stringContaining('Its columns are: Name, Email, Phone.'),
    ]);
    expect({ contacts: await countRecords(page, 'contacts'), interactions: await countRecords(page, 'interactions') }).toEqual(before);

    expect(pageErrors(page)).toEqual([]);
    assertNoExternalRequests(ext);
    expect(connections.ms).toBeLessThan(CONNECTIONS_TARGET_MS * SLACK);
    expect(messages.ms).toBeLessThan(MESSAGES_TARGET_MS * SLACK);
  }, 600_000);

  it('streams a 200 MB messages.csv without freezing the page, and Cancel stops it with nothing written', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#import');
    const cdp = await ext.context.newCDPSession(page);
    await page.locator('.import-drop').waitFor();
    const stopHeap = heapSampler(cdp);
    await page.locator('input[type=file]').setInputFiles(files.bigMessages!);
    const bar = page.getByRole('progressbar', { name: 'Reading the files' });
    await bar.waitFor();
    // While it reads, the page answers (a script from outside runs within a moment) and the bar advances.
    const answers: number[] = [];
    const seen = new Set<number>();
    for (;;) {
      const asked = Date.now();
      const [value, max] = await page.evaluate(() => {
        const progress = document.querySelector('progress');
        return [progress?.value ?? 0, progress?.max ?? 1];
      });
      answers.push(Date.now() - asked);
      seen.add(value);
      if (value > 0.4 * max) break;
      await new Promise((resume) => setTimeout(resume, 100));
    }
    await page.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByRole('heading', { name: 'Import cancelled' }).waitFor();
    const heapMb = await stopHeap();
    console.log(`[bench] reading a 200 MB messages.csv: slowest answer of the page ${Math.max(...answers)} ms over ${answers.length} probes; JS heap peak ${heapMb.toFixed(0)} MB`);
    expect(seen.size).toBeGreaterThan(3);
    expect(Math.max(...answers)).toBeLessThan(2000);
    expect(await countRecords(page, 'interactions')).toBe(0);
    expect(await countRecords(page, 'contacts')).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  }, 300_000);
});
