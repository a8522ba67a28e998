import { Settings } from '../core/model/settings';
import type { VinculoDb } from './db';

/** The saved settings; defaults fill whatever an older version did not save. */
export async function loadSettings(db: VinculoDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function saveSettings(db: VinculoDb, change: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const value = Settings.parse({ ...(await loadSettings(db)), ...change });
    await db.settings.put({ key: 'settings', value });
    return value;
  });
}
