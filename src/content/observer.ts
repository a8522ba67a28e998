import { recordCost } from './costs';

/**
 * The one MutationObserver of the content script. LinkedIn's SPA mutates the DOM constantly; features subscribe
 * here instead of observing on their own, and are called at most once per animation frame after changes.
 * Records are not kept (they would hold removed nodes alive); listeners look at the DOM as it is now.
 * A subscriber throwing does not stop the others (each feature fails soft).
 */
export type BatchListener = () => void;

export interface DomObserver {
  /** Calls `listener` after each batch of DOM changes until `signal` aborts. */
  onBatch(listener: BatchListener, signal: AbortSignal): void;
  /** Watches a shadow root too (changes inside one are invisible from the document); each root once. */
  watch(root: ShadowRoot): void;
  disconnect(): void;
}

/**
 * Runs `run` on the next frame; a hidden tab gets no frames (requestAnimationFrame is paused there), so it
 * falls back to a timer and LinkedIn tabs in the background still settle.
 */
function nextFrame(run: () => void): void {
  if (document.hidden) setTimeout(run, 250);
  else requestAnimationFrame(run);
}

export function createDomObserver(root: Node, schedule: (run: () => void) => void = nextFrame): DomObserver {
  const listeners = new Set<BatchListener>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const started = performance.now();
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        console.debug('[Vínculo] observer listener failed', error);
      }
    }
    // Our whole cost per batch of LinkedIn's DOM changes (bench and e2e read it).
    recordCost('vinculo:dom-batch', started);
  };

  const watched = new WeakSet<Node>();
  const observer = new MutationObserver(() => {
    if (scheduled || listeners.size === 0) return;
    scheduled = true;
    schedule(flush);
  });
  // characterData too: React may reuse the top card's nodes and change only their text on navigation.
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(root, options);

  return {
    onBatch(listener, signal) {
      if (signal.aborted) return;
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
    watch(shadowRoot) {
      if (watched.has(shadowRoot)) return;
      watched.add(shadowRoot);
      observer.observe(shadowRoot, options);
    },
    disconnect() {
      observer.disconnect();
      listeners.clear();
    },
  };
}
