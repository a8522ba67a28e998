import type { Migration } from './types';

/**
 * Version 4 (frozen): `activity`, one derived row per contact summing up their timeline (last real interaction,
 * milestones), so the network workspace needs no pass over every interaction. Created empty: the worker fills it
 * from the interactions when it finds it empty (storage/activity.ts ensureActivity), with the live rules rather
 * than a frozen copy of them. New contact fields (cadence, remind-on, reviewed) are optional: no rewrite.
 */
export const v4: Migration = {
  version: 4,
  stores: {
    activity: 'contactId',
  },
};
