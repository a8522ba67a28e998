import type { Transaction } from 'dexie';

/**
 * One numbered database version. Once released, a migration is frozen: never edit it, add the next one.
 * A migration must not import live schemas from src/core (they move on; the data it upgrades does not).
 */
export interface Migration {
  version: number;
  /** Dexie store declarations for this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites data saved by the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}
