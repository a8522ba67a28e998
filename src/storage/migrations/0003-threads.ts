import type { Migration } from './types';

/**
 * Version 3 (frozen): the threads the user viewed and who took part in them (issue #4). `sightings` is one row
 * per person per thread; `*keys` (slug and member id) is multiEntry so one query finds a person by either.
 * New tables only: no existing row changes.
 */
export const v3: Migration = {
  version: 3,
  stores: {
    threads: 'id, lastSeenAt',
    sightings: 'id, threadId, *keys, lastSeenAt',
  },
};
