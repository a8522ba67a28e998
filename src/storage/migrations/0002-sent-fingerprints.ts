import type { Migration } from './types';

/**
 * Version 2 (frozen): interactions may carry the fingerprint of a sent message, with its LSH band keys indexed
 * (multiEntry) so the mass-message check reads only near-duplicate candidates. New optional fields: existing
 * rows need no rewrite.
 */
export const v2: Migration = {
  version: 2,
  stores: {
    interactions: 'id, contactId, [contactId+day], day, *bands',
  },
};
