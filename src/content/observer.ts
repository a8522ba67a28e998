/**
 * The one MutationObserver of the content script. LinkedIn's SPA mutates the DOM constantly; features subscribe
 * here instead of observing on their own, and receive at most one call per animation frame with the batch's
 * records. A subscriber throwing does not stop the others (each feature fails soft).
 */
export type BatchListener = (records: readonly MutationRecord[]) => void;

export interface DomObserver {
  /** Calls `listener` after each batch of DOM changes until `signal` aborts. */
  onBatch(listener: BatchListener, signal: AbortSignal): void;
  /** Total work done so far, for the bench: batches delivered and milliseconds spent in listeners. */
  readonly stats: { batches: number; records: number; listenerMs: number };
  disconnect(): void;
}

export function createDomObserver(root: Node, schedule: (run: () => void) => void = requestAnimationFrame): DomObserver {
  const listeners = new Set<BatchListener>();
  const stats = { batches: 0, records: 0, listenerMs: 0 };
  let pending: MutationRecord[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const records = pending;
    pending = [];
    stats.batches += 1;
    stats.records += records.length;
    const started = performance.now();
    for (const listener of [...listeners]) {
      try {
        listener(records);
      } catch (error) {
        console.debug('[Vínculo] observer listener failed', error);
      }
    }
    stats.listenerMs += performance.now() - started;
  };

  const observer = new MutationObserver((records) => {
    if (listeners.size === 0) return;
    pending.push(...records);
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });

  return {
    onBatch(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    stats,
    disconnect() {
      observer.disconnect();
      listeners.clear();
    },
  };
}
