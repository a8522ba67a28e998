/**
 * What the content script's own work costs (each batch of LinkedIn's DOM changes it looks at, each throttled
 * scan), kept inside its isolated world. Not as User Timing entries: the page's performance timeline is shared
 * with LinkedIn's scripts, and "vinculo:…" entries there would tell LinkedIn the extension is installed. The
 * e2e tests and `npm run bench` read this list through the DevTools protocol (in the content script's world).
 */
export interface Cost {
  name: string;
  start: number;
  duration: number;
}

/** Costs kept: the latest ones, a LinkedIn tab stays open all day. */
const KEEP = 2000;
const costs: Cost[] = [];
(globalThis as Record<symbol, unknown>)[Symbol.for('vinculo.costs')] = costs;

/** Records the time from `start` (a performance.now() reading) to now under `name`. */
export function recordCost(name: string, start: number): void {
  costs.push({ name, start, duration: performance.now() - start });
  if (costs.length > KEEP) costs.splice(0, costs.length - KEEP);
}
