/*
 * `npm run bench`: the figures the issues ask for. Run after `npm run build`.
 *   - size of each entry point of dist/, raw and gzipped (content-script budget: 40 KB gzipped)
 *   - time the profile reader takes on saved pages (median of many runs, under node with linkedom: compare
 *     ratios between runs and machines, not absolute milliseconds)
 *   - the mass-message lookup (fingerprint + LSH candidates + comparison) at 10k and 100k sent messages
 *   - the judgement of a 2,000- and a 20,000-character draft (judge-bench.ts)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readProfile } from '../../src/linkedin/read/profile';
import { bundleSizes, CONTENT_SCRIPT_BUDGET_GZIP } from './bundle-sizes';
import { benchMass } from './mass-bench';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
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

console.log('');
for (const line of benchMass()) console.log(line);

console.log('\nJudgement of a draft (node)');
await import('./judge-bench');
