import { recordCost } from './costs';

/** How often at most a feature looks at the page again after LinkedIn's DOM changes. */
export const SCAN_INTERVAL_MS = 250;

/**
 * Runs `run` at most once per `ms`, the last call always honoured (trailing): for scans that follow LinkedIn's
 * DOM batches, which on a busy feed come every frame, while what they look for appears once.
 */
export function throttle(run: () => void, ms: number, signal: AbortSignal): () => void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    if (timer !== undefined || signal.aborted) return;
    const wait = last + ms - performance.now();
    const go = () => {
      timer = undefined;
      last = performance.now();
      run();
      recordCost('vinculo:scan', last);
    };
    if (wait <= 0) go();
    else timer = setTimeout(go, wait);
  };
}
