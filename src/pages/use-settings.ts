import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings';
import { db } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { applyLanguageSetting, shareLanguageSetting } from './language';
import { useLiveQuery } from './use-live-query';

/**
 * The user's settings, live. Applies the language setting as the page renders, so every component below the
 * caller renders in it (a change of setting re-renders the page from here).
 */
export function useSettings(): Settings {
  const loaded = useLiveQuery(() => loadSettings(db()), []);
  const settings = loaded ?? DEFAULT_SETTINGS;
  applyLanguageSetting(settings.language);
  // The defaults stand in while loading: only the stored setting is handed on to LinkedIn's tabs.
  if (loaded) void shareLanguageSetting(loaded.language).catch((error: unknown) => console.error('[Vínculo] sharing the language failed', error));
  return settings;
}
