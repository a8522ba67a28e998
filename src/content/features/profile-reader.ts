import type { ProfileSnapshot } from '../../core/model/profile';
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
    let timer: ReturnType<typeof setTimeout> | undefined;

    const send = (reading: ProfileReading) => {
      sent = reading;
      void request('profile.read', {
        snapshot: reading.record,
        run: { reader: 'profile', pageKind: reading.pageKind, url, found: reading.found, missing: reading.missing },
      }).catch((error: unknown) => console.debug('[Vínculo] profile.read failed', error));
    };

    const attempt = () => {
      if (signal.aborted) return;
      const reading = readProfile(document, url);
      if (reading.stale) return;
      const complete = reading.record?.name !== undefined && reading.missing.every((f) => OPTIONAL.has(f));
      if (complete && improves(reading, sent)) {
        send(reading);
        clearTimeout(timer);
      }
    };

    timer = setTimeout(() => {
      if (signal.aborted || sent) return;
      const reading = readProfile(document, url);
      // Still the previous person's card after the timeout: report that nothing of this profile could be read.
      send(reading.stale ? { ...reading, record: reading.record && { slug: reading.record.slug }, found: [], missing: [...reading.found, ...reading.missing] } : reading);
    }, READ_TIMEOUT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    observer.onBatch(attempt, signal);
    attempt();
  },
};

/** Fields many profiles legitimately lack (no About, no current job) or that load lazily below the fold. */
const OPTIONAL = new Set<string>(['about', 'position', 'company', 'memberId']);

function improves(reading: ProfileReading, previous: ProfileReading | undefined): boolean {
  if (!previous) return true;
  const count = (r: ProfileSnapshot | null) => (r ? Object.keys(r).length : 0);
  return count(reading.record) > count(previous.record);
}
