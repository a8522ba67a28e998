/*
 * What the worker's own work costs, as User Timing entries ("vinculo:<request>" in DevTools' Performance panel
 * of the worker, and performance.getEntriesByName there): it times each request it handles. The e2e tests and
 * `npm run bench` read these figures. Entries are bounded. Never used in the content script: a page shares its
 * performance timeline with LinkedIn's scripts (content/costs.ts keeps those figures private instead).
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
