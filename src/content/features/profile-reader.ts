import { isEssentialProfileField, type ProfileSnapshot } from '../../core/model/profile';
import { isProfile } from '../../linkedin/routes';
import { readProfile, type ProfileReading } from '../../linkedin/read/profile';
import { request } from '../../messages/client';
import type { Feature } from '../feature-manager';

/** How long to wait for LinkedIn to render a top card before reporting what could not be read. */
export const READ_TIMEOUT_MS = 8000;

/**
 * F1: reads the profile on screen and sends it to the background. LinkedIn renders the top card after the URL
 * changes (and can still show the previous person's card for a moment), so the reader runs again on each DOM
 * batch until it reads a complete, current card, or the timeout passes and we report what was missing.
 * It re-sends only when a later read finds more than the last one sent.
 */
export const profileReader: Feature = {
  id: 'profile-reader',
  runsOn: isProfile,
  init({ url, signal, observer }) {
    let sent: ProfileReading | undefined;
    // Reading stops at the timeout or once every field is found: no work on LinkedIn's later DOM changes.
    const watching = new AbortController();
    signal.addEventListener('abort', () => watching.abort(), { once: true });

    const send = (reading: ProfileReading) => {
      sent = reading;
      if (reading.missing.length === 0) watching.abort();
      void request('profile.read', {
        snapshot: reading.record,
        run: { reader: 'profile', pageKind: reading.pageKind, url, found: reading.found, missing: reading.missing },
      }).catch((error: unknown) => console.debug('[Vínculo] profile.read failed', error));
    };

    const attempt = () => {
      const reading = readProfile(document, url);
      if (reading.stale) return;
      const complete = reading.record?.name !== undefined && !reading.missing.some(isEssentialProfileField);
      if (complete && improves(reading, sent)) send(reading);
    };

    // Whatever the page shows by then is reported; a card still stale carries only the URL's slug, every field missing.
    const timer = setTimeout(() => {
      if (!watching.signal.aborted && !sent) send(readProfile(document, url));
      watching.abort();
    }, READ_TIMEOUT_MS);
    watching.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    observer.onBatch(attempt, watching.signal);
    attempt();
  },
};

function improves(reading: ProfileReading, previous: ProfileReading | undefined): boolean {
  if (!previous) return true;
  const count = (r: ProfileSnapshot | null) => (r ? Object.keys(r).length : 0);
  return count(reading.record) > count(previous.record);
}
