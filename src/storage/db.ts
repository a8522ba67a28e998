import { Dexie, type EntityTable } from 'dexie';
import type { Activity } from '../core/model/activity';
import type { Contact } from '../core/model/contact';
import type { HealthRecord } from '../core/model/health';
import type { Interaction } from '../core/model/interaction';
import type { Note } from '../core/model/note';
import type { Settings } from '../core/model/settings';
import type { Sighting, ThreadRecord } from '../core/model/sighting';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

/** When the derived activity table was last filled from every interaction (storage/activity.ts ensureActivity). */
export interface ActivityFilledRow {
  key: 'activityFilledAt';
  value: number;
}

/** The extension's database. Opened only in the extension's own origin (worker and pages), never in a content script. */
export class VinculoDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  health!: EntityTable<HealthRecord, 'id'>;
  /** The settings, and small facts about the database itself (one row each, by key). */
  settings!: EntityTable<SettingsRow | ActivityFilledRow, 'key'>;
  threads!: EntityTable<ThreadRecord, 'id'>;
  sightings!: EntityTable<Sighting, 'id'>;
  activity!: EntityTable<Activity, 'contactId'>;

  constructor(name = 'vinculo', migrations: readonly Migration[] = MIGRATIONS) {
    super(name);
    for (const m of migrations) {
      const version = this.version(m.version).stores(m.stores);
      if (m.upgrade) version.upgrade(m.upgrade);
    }
  }
}

let shared: VinculoDb | undefined;

/** The one database instance of this context. */
export function db(): VinculoDb {
  shared ??= new VinculoDb();
  return shared;
}
