/** Runs `fn` `runs` times and returns the median and 99th percentile in milliseconds. */
export function timeIt(fn: () => void, runs: number): { p50: number; p99: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)]!, p99: times[Math.min(runs - 1, Math.floor(runs * 0.99))]! };
}

export const ms = (value: number) => `${value.toFixed(3)} ms`;
