import { pageOf } from '../messages/wire';
import type { DomObserver } from './observer';

/** What a feature gets when it runs: the page it runs on, the shared observer, and a signal that aborts on navigation. */
export interface FeatureContext {
  url: string;
  signal: AbortSignal;
  observer: DomObserver;
}

/** A content-script feature: the routes it runs on and what it does there (see content/features/). */
export interface Feature {
  id: string;
  /** Also runs inside LinkedIn's same-origin iframes (the messaging overlay may live in one). */
  inFrames?: true;
  runsOn: (url: string) => boolean;
  init: (context: FeatureContext) => void | Promise<void>;
}

/**
 * Runs the features whose routes match the current URL. LinkedIn navigates in-page (history.pushState), so on
 * every URL change the running features are aborted and the matching ones start again for the new page.
 */
export function createFeatureManager(features: readonly Feature[], observer: DomObserver) {
  let controller: AbortController | undefined;
  let currentPage: string | undefined;

  function run(url: string): void {
    // A new page is a new path: LinkedIn rewrites the query and hash (tracking ids, open modals) on the same page.
    const page = pageOf(url) ?? url;
    if (page === currentPage) return;
    currentPage = page;
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    for (const feature of features) {
      if (!feature.runsOn(url)) continue;
      // Fail soft: a feature that breaks must never break LinkedIn's page or the other features.
      try {
        Promise.resolve(feature.init({ url, signal, observer })).catch((error: unknown) => reportFailure(feature, error));
      } catch (error) {
        reportFailure(feature, error);
      }
    }
  }

  return {
    /** Call on load and whenever the URL may have changed; does nothing if it did not. */
    navigate: run,
    stop(): void {
      controller?.abort();
      currentPage = undefined;
    },
  };
}


function reportFailure(feature: Feature, error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  console.debug(`[Vínculo] feature ${feature.id} failed`, error);
}
