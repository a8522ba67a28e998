import { describe, expect, it } from 'vitest';
import { hasSharedFixtures } from './helpers';
import { describeFailures, runPage, sharedPages, summaryLine, VARIANTS } from './resilience';

/*
 * Every reader on the real LinkedIn pages of ../shared/fixtures/linkedin (and the Voyager JSON capture served in a
 * page as LinkedIn embeds it), and on ≥ 1,000 mutated copies of each. The folder sits beside the repository, so a
 * plain checkout may not have it.
 */
if (!hasSharedFixtures) console.warn('../shared/fixtures not found: resilience on real LinkedIn pages skipped');

describe.skipIf(!hasSharedFixtures)(`readers on real pages and ${VARIANTS} mutated copies of each`, () => {
  for (const page of sharedPages()) {
    it(page.name, () => {
      const summary = runPage(page);
      console.log(summaryLine(summary));
      expect(describeFailures(summary)).toEqual([]);
      expect(summary.exceptions + summary.problems).toBe(0);
    }, 120_000);
  }
});
