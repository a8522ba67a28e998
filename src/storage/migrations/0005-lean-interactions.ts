import type { Migration } from './types';

/**
 * Version 5 (frozen): interactions lose their `day` and `[contactId+day]` indexes. Nothing reads them any more
 * (a contact's last interaction comes from `activity` since v4), and every index is one more write per
 * interaction: importing 100,000 messages pays for each. Rows are not rewritten.
 */
export const v5: Migration = {
  version: 5,
  stores: {
    interactions: 'id, contactId, *bands',
  },
};
