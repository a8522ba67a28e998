import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { Day } from '../model/interaction';
import type { Settings } from '../model/settings';

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
  /** The tag that set it, when source is 'tag'. */
  tag?: string;
}

const tagKey = (tag: string) => tag.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

/** The contact's own cadence; else the shortest of its tags' (the closest relationship wins); else its stage's. */
export function cadenceOf(contact: Pick<Contact, 'cadenceDays' | 'tags' | 'stage'>, rules: CadenceRules): Cadence | null {
  if (contact.cadenceDays) return { days: contact.cadenceDays, source: 'contact' };
  const byTag = new Map(Object.entries(rules.tagCadences).map(([tag, days]) => [tagKey(tag), { tag, days }]));
  let best: Cadence | null = null;
  for (const tag of contact.tags) {
    const rule = byTag.get(tagKey(tag));
    if (rule && (!best || rule.days < best.days)) best = { days: rule.days, source: 'tag', tag: rule.tag };
  }
  if (best) return best;
  const byStage = contact.stage === 'contact' ? null : rules.stageCadences[contact.stage];
  return byStage ? { days: byStage, source: 'stage' } : null;
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

/** The calendar day, in the user's time zone, of an instant. */
export function dayOf(at: number): Day {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type DueReason = 'remind' | 'cadence';

export interface FollowUp {
  contactId: string;
  /** The day it is (or was) due. */
  due: Day;
  reason: DueReason;
  cadence?: Cadence;
  /** The day the cadence counts from: the last real interaction, else the day they connected or were added. */
  since?: Day;
}

/**
 * When the user should next get in touch: the manual "remind me on" day, or the cadence counted from the last
 * real interaction (not from a fixed start: writing to someone moves their next follow-up). Without a real
 * interaction yet, the cadence counts from the connection (or from when the contact was added). Null: nothing planned.
 */
export function nextFollowUp(
  contact: Pick<Contact, 'id' | 'cadenceDays' | 'tags' | 'stage' | 'remindOn' | 'connectedAt' | 'createdAt'>,
  activity: Pick<Activity, 'lastDay'> | undefined,
  rules: CadenceRules,
): FollowUp | null {
  const cadence = cadenceOf(contact, rules);
  let byCadence: FollowUp | null = null;
  if (cadence) {
    const since = activity?.lastDay ?? dayOf(contact.connectedAt ?? contact.createdAt);
    byCadence = { contactId: contact.id, due: addDays(since, cadence.days), reason: 'cadence', cadence, since };
  }
  const manual: FollowUp | null = contact.remindOn ? { contactId: contact.id, due: contact.remindOn, reason: 'remind' } : null;
  if (manual && byCadence) return manual.due <= byCadence.due ? manual : byCadence;
  return manual ?? byCadence;
}

export const isDue = (followUp: FollowUp | null, today: Day): followUp is FollowUp => !!followUp && followUp.due <= today;

/**
 * "Losing touch": contacts with a cadence whose last real interaction is older than it, most overdue first
 * (relative to their own cadence: a month late on a monthly contact weighs more than a month late on a yearly one).
 */
export function losingTouch<C extends Parameters<typeof nextFollowUp>[0]>(
  contacts: readonly C[],
  activityOf: (id: string) => Pick<Activity, 'lastDay'> | undefined,
  rules: CadenceRules,
  today: Day,
): { contact: C; followUp: FollowUp; overdueDays: number }[] {
  const out: { contact: C; followUp: FollowUp; overdueDays: number }[] = [];
  for (const contact of contacts) {
    const cadence = cadenceOf(contact, rules);
    if (!cadence) continue;
    const followUp = nextFollowUp({ ...contact, remindOn: undefined }, activityOf(contact.id), rules);
    if (!followUp || followUp.due >= today) continue;
    out.push({ contact, followUp, overdueDays: daysBetween(followUp.due, today) });
  }
  return out.sort((a, b) => b.overdueDays / b.followUp.cadence!.days - a.overdueDays / a.followUp.cadence!.days);
}
