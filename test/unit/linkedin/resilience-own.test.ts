import { describe, expect, it } from 'vitest';
import { describeFailures, ownPages, runPage, summaryLine, VARIANTS } from './resilience';

/*
 * Every reader on our own minimised pages other than the thread pages (resilience-own-threads.test.ts) and on
 * ≥ 1,000 mutated copies of each: no exception escapes, every result is well-formed, health agrees with the result.
 * Split by pages so that vitest runs the three resilience files side by side.
 */
describe(`readers on our pages and ${VARIANTS} mutated copies of each`, () => {
  for (const page of ownPages().filter((p) => !p.name.startsWith('thread_'))) {
    it(page.name, () => {
      const summary = runPage(page);
      console.log(summaryLine(summary));
      expect(describeFailures(summary)).toEqual([]);
      expect(summary.exceptions + summary.problems).toBe(0);
    }, 120_000);
  }
});
