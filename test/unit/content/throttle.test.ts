import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../src/content/throttle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  it('runs at once, then at most once per interval, always honouring the last call', () => {
    const run = vi.fn();
    const controller = new AbortController();
    const scan = throttle(run, 250, controller.signal);
    scan();
    expect(run).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(10);
      scan();
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250);
    expect(run).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('a pending run is dropped when the signal aborts', () => {
    const run = vi.fn();
    const controller = new AbortController();
    const scan = throttle(run, 250, controller.signal);
    scan();
    scan();
    controller.abort();
    vi.advanceTimersByTime(1000);
    scan();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
