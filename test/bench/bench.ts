/*
 * `npm run bench`: the figures the issues ask for. Run after `npm run build`.
 *   - size of each entry point of dist/, raw and gzipped (content-script budget: 40 KB gzipped)
 *   - time the profile reader takes on saved pages (median of many runs, under node with linkedom: compare
 *     ratios between runs and machines, not absolute milliseconds)
 *   - the mass-message lookup (fingerprint + LSH candidates + comparison) at 10k and 100k sent messages
 *   - the thread reader on the real 2026 post JSON and on our thread pages (node with linkedom, like the profile reader)
 *   - the judgement of a 2,000- and a 20,000-character draft (judge-bench.ts)
 *   - with dist/ built and Chromium installed, issue #4's figures in Chromium (chromium-bench.ts): 200 names looked up
 *     among 30,000 contacts and 300,000 interactions, and a feed scroll adding 50 posts (long tasks, observer work).
 *     The first run writes the seeded profile (about a minute), later runs copy it; VINCULO_BENCH_CHROMIUM=0 skips.
 *   - issue #5's workspace with 30,000 contacts (workspace-bench.ts): first paint, overview drawn, filter per keystroke.
 *   - issue #5's import (import-bench.ts), each in a fresh profile: 30,000 connections then 100,000 messages through the
 *     options page's file input (time to the report, JS heap peak), the longest main-thread task, a re-import of both.
 *   - issue #6's page cost (page-cost-bench.ts): on the saved full profile page, the main-thread time the content script
 *     adds (20 loads with, 20 without), its own time and long tasks from a trace, the load event's ratio, and its heap
 *     across 100 in-page navigations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readProfile } from '../../src/linkedin/read/profile';
import { readThreads } from '../../src/linkedin/read/thread';
import { bundleSizes, CONTENT_SCRIPT_BUDGET_GZIP } from './bundle-sizes';
import { benchMass } from './mass-bench';
import { ms, timeIt } from './stats';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, process.env.VINCULO_DIST ?? 'dist', 'chrome');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (existsSync(join(dist, 'manifest.json'))) {
  console.log('Bundle sizes (dist/, each entry with every chunk it loads)');
  for (const size of bundleSizes(dist)) {
    const budget = size.entry.startsWith('content script') ? ` (budget ${kb(CONTENT_SCRIPT_BUDGET_GZIP)})` : '';
    console.log(`  ${size.entry.padEnd(18)} ${kb(size.bytes).padStart(9)} raw  ${kb(size.gzipBytes).padStart(8)} gzipped${budget}`);
  }
} else {
  console.log('dist/ not built: run `npm run build` for bundle sizes.');
}

const pages: [string, string, string][] = [
  ['real 2026 profile (full page)', join(root, '../shared/fixtures/linkedin/profile_2026-05_sdui_1st-degree_full.html'), 'https://www.linkedin.com/in/shiva-singh-genai-llm/'],
  ['own 2026 profile', join(root, 'test/fixtures/linkedin/profile_sdui_2026_en.html'), 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/'],
  ['own Ember 2023 profile', join(root, 'test/fixtures/linkedin/profile_ember_2023_en.html'), 'https://www.linkedin.com/in/ingrid-solberg-mendez-09a1b2/'],
];
const RUNS = 200;
console.log(`\nProfile reader, median of ${RUNS} runs (node + linkedom)`);
for (const [name, file, url] of pages) {
  if (!existsSync(file)) {
    console.log(`  ${name}: skipped (${file} not found)`);
    continue;
  }
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    readProfile(document, url);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(RUNS / 2)]!;
  const p95 = times[Math.floor(RUNS * 0.95)]!;
  console.log(`  ${name.padEnd(32)} median ${median.toFixed(3)} ms  p95 ${p95.toFixed(3)} ms`);
}

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
/** The real capture back in a page as LinkedIn serves it (as test/e2e/threads.e2e.test.ts does). */
function realThreadPage(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const { payload, datalet } = JSON.parse(readFileSync(file, 'utf8')) as { payload: unknown; datalet: { body: string } };
  return `<!doctype html><html lang="en"><head><title>Post | LinkedIn</title></head><body><main></main>
<code style="display: none" id="${datalet.body}">${escapeHtml(JSON.stringify(payload))}</code>
<code style="display: none" id="datalet-${datalet.body}">${escapeHtml(JSON.stringify(datalet))}</code></body></html>`;
}
const own = (file: string) => (existsSync(join(root, 'test/fixtures/linkedin', file)) ? readFileSync(join(root, 'test/fixtures/linkedin', file), 'utf8') : undefined);
const threadPages: [string, string | undefined, string][] = [
  ['real 2026 post JSON (17 comments)', realThreadPage(join(root, '../shared/fixtures/linkedin/voyager_feed_update_comments_2026.json')), 'https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/'],
  ['own Ember post page (JSON + DOM)', own('thread_feed_update_ember_2026_en.html'), 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/'],
  ['own Ember feed (4 posts)', own('thread_feed_ember_2026_en.html'), 'https://www.linkedin.com/feed/'],
  ['own group post', own('thread_group_post_ember_2026_en.html'), 'https://www.linkedin.com/groups/9876543/posts/7459905208323345003/'],
  ['own profile activity', own('thread_profile_activity_ember_2026_en.html'), 'https://www.linkedin.com/in/dario-esposito-nakamura/recent-activity/all/'],
  ['own 2026 React post page', own('thread_feed_update_sdui_2026_en.html'), 'https://www.linkedin.com/feed/update/urn:li:activity:7460267596185942336/'],
];
const FIRST_RUNS = 40;
console.log(`\nThread reader (node + linkedom): first read of a page (median of ${FIRST_RUNS}, each on a fresh parse) and re-read of the same page (median of ${RUNS}; embedded JSON blocks are parsed once per element)`);
for (const [name, html, url] of threadPages) {
  if (!html) {
    console.log(`  ${name}: skipped (fixture not found)`);
    continue;
  }
  const first: number[] = [];
  let threads = 0;
  for (let i = 0; i < FIRST_RUNS; i++) {
    const { document } = parseHTML(html);
    const started = performance.now();
    threads = readThreads(document, url).threads.reduce((n, t) => n + 1 + t.comments.length, 0);
    first.push(performance.now() - started);
  }
  const { document } = parseHTML(html);
  readThreads(document, url);
  const again = timeIt(() => readThreads(document, url), RUNS);
  first.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(36)} first ${ms(first[Math.floor(FIRST_RUNS / 2)]!)}  re-read ${ms(again.p50)} (p99 ${ms(again.p99)})  [${threads} posts + comments]`);
}

console.log('');
for (const line of benchMass()) console.log(line);

console.log('\nJudgement of a draft (node)');
await import('./judge-bench');

console.log('');
await chromiumFigures();

/** Issues #4's, #5's and #6's figures in Chromium, when there is a Chromium and a dist/ to load. */
async function chromiumFigures(): Promise<void> {
  if (process.env.VINCULO_BENCH_CHROMIUM === '0') return console.log('Chromium figures skipped (VINCULO_BENCH_CHROMIUM=0).');
  if (!existsSync(join(dist, 'manifest.json'))) return console.log('Chromium figures skipped: dist/ not built (`npm run build`).');
  if (!hasChromium()) return console.log('Chromium figures skipped: no Chromium (`apt-get install -y chromium`, or set CHROMIUM_PATH).');
  const { benchFeedScroll, benchPeopleLookup, launchSeeded } = await import('./chromium-bench');
  const seeded = await launchSeeded();
  try {
    const lookup = await benchPeopleLookup({ seeded });
    for (const line of lookup.lines) console.log(line);
    console.log('');
    const feed = await benchFeedScroll({ ext: seeded.ext, known: lookup.known });
    for (const line of feed.lines) console.log(line);
  } finally {
    await seeded.ext.close();
  }

  console.log('');
  const { launchExtension } = await import('../e2e/harness');
  const { benchWorkspace } = await import('./workspace-bench');
  const ext = await launchExtension();
  try {
    for (const line of (await benchWorkspace(ext)).lines) console.log(line);
  } finally {
    await ext.close();
  }

  console.log('');
  const { benchImport } = await import('./import-bench');
  const fresh = await launchExtension();
  try {
    for (const line of (await benchImport(fresh)).lines) console.log(line);
  } finally {
    await fresh.close();
  }

  console.log('');
  const { benchHeap, benchMainThread, benchTrace } = await import('./page-cost-bench');
  const plain = await launchExtension();
  try {
    for (const line of (await benchMainThread(plain)).lines) console.log(line);
    for (const line of (await benchTrace(plain, { tail: true })).lines) console.log(line);
    for (const line of (await benchHeap(plain)).lines) console.log(line);
  } finally {
    await plain.close();
  }
}

function hasChromium(): boolean {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  try {
    execFileSync('sh', ['-c', 'command -v chromium'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
