import { isEssentialProfileField } from '../../core/model/profile-checks';
import { isProfile } from '../../linkedin/routes';
import { readProfile, type ProfileReading } from '../../linkedin/read/profile';
import { tell } from '../../messages/client';
import type { Feature } from '../feature-manager';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';

/** How long to wait for LinkedIn to render a top card before reporting what could not be read. */
export const READ_TIMEOUT_MS = 8000;


/**
 * F1: reads the profile on screen and sends it to the background. LinkedIn renders the top card after the URL
 * changes (and can still show the previous person's card for a moment), so the reader runs again on each DOM
 * batch: a reading is sent as soon as it has the essentials, and again when a later one finds more. Reading
 * stops once every field is found, at the timeout, or on navigation; then one health run is recorded for the
 * page view, from the best reading (at the timeout, whatever the page shows, stale card included).
 */
export const profileReader: Feature = {
  id: 'profile-reader',
  runsOn: isProfile,
  init({ url, signal, observer }) {
    if (signal.aborted) return;
    let best: ProfileReading | undefined;
    const watching = new AbortController();
    signal.addEventListener('abort', () => watching.abort(), { once: true });

    const send = (reading: ProfileReading) => {
      best = reading;
      if (reading.record) tell('profile.read', { snapshot: reading.record, missing: reading.missing });
      if (reading.missing.length === 0) watching.abort();
    };

    const attempt = () => {
      const reading = readProfile(document, url);
      if (reading.stale || reading.missing.some(isEssentialProfileField)) return;
      if (!best || reading.found.length > best.found.length) send(reading);
    };

    const timer = setTimeout(() => {
      if (!best) send(readProfile(document, url));
      watching.abort();
    }, READ_TIMEOUT_MS);

    watching.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        // Leaving before anything was read says nothing about the reader: no health run then.
        if (!best) return;
        const { pageKind, found, missing } = best;
        tell('reader.ran', { reader: 'profile', pageKind, url, found, missing });
      },
      { once: true },
    );

    observer.onBatch(throttle(attempt, SCAN_INTERVAL_MS, watching.signal), watching.signal);
    attempt();
  },
};
