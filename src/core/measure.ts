/*
 * What the extension's own work costs, as User Timing entries ("vinculo:…" in DevTools' Performance panel and
 * in performance.getEntriesByName): the worker times each request it handles, the content script each batch
 * of DOM changes it looks at. The e2e tests and `npm run bench` read these figures. Entries are bounded: a
 * LinkedIn tab stays open all day, and the timeline would otherwise grow with every batch.
 */

/** Entries kept per name; older ones are dropped in one go. */
const KEEP = 500;
const counts = new Map<string, number>();

/** Records the time from `start` (a performance.now() reading) to now under `name`. */
export function measure(name: string, start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  const count = (counts.get(name) ?? 0) + 1;
  if (count > KEEP) performance.clearMeasures(name);
  counts.set(name, count > KEEP ? 1 : count);
  performance.measure(name, { start, end: performance.now() });
}
