import browser from 'webextension-polyfill';
import { createFeatureManager, type Feature } from './feature-manager';
import { pageVisit } from './features/page-visit';
import { profileReader } from './features/profile-reader';
import { composeGuard } from './features/compose-guard';
import { connectNudge } from './features/connect-nudge';
import { historyBadges } from './features/history-badges';
import { threadReader } from './features/thread-reader';
import { speakChosenLanguage } from './language';
import { createDomObserver } from './observer';

/** Every content-script feature, in the order they start. */
const FEATURES: readonly Feature[] = [pageVisit, profileReader, threadReader, historyBadges, composeGuard, connectNudge];

/*
 * Entry point on linkedin.com. LinkedIn is a single-page app: it changes the URL with history.pushState, which
 * fires no event a content script can hear directly. The Navigation API (Chromium) reports it; elsewhere the
 * shared observer's batches (LinkedIn re-renders on every navigation) and popstate catch it.
 */
function boot(): void {
  const observer = createDomObserver(document.documentElement);
  // In an iframe, only what can live there: the page's identity belongs to the top frame.
  const features = window === window.top ? FEATURES : FEATURES.filter((f) => f.inFrames);
  const manager = createFeatureManager(features, observer);
  const check = () => {
    // After the extension is updated or removed this script is orphaned: it can no longer reach the worker.
    if (!browser.runtime?.id) {
      manager.stop();
      observer.disconnect();
      return;
    }
    manager.navigate(location.href);
  };

  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  navigation?.addEventListener('currententrychange', check);
  window.addEventListener('popstate', check);
  observer.onBatch(check, new AbortController().signal);
  check();
}

// Never let our failure reach LinkedIn's page. The language comes first, so nothing shows in another one; without
// it (storage unreadable) the features still start, in the browser's language.
void speakChosenLanguage()
  .catch((error: unknown) => console.debug('[Vínculo] reading the chosen language failed', error))
  .then(() => {
    try {
      boot();
    } catch (error) {
      console.debug('[Vínculo] content script failed to start', error);
    }
  });
