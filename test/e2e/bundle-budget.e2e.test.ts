import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, CONTENT_SCRIPT_BUDGET_GZIP } from '../bench/bundle-sizes';
import { DIST } from './harness';

describe('bundle budget (built dist/)', () => {
  it('every content script, with everything it loads, stays within 40 KB gzipped', () => {
    const scripts = bundleSizes(DIST).filter((s) => s.entry.startsWith('content script'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      // One self-contained file: a chunk it imported would have to be web-accessible, which LinkedIn can probe.
      expect(script.files).toHaveLength(1);
      expect(script.gzipBytes, `${script.entry}: ${script.gzipBytes} bytes gzipped`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_GZIP);
    }
  });

  it('the message judgement and its lexicons are in the background worker, not in any content script', () => {
    // Text only their code carries: the matcher's self-check (cues.ts), the language markers (language.ts), the
    // merge tags (placeholders.ts). eslint.config.js keeps content/ui/messages from importing them; this checks
    // the result, whatever path an import might take.
    const markers = ['capturing group in cue', 'obrigado obrigada', 'FIRSTNAME|LASTNAME'];
    const code = (entry: string) => bundleSizes(DIST).filter((s) => s.entry.startsWith(entry)).flatMap((s) => s.files.map((f) => readFileSync(join(DIST, f), 'utf8')));
    for (const marker of markers) {
      expect(code('content script').some((text) => text.includes(marker)), `content script carries "${marker}"`).toBe(false);
      expect(code('background worker').some((text) => text.includes(marker)), `background worker lacks "${marker}"`).toBe(true);
    }
  });

  it('no content script builds or runs zod: it checks what it reads with plain code, and the worker checks every message', () => {
    // zod's schemas keep their internals under `_zod`, a property name minification leaves as it is. Building the
    // protocol's and the models' schemas, then running them the first time, cost each LinkedIn page ~7 ms of its
    // main thread (test/bench/page-cost-bench.ts); the content script imports their types only (messages/wire.ts,
    // core/model/profile-checks.ts, thread-checks.ts). The worker still carries zod, so the marker is real.
    const code = (entry: string) => bundleSizes(DIST).filter((s) => s.entry.startsWith(entry)).flatMap((s) => s.files.map((f) => readFileSync(join(DIST, f), 'utf8')));
    expect(code('content script').some((text) => text.includes('_zod')), 'a content script carries zod').toBe(false);
    expect(code('background worker').some((text) => text.includes('_zod')), 'the background worker lacks zod').toBe(true);
  });
});
