import { healthId, recordRun, type HealthRecord, type ReaderRun } from '../core/model/health';
import type { VinculoDb } from './db';

export async function recordReaderRun(db: VinculoDb, run: ReaderRun): Promise<HealthRecord> {
  return db.transaction('rw', db.health, async () => {
    const record = recordRun(await db.health.get(healthId(run)), run);
    await db.health.put(record);
    return record;
  });
}

/** Every health record, most recently seen first. */
export function healthRecords(db: VinculoDb): Promise<HealthRecord[]> {
  return db.health.orderBy('lastSeen').reverse().toArray();
}
