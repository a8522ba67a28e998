import type { Activity } from '../model/activity';
import { fold } from '../model/fold';
import type { Contact } from '../model/contact';
import { today as localDay, type Day } from '../model/interaction';
import type { Settings } from '../model/settings';
import type { Stage } from '../model/stage';

/*
 * F9, follow-ups. Everything here is counted in calendar days ('YYYY-MM-DD'), never in milliseconds: a
 * 30-day cadence is 30 days on the calendar whatever daylight-saving change or time zone lies between.
 */

export type CadenceRules = Pick<Settings, 'tagCadences' | 'stageCadences'>;

/** Where a contact's cadence comes from, so the UI can say why someone is due. */
export type CadenceSource = 'contact' | 'tag' | 'stage';

export interface Cadence {
  days: number;
  source: CadenceSource;
  /** The tag that set it (as the settings spell it), when source is 'tag'. */
  tag?: string;
  /** The stage whose default it is, when source is 'stage'. */
  stage?: Stage;
}


/** The tag rules folded once per settings object, not once per contact: 30,000 contacts share one map. */
const foldedTagRules = new WeakMap<CadenceRules['tagCadences'], ReadonlyMap<string, { tag: string; days: number }>>();
function tagRules(rules: CadenceRules): ReadonlyMap<string, { tag: string; days: number }> {
  let folded = foldedTagRules.get(rules.tagCadences);
  if (!folded) {
    const map = new Map<string, { tag: string; days: number }>();
    for (const [tag, days] of Object.entries(rules.tagCadences)) {
      const key = fold(tag);
      // Two spellings of one tag ("Mentor", "mentor"): the shorter cadence, as between two tags.
      if (!map.has(key) || days < map.get(key)!.days) map.set(key, { tag, days });
    }
    foldedTagRules.set(rules.tagCadences, map);
    folded = map;
  }
  return folded;
}

/** The contact's own cadence; else the shortest of its tags' (the closest relationship wins); else its stage's. */
export function cadenceOf(contact: Pick<Contact, 'cadenceDays' | 'tags' | 'stage'>, rules: CadenceRules): Cadence | null {
  if (contact.cadenceDays) return { days: contact.cadenceDays, source: 'contact' };
  const byTag = tagRules(rules);
  let best: Cadence | null = null;
  if (byTag.size) {
    for (const tag of contact.tags) {
      const rule = byTag.get(fold(tag));
      if (rule && (!best || rule.days < best.days)) best = { days: rule.days, source: 'tag', tag: rule.tag };
    }
  }
  if (best) return best;
  const stage = contact.stage;
  const byStage = stage === 'contact' ? null : rules.stageCadences[stage];
  return byStage ? { days: byStage, source: 'stage', stage } : null;
}

/** The units a cadence is chosen in. A month counts as 30 days: the cadence is kept in days. */
export const CADENCE_UNITS = { days: 1, weeks: 7, months: 30 } as const;
export type CadenceUnit = keyof typeof CADENCE_UNITS;

/** A cadence as a person would say it: 90 → 3 months, 14 → 2 weeks, 10 → 10 days. */
export function cadenceInUnits(days: number): { count: number; unit: CadenceUnit } {
  if (days % CADENCE_UNITS.months === 0) return { count: days / CADENCE_UNITS.months, unit: 'months' };
  if (days % CADENCE_UNITS.weeks === 0) return { count: days / CADENCE_UNITS.weeks, unit: 'weeks' };
  return { count: days, unit: 'days' };
}

/** `day` plus `days` calendar days (negative goes back). */
export function addDays(day: Day, days: number): Day {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  const utc = (day: Day) => {
    const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * The calendar day of an instant in `timeZone` (an IANA name), by default the user's own: the day the user
 * would read on their calendar at that moment.
 */
export function dayOf(at: number, timeZone?: string): Day {
  if (timeZone === undefined) return localDay(new Date(at));
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export type DueReason = 'remind' | 'cadence';

export interface FollowUp {
  contactId: string;
  /** The day it is (or was) due. */
  due: Day;
  reason: DueReason;
  /** The contact's cadence, if any (also on a manual reminder, so the UI can show both). */
  cadence?: Cadence;
  /** The day the cadence counts from: the last real interaction, else the day they connected or were added. */
  since?: Day;
}

type Followed = Pick<Contact, 'id' | 'cadenceDays' | 'tags' | 'stage' | 'remindOn' | 'remindSince' | 'connectedAt' | 'createdAt'>;

/**
 * The "remind me on" day while it still stands. A real interaction on that day or later answers it, and for a
 * snoozed follow-up any interaction since the snooze does (writing to Ana on day 3 of a week's snooze settles it):
 * it needs no clearing, so a message sent through LinkedIn or imported later settles it like one logged by hand.
 */
export function pendingRemindOn(contact: Pick<Contact, 'remindOn' | 'remindSince'>, activity: Pick<Activity, 'lastDay'> | undefined): Day | undefined {
  const { remindOn, remindSince } = contact;
  if (!remindOn) return undefined;
  const last = activity?.lastDay;
  if (last !== undefined && (last >= remindOn || (remindSince !== undefined && last >= remindSince))) return undefined;
  return remindOn;
}

/**
 * When the user should next get in touch. A pending "remind me on" day is the next follow-up, earlier or later
 * than the cadence's: the user chose that day (which is also how a follow-up is snoozed). Otherwise the cadence
 * counts from the last real interaction (not from a fixed start: writing to someone moves their next follow-up);
 * without one yet, from the connection (or from when the contact was added). Null: nothing planned.
 */
export function nextFollowUp(contact: Followed, activity: Pick<Activity, 'lastDay'> | undefined, rules: CadenceRules): FollowUp | null {
  const cadence = cadenceOf(contact, rules);
  const byCadence = cadence ? cadenceFollowUp(contact, activity, cadence) : null;
  const remindOn = pendingRemindOn(contact, activity);
  if (!remindOn) return byCadence;
  return { contactId: contact.id, due: remindOn, reason: 'remind', ...(byCadence && { cadence: byCadence.cadence, since: byCadence.since }) };
}

function cadenceFollowUp(contact: Followed, activity: Pick<Activity, 'lastDay'> | undefined, cadence: Cadence): FollowUp {
  const since = activity?.lastDay ?? dayOf(contact.connectedAt ?? contact.createdAt);
  return { contactId: contact.id, due: addDays(since, cadence.days), reason: 'cadence', cadence, since };
}

export const isDue = (followUp: FollowUp | null, today: Day): followUp is FollowUp => !!followUp && followUp.due <= today;

/** One follow-up falling due, told apart from the same person's next one (what a notification was already about). */
export const followUpKey = (followUp: Pick<FollowUp, 'contactId' | 'due'>): string => `${followUp.contactId}@${followUp.due}`;

/**
 * "Losing touch": contacts with a cadence whose last real interaction is older than it, most overdue first
 * (relative to their own cadence: a month late on a monthly contact weighs more than a month late on a yearly one).
 * A "remind me on" day does not hide anyone here: snoozing a follow-up does not mean the relationship is kept.
 */
export function losingTouch<C extends Followed>(
  contacts: readonly C[],
  activityOf: (id: string) => Pick<Activity, 'lastDay'> | undefined,
  rules: CadenceRules,
  today: Day,
): { contact: C; followUp: FollowUp & { cadence: Cadence; since: Day }; overdueDays: number }[] {
  const out: { contact: C; followUp: FollowUp & { cadence: Cadence; since: Day }; overdueDays: number }[] = [];
  for (const contact of contacts) {
    const cadence = cadenceOf(contact, rules);
    if (!cadence) continue;
    const followUp = cadenceFollowUp(contact, activityOf(contact.id), cadence) as FollowUp & { cadence: Cadence; since: Day };
    if (followUp.due >= today) continue;
    out.push({ contact, followUp, overdueDays: daysBetween(followUp.due, today) });
  }
  return out.sort((a, b) => b.overdueDays / b.followUp.cadence.days - a.overdueDays / a.followUp.cadence.days || b.overdueDays - a.overdueDays);
}
