import { DEFAULT_SETTINGS, type Settings } from '../core/model/settings';
import { db } from '../storage/db';
import { loadSettings } from '../storage/settings';
import { applyLanguageSetting } from '../ui/i18n';
import { useLiveQuery } from './use-live-query';

/** The user's settings, live; applies the language setting to the UI as a side effect. */
export function useSettings(): Settings {
  const settings = useLiveQuery(() => loadSettings(db()), []) ?? DEFAULT_SETTINGS;
  applyLanguageSetting(settings.language);
  return settings;
}
