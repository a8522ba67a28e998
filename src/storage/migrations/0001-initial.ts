import type { Migration } from './types';

/**
 * Version 1 (frozen). Ids are profile slugs for contacts and crypto.randomUUID() for everything else:
 * never auto-increment, so exports from two browsers merge without collisions.
 */
export const v1: Migration = {
  version: 1,
  stores: {
    contacts: 'id, memberId, stage, *tags, updatedAt',
    notes: 'id, contactId, updatedAt',
    interactions: 'id, contactId, [contactId+day], day',
    health: 'id, lastSeen',
    settings: 'key',
  },
};
