import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings';
import { db } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { applyLanguageSetting } from './language';
import { useLiveQuery } from './use-live-query';

/**
 * The user's settings, live. Applies the language setting as the page renders, so every component below the
 * caller renders in it (a change of setting re-renders the page from here).
 */
export function useSettings(): Settings {
  const settings = useLiveQuery(() => loadSettings(db()), []) ?? DEFAULT_SETTINGS;
  applyLanguageSetting(settings.language);
  return settings;
}
