import { afterEach, describe, expect, it } from 'vitest';
import { benchHeap, benchMainThread, benchTrace, LONG_TASK_MS, MAIN_THREAD_TARGET_MS } from '../bench/page-cost-bench';
import { assertNoExternalRequests, launchExtension, type ExtensionHarness } from './harness';

/*
 * Issue #6 "The page stays fast", on a quicker run than `npm run bench` (test/bench/page-cost-bench.ts does the
 * work and explains each figure): the saved full profile page (../shared/fixtures, or our own stand-in when it is
 * absent) loaded with and without the content script, a trace of our own work on it, and 100 in-page navigations.
 */

/**
 * What the test holds the extension's own main-thread time to (the trace's CPU figure, median of the traced loads):
 * the target, one frame (MAIN_THREAD_TARGET_MS), and a 2 ms margin for a busier machine. On the two-core machine
 * this was written on the median of 5 traced loads came out at 10.8–14.8 ms (per load 10–18 ms, the machine shared
 * with other builds): setting up the isolated world ~2 ms, compiling our 80 KB script ~2.4 ms and running its top
 * level ~0.7 ms, then the features' first run ~7 ms (reading the profile, finding and looking up the people on the
 * page, a storage read and four messages to the worker), most of it V8 compiling each function the first time it
 * runs. It was 22–26 ms before zod left the content script (building and first running its schemas cost ~7 ms):
 * the bound catches such a regression, and a reader walking the page once per element, not a noisy load.
 */
const OWN_TIME_BOUND_MS = MAIN_THREAD_TARGET_MS + 2;
/**
 * On a slower machine both bounds grow with the page's own main-thread time (TaskDuration WITHOUT the extension,
 * median, measured in the same run): a fixed figure in ms would hold a slower machine to a faster one's speed. On
 * 2026-12-06 this machine kind ran ~2.5× slower than when the bounds above were set: the build of 411dfc2, measured
 * at 10.8–14.8 ms then, measured 33.1 ms here, and the page's own time was 133–167 ms. Our own time came out at
 * 0.18–0.23 of the page's, the with − without difference at 0.15–0.31 (seven runs). zod in the content script (the build of
 * ce4a48e, 22–26 ms on the first machine) goes past these ratios; on a machine as fast as the first, the fixed
 * bounds are the tighter.
 */
const OWN_TIME_PER_PAGE_TIME = 0.3;
const ADDED_TIME_PER_PAGE_TIME = 0.4;
/** Traced loads whose median is held to OWN_TIME_BOUND_MS: one load varies by ±2–4 ms here, five settle it. */
const TRACED_LOADS = 5;
/**
 * The TaskDuration difference (with minus without) is the whole cost, native work included (IPC, style and layout
 * our UI causes), but two loads' difference varies by ±10 ms here: its median over 10 pairs (measured 8.1–15.1 ms,
 * 24.5–28 ms with zod in the content script) is held loosely, to twice what it is; the traced figure is the tight one.
 */
const ADDED_TIME_BOUND_MS = 30;
/**
 * What 100 in-page navigations may leave behind, after a forced GC, on the same page as before (no baseline run
 * here: the page's own growth is included). Measured: V8 +150–160 KB, none of it objects of ours (a heap snapshot
 * diff shows optimised code, and the cost log, capped at 2000 entries, growing by ~70 B an entry until it is full);
 * Blink +300–400 KB (the page's session-history entries, one per pushState, and DevTools' own record of the page's
 * requests); DOM nodes and listeners unchanged. A leak that matters keeps something per page. Checked by breaking
 * history-badges.tsx once: keeping every page's mentions (their elements) and a listener per page gave +94,680
 * nodes, +18 MB of Blink heap and +200 listeners. The V8 bound catches JavaScript kept per page from ~3.5 KB a
 * navigation up (a reading, a cache never cleared); less than that (a few names a page) is under its noise.
 */
const V8_GROWTH_BOUND = 512 * 1024;
const BLINK_GROWTH_BOUND = 4 * 1024 * 1024;
const NODE_GROWTH_BOUND = 200;
const LISTENER_GROWTH_BOUND = 5;

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the page stays fast (issue #6)', () => {
  it('adds little main-thread time to the full profile page, runs no long task, and keeps nothing across 100 in-page navigations', async () => {
    const started = performance.now();
    ext = await launchExtension();
    const main = await benchMainThread(ext, { pairs: 10, settleMs: 800 });
    const trace = await benchTrace(ext, { runs: TRACED_LOADS, settleMs: 800 });
    const heap = await benchHeap(ext, { navigations: 100, waitMs: 100, baseline: false });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    const own = trace.own.median;
    const ownBound = Math.max(OWN_TIME_BOUND_MS, OWN_TIME_PER_PAGE_TIME * main.task.without);
    const addedBound = Math.max(ADDED_TIME_BOUND_MS, ADDED_TIME_PER_PAGE_TIME * main.task.without);
    const longestWall = Math.max(...trace.runs.map((r) => r.longestOurs.wallMs));
    const verdicts = [
      own <= MAIN_THREAD_TARGET_MS
        ? `main-thread time: target met (own ${own.toFixed(1)} ms ≤ ${MAIN_THREAD_TARGET_MS} ms)`
        : `TARGET MISSED: the extension's own main-thread time on the profile page is ${own.toFixed(1)} ms > ${MAIN_THREAD_TARGET_MS} ms (test bound ${ownBound.toFixed(1)} ms; with − without ${main.taskDiff.median.toFixed(1)} ms, bound ${addedBound.toFixed(1)} ms; the page's own ${main.task.without.toFixed(1)} ms)`,
      longestWall <= LONG_TASK_MS
        ? `long tasks: none of ours over ${LONG_TASK_MS} ms (longest ${longestWall.toFixed(1)} ms)`
        : `TARGET MISSED: a task running our work took ${longestWall.toFixed(1)} ms of wall clock (its CPU time is held to ${LONG_TASK_MS} ms)`,
    ];
    console.log([...main.lines, ...trace.lines, ...heap.lines, ...verdicts, `(${seconds} s in all)`].join('\n'));

    // The loads compared are the ones meant: WITH them the profile was read and reached the worker; WITHOUT them
    // no script ran at all (the page's own are blocked by its CSP, ours not injected).
    expect(main.storedName).toBe(main.page.real ? 'Shiva Singh' : 'Lucía Fernández Ortega');
    expect(main.script.without).toBeLessThan(0.5);
    expect(main.taskDiff.median).toBeLessThanOrEqual(addedBound);

    // The trace saw our script injected once per load and the settle time covered all our work but the reader's timeout.
    for (const run of trace.runs) {
      expect(run.injections).toBe(1);
      expect(run.lastWorkMs).toBeLessThan(trace.settleMs);
      expect(run.parts.evaluate).toBeGreaterThan(0);
    }
    expect(own).toBeLessThanOrEqual(ownBound);

    // No long task of ours: its CPU time in every load, the wall clock in the median load (the machine is shared).
    for (const run of trace.runs) expect(run.longestOurs.cpuMs).toBeLessThanOrEqual(LONG_TASK_MS);
    const walls = trace.runs.map((r) => r.longestOurs.wallMs).sort((a, b) => a - b);
    expect(walls[Math.floor(walls.length / 2)]).toBeLessThanOrEqual(LONG_TASK_MS);

    // Flat memory across 100 in-page navigations (same page before and after, GC forced).
    expect(heap.costs.after).toBeGreaterThan(heap.costs.before); // the content script did follow the navigations
    expect(heap.growth.v8).toBeLessThan(V8_GROWTH_BOUND);
    expect(heap.growth.blink).toBeLessThan(BLINK_GROWTH_BOUND);
    expect(heap.growth.nodes).toBeLessThan(NODE_GROWTH_BOUND);
    expect(heap.growth.listeners).toBeLessThan(LISTENER_GROWTH_BOUND);

    assertNoExternalRequests(ext);
  }, 120_000);
});
