import { describe, expect, it, vi } from 'vitest';
import { createFeatureManager, type Feature, type FeatureContext } from '../../../src/content/feature-manager';
import type { DomObserver } from '../../../src/content/observer';

const observer: DomObserver = { onBatch: () => undefined, watch: () => undefined, disconnect: () => undefined };
const onProfile = (url: string) => url.includes('/in/');

function feature(id: string, runsOn: (url: string) => boolean, init: Feature['init'] = () => undefined): Feature & { init: ReturnType<typeof vi.fn> } {
  return { id, runsOn, init: vi.fn(init) };
}

describe('feature manager', () => {
  it('runs only the features whose routes match, once per URL', () => {
    const profile = feature('profile', onProfile);
    const everywhere = feature('everywhere', () => true);
    const manager = createFeatureManager([profile, everywhere], observer);
    manager.navigate('https://www.linkedin.com/feed/');
    manager.navigate('https://www.linkedin.com/feed/');
    // Same page, other query or hash (LinkedIn's tracking parameters, an open modal): no re-run.
    manager.navigate('https://www.linkedin.com/feed/?trk=nav#modal');
    expect(profile.init).not.toHaveBeenCalled();
    expect(everywhere.init).toHaveBeenCalledTimes(1);
    manager.navigate('https://www.linkedin.com/in/ana/');
    expect(profile.init).toHaveBeenCalledTimes(1);
    expect(everywhere.init).toHaveBeenCalledTimes(2);
  });

  it('aborts the running features on in-page navigation and starts them again for the new page', () => {
    const signals: AbortSignal[] = [];
    const profile = feature('profile', onProfile, ({ signal }: FeatureContext) => void signals.push(signal));
    const manager = createFeatureManager([profile], observer);
    manager.navigate('https://www.linkedin.com/in/ana/');
    manager.navigate('https://www.linkedin.com/in/bea/');
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    expect(profile.init.mock.calls.map(([c]) => (c as FeatureContext).url)).toEqual(['https://www.linkedin.com/in/ana/', 'https://www.linkedin.com/in/bea/']);
    manager.stop();
    expect(signals[1]?.aborted).toBe(true);
  });

  it('a failing feature (sync or async) does not stop the others', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const throws = feature('throws', () => true, () => {
      throw new Error('boom');
    });
    const rejects = feature('rejects', () => true, async () => {
      throw new Error('async boom');
    });
    const fine = feature('fine', () => true);
    createFeatureManager([throws, rejects, fine], observer).navigate('https://www.linkedin.com/feed/');
    await Promise.resolve();
    expect(fine.init).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(debug).toHaveBeenCalledTimes(2));
    debug.mockRestore();
  });
});
