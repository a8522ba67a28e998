import { z } from 'zod';
import { Day, InteractionKind, type Direction, type Interaction } from './interaction';
import { Slug } from './profile';

/**
 * What a contact's timeline says, summed up: one row per contact, derived from their interactions and rebuilt
 * from them at any time (storage keeps it current on every write). The workspace lists, filters and counts
 * 30,000 contacts from these rows without reading hundreds of thousands of interactions.
 *
 * Every field is a fold over the timeline (a count, a first or a last), so adding interactions updates a row
 * without reading the timeline again: what makes importing 100,000 messages fast. Edits and deletions rebuild it.
 */
export const Activity = z.object({
  contactId: Slug,
  /** Interactions on the timeline. */
  count: z.number().int().min(0),
  /** The last real interaction (an invitation is not one): follow-up cadences count from it. */
  lastDay: Day.optional(),
  lastAt: z.number().optional(),
  lastKind: InteractionKind.optional(),
  /** The first message or email with a known direction: who wrote first. */
  firstWritten: z.object({ day: Day, at: z.number(), from: z.enum(['me', 'them']) }).optional(),
  /** First day the user wrote / the contact wrote (a message logged without a direction counts for both). */
  firstOutDay: Day.optional(),
  firstInDay: Day.optional(),
  /** Milestones (PRODUCT.md F8): the first day of each. A personal exchange is written both ways, or spoken. */
  exchangeDay: Day.optional(),
  callDay: Day.optional(),
  metDay: Day.optional(),
});
export type Activity = z.infer<typeof Activity>;

export const MILESTONES = ['exchangeDay', 'callDay', 'metDay'] as const;
export type Milestone = (typeof MILESTONES)[number];

/** Kinds that are not a real interaction: a connection request is not a relationship (seed 004). */
const NOT_REAL: ReadonlySet<InteractionKind> = new Set(['invitation']);
const CALLS: ReadonlySet<InteractionKind> = new Set(['call', 'video_call']);
const WRITTEN: ReadonlySet<InteractionKind> = new Set(['message', 'email']);
const SPOKEN: ReadonlySet<InteractionKind> = new Set(['call', 'video_call', 'in_person']);

export type Summarised = Pick<Interaction, 'kind' | 'day' | 'createdAt'> & { direction?: Direction | undefined; fingerprint?: string | undefined };

/**
 * Which way a message went. A message with a fingerprint was sent by the user through LinkedIn (the guard records
 * only those; before v4 it did not save the direction). One the user logged by hand has none: it stands for an
 * exchange, and counts for both sides.
 */
const directionOf = (item: Summarised): Direction | undefined => item.direction ?? (item.fingerprint ? 'out' : undefined);

const earlier = <T extends string | undefined>(a: T, b: string): string => (a === undefined || b < a ? b : a);

export function emptyActivity(contactId: string): Activity {
  return { contactId, count: 0 };
}

/** `previous` with `added` interactions folded in. Pure: returns a new row. */
export function foldActivity(previous: Activity, added: readonly Summarised[]): Activity {
  const next: Activity = { ...previous, count: previous.count + added.length };
  for (const item of added) {
    if (!NOT_REAL.has(item.kind)) {
      const newer = !next.lastDay || item.day > next.lastDay || (item.day === next.lastDay && item.createdAt > (next.lastAt ?? 0));
      if (newer) Object.assign(next, { lastDay: item.day, lastAt: item.createdAt, lastKind: item.kind });
    }
    if (CALLS.has(item.kind)) next.callDay = earlier(next.callDay, item.day);
    if (item.kind === 'in_person') next.metDay = earlier(next.metDay, item.day);
    if (SPOKEN.has(item.kind)) next.exchangeDay = earlier(next.exchangeDay, item.day);
    if (WRITTEN.has(item.kind)) {
      const first = next.firstWritten;
      const direction = directionOf(item);
      if (direction && (!first || item.day < first.day || (item.day === first.day && item.createdAt < first.at))) {
        next.firstWritten = { day: item.day, at: item.createdAt, from: direction === 'out' ? 'me' : 'them' };
      }
      if (direction !== 'in') next.firstOutDay = earlier(next.firstOutDay, item.day);
      if (direction !== 'out') next.firstInDay = earlier(next.firstInDay, item.day);
    }
  }
  // Written both ways: the exchange happened the day the second side first wrote.
  if (next.firstOutDay && next.firstInDay) {
    next.exchangeDay = earlier(next.exchangeDay, next.firstOutDay > next.firstInDay ? next.firstOutDay : next.firstInDay);
  }
  return next;
}

/** The summary of a whole timeline. */
export function activityOf(contactId: string, interactions: readonly Summarised[]): Activity {
  return foldActivity(emptyActivity(contactId), interactions);
}
