import { Dexie } from 'dexie';
import type { VinculoDb } from './db';

/**
 * Tables the user's own edits and sends change, which alter what the history badges show about someone.
 * Not `sightings`: the worker writes it on every thread scrolled into view, and every LinkedIn tab would ask
 * about every name again each time; a new recurring participant shows on the next page instead.
 */
const PEOPLE_TABLES = ['contacts', 'notes', 'interactions'] as const;

/**
 * Calls `listener` (at most once per `ms`) after this context, or another extension context whose change Dexie
 * relays, writes to the people tables. Dexie reports each write as "parts" keyed `idb://<db>/<table>/<index>`.
 * Returns the unsubscribe.
 */
export function onPeopleDataChanged(db: VinculoDb, listener: () => void, ms = 300): () => void {
  const prefixes = PEOPLE_TABLES.map((table) => `idb://${db.name}/${table}/`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onMutated = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((key) => prefixes.some((p) => key.startsWith(p)))) return;
    timer ??= setTimeout(() => {
      timer = undefined;
      listener();
    }, ms);
  };
  Dexie.on('storagemutated', onMutated);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
