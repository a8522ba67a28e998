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
});
