import type { Activity } from '../core/model/activity';
import { displayName, type Contact } from '../core/model/contact';
import type { Day, Interaction } from '../core/model/interaction';
import type { Settings } from '../core/model/settings';
import {
  addDays,
  cadenceOf,
  daysBetween,
  isDue,
  losingTouch,
  nextFollowUp,
  pendingRemindOn,
  type Cadence,
  type FollowUp,
} from '../core/relationship/cadence';
import { tagsInUse } from '../core/relationship/network';
import { findContact, restoreReminder, setRemindOn, snoozeUntil } from './contacts';
import type { VinculoDb } from './db';
import { deleteInteraction, logInteraction } from './interactions';
import { loadSettings } from './settings';

/*
 * F9: who is due for a follow-up, read from the contacts, their activity rows (the last real interaction) and
 * the cadence settings in one pass. One read of each table, never one query per contact: the worker recounts the
 * badge this way every hour and on every change, over 30,000 contacts.
 */

/** Someone with a follow-up, named for the lists. */
export interface FollowUpItem {
  contactId: string;
  name: string;
  headline?: string;
  followUp: FollowUp;
  /** Days since it fell due: 0 today, negative while it is still ahead. */
  overdueDays: number;
  /** The last real interaction, if there was one. */
  lastDay?: Day;
}

/** Someone whose last real interaction is older than their cadence (core's losingTouch). */
export interface LosingTouchItem {
  contactId: string;
  name: string;
  headline?: string;
  cadence: Cadence;
  /** The last real interaction, if there was one. */
  lastDay?: Day;
  /** Days since the last real interaction (without one: since they connected or were added). */
  silentDays: number;
  overdueDays: number;
}

export interface FollowUpsOverview {
  /** Due today or earlier, most overdue first. */
  due: FollowUpItem[];
  /** Due within the horizon after today, soonest first. */
  upcoming: FollowUpItem[];
  losingTouch: LosingTouchItem[];
  /** Every tag on the user's contacts, most used first: what a tag cadence can be set for. */
  tags: { tag: string; count: number }[];
}

/** How far "Coming up" looks ahead. */
export const UPCOMING_DAYS = 14;

interface Snapshot {
  contacts: Contact[];
  activity: Map<string, Activity>;
  settings: Settings;
}

async function snapshot(db: VinculoDb): Promise<Snapshot> {
  return db.transaction('r', db.contacts, db.activity, db.settings, async () => {
    const [contacts, rows, settings] = await Promise.all([db.contacts.toArray(), db.activity.toArray(), loadSettings(db)]);
    return { contacts, activity: new Map(rows.map((row) => [row.contactId, row])), settings };
  });
}

function item(contact: Contact, activity: Activity | undefined, followUp: FollowUp, today: Day): FollowUpItem {
  return {
    contactId: contact.id,
    name: displayName(contact),
    ...(contact.profile.headline && { headline: contact.profile.headline }),
    followUp,
    overdueDays: daysBetween(followUp.due, today),
    ...(activity?.lastDay && { lastDay: activity.lastDay }),
  };
}

const byDueThenName = (a: FollowUpItem, b: FollowUpItem) => a.followUp.due.localeCompare(b.followUp.due) || a.name.localeCompare(b.name);

/** Follow-ups due on or before `last`, soonest (most overdue) first. */
function followUpsUntil({ contacts, activity, settings }: Snapshot, today: Day, last: Day): FollowUpItem[] {
  const out: FollowUpItem[] = [];
  for (const contact of contacts) {
    const row = activity.get(contact.id);
    const followUp = nextFollowUp(contact, row, settings);
    if (followUp && followUp.due <= last) out.push(item(contact, row, followUp, today));
  }
  return out.sort(byDueThenName);
}

/** Follow-ups due today or earlier (`today` in the user's time zone: core's dayOf), most overdue first. */
export async function dueFollowUps(db: VinculoDb, today: Day): Promise<FollowUpItem[]> {
  return followUpsUntil(await snapshot(db), today, today);
}

/** How many follow-ups are due: the toolbar badge. */
export async function countDue(db: VinculoDb, today: Day): Promise<number> {
  const { contacts, activity, settings } = await snapshot(db);
  let count = 0;
  for (const contact of contacts) {
    if (isDue(nextFollowUp(contact, activity.get(contact.id), settings), today)) count++;
  }
  return count;
}

/** Everything the Follow-ups view shows, from one read. */
export async function followUpsOverview(db: VinculoDb, today: Day, upcomingDays = UPCOMING_DAYS): Promise<FollowUpsOverview> {
  const data = await snapshot(db);
  const all = followUpsUntil(data, today, addDays(today, upcomingDays));
  const losing = losingTouch(data.contacts, (id) => data.activity.get(id), data.settings, today).map(({ contact, followUp, overdueDays }) => {
    const lastDay = data.activity.get(contact.id)?.lastDay;
    return {
      contactId: contact.id,
      name: displayName(contact),
      ...(contact.profile.headline && { headline: contact.profile.headline }),
      cadence: followUp.cadence,
      ...(lastDay && { lastDay }),
      silentDays: daysBetween(followUp.since, today),
      overdueDays,
    };
  });
  return { due: all.filter((i) => i.overdueDays >= 0), upcoming: all.filter((i) => i.overdueDays < 0), losingTouch: losing, tags: tagsInUse(data.contacts) };
}

/** One contact's follow-up, for the editor on the contact card. */
export interface ContactFollowUp {
  /** The contact's own cadence, if they have one. */
  own?: number;
  /** The cadence they would have without their own: from a tag or their stage, or none. */
  inherited: Cadence | null;
  /** The "remind me on" day while it stands (an interaction on or after it answered it). */
  remindOn?: Day;
  next: FollowUp | null;
}

export async function contactFollowUp(db: VinculoDb, idOrMemberId: string): Promise<ContactFollowUp> {
  const [contact, settings] = await Promise.all([findContact(db, idOrMemberId), loadSettings(db)]);
  if (!contact) return { inherited: null, next: null };
  const activity = await db.activity.get(contact.id);
  const remindOn = pendingRemindOn(contact, activity);
  return {
    ...(contact.cadenceDays && { own: contact.cadenceDays }),
    inherited: cadenceOf({ ...contact, cadenceDays: undefined }, settings),
    ...(remindOn && { remindOn }),
    next: nextFollowUp(contact, activity, settings),
  };
}

/** What a "done" or "snooze" changed, so the UI can offer to undo it. */
export interface FollowUpChange {
  contactId: string;
  /** The reminder before the change. */
  previous: Pick<Contact, 'remindOn' | 'remindSince'>;
  /** The interaction a "done" logged. */
  logged?: Interaction;
}

/**
 * "Done": the user got in touch today. Logs it as an interaction (kind 'other', with `text` in the user's
 * language), which moves the cadence, as any logged interaction does; a "remind me on" day that has come is
 * cleared too (the interaction answers it anyway; clearing keeps the editor from showing a spent date).
 */
export async function markFollowUpDone(db: VinculoDb, contactId: string, today: Day, text: string, now = Date.now()): Promise<FollowUpChange> {
  return db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
    const previous = reminderOf(await db.contacts.get(contactId));
    const logged = await logInteraction(db, contactId, { kind: 'other', day: today, text }, now);
    if (previous.remindOn && (previous.remindOn <= today || previous.remindSince)) await setRemindOn(db, contactId, undefined, now);
    return { contactId, logged, previous };
  });
}

const reminderOf = (contact: Contact | undefined): Pick<Contact, 'remindOn' | 'remindSince'> => ({
  ...(contact?.remindOn && { remindOn: contact.remindOn }),
  ...(contact?.remindSince && { remindSince: contact.remindSince }),
});

/** How long "Snooze" puts a follow-up off. */
export const SNOOZE_DAYS = 7;

/** "Snooze": the follow-up becomes a reminder `days` from today (a "remind me on" day is the next follow-up). */
export async function snoozeFollowUp(db: VinculoDb, contactId: string, today: Day, days = SNOOZE_DAYS, now = Date.now()): Promise<FollowUpChange> {
  return db.transaction('rw', db.contacts, async () => {
    const previous = reminderOf(await db.contacts.get(contactId));
    await snoozeUntil(db, contactId, addDays(today, days), today, now);
    return { contactId, previous };
  });
}

/** Puts back what a "done" or "snooze" changed. */
export async function undoFollowUpChange(db: VinculoDb, change: FollowUpChange, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
    if (change.logged) await deleteInteraction(db, change.logged.id);
    await restoreReminder(db, change.contactId, change.previous, now);
  });
}
