import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activityOf } from '../../../src/core/model/activity';
import type { Contact } from '../../../src/core/model/contact';
import { addDays } from '../../../src/core/relationship/cadence';
import { recordProfileSeen, setCadence, setRemindOn, setStage, tagContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import {
  contactFollowUp,
  countDue,
  dueFollowUps,
  followUpsOverview,
  markFollowUpDone,
  snoozeFollowUp,
  undoFollowUpChange,
} from '../../../src/storage/followups';
import { logInteraction, timelineOf } from '../../../src/storage/interactions';
import { saveSettings } from '../../../src/storage/settings';

/*
 * Who is due, read from contacts + activity + settings (src/storage/followups.ts). Invented people; "today" is
 * passed in, as the worker and the pages pass the user's own day.
 */

const TODAY = '2026-06-01';
let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`followups-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** A contact seen on their profile, with a tag, a stage and a last real interaction `daysAgo` days before TODAY. */
async function seed(slug: string, name: string, { tags = [] as string[], stage = 'contact' as Contact['stage'], daysAgo }: { tags?: string[]; stage?: Contact['stage']; daysAgo?: number }) {
  await recordProfileSeen(db, { slug, name, headline: `${name}'s headline` }, Date.UTC(2025, 0, 1, 12));
  for (const tag of tags) await tagContact(db, slug, tag);
  if (stage !== 'contact') await setStage(db, slug, stage);
  if (daysAgo !== undefined) await logInteraction(db, slug, { kind: 'message', day: addDays(TODAY, -daysAgo), text: 'hola' });
}

async function seedNetwork() {
  await saveSettings(db, { tagCadences: { mentor: 60, Madrid: 20 }, stageCadences: { conversation: null, relationship: 90, collaboration: 30 } });
  await seed('ana-quiroga', 'Ana Quiroga', { tags: ['Mentor'], daysAgo: 75 }); // due 15 days ago (tag)
  await seed('bea-lindqvist', 'Bea Lindqvist', { stage: 'collaboration', daysAgo: 30 }); // due today (stage)
  await seed('carl-okafor', 'Carl Okafor', { stage: 'relationship', daysAgo: 85 }); // due in 5 days
  await seed('dani-sousa', 'Dani Sousa', { stage: 'relationship', daysAgo: 10 }); // due in 80 days
  await seed('eva-marin', 'Eva Marín', { daysAgo: 400 }); // no cadence: never due
  await seed('femi-adeyemi', 'Femi Adeyemi', {});
  await setRemindOn(db, 'femi-adeyemi', addDays(TODAY, -2)); // manual, 2 days ago
  await seed('gus-tanaka', 'Gus Tanaka', { tags: ['madrid', 'mentor'], daysAgo: 25 }); // 20-day tag wins: due 5 days ago
}

describe('due follow-ups', () => {
  it('names who is due, why (their own cadence, which tag or stage, or a reminder) and how overdue, most overdue first', async () => {
    await seedNetwork();
    const due = await dueFollowUps(db, TODAY);
    expect(due.map((d) => [d.name, d.overdueDays, d.followUp.reason])).toEqual([
      ['Ana Quiroga', 15, 'cadence'],
      ['Gus Tanaka', 5, 'cadence'],
      ['Femi Adeyemi', 2, 'remind'],
      ['Bea Lindqvist', 0, 'cadence'],
    ]);
    expect(due[0]).toMatchObject({ contactId: 'ana-quiroga', headline: "Ana Quiroga's headline", followUp: { cadence: { source: 'tag', tag: 'mentor', days: 60 }, since: addDays(TODAY, -75) } });
    expect(due[1]?.followUp.cadence).toEqual({ source: 'tag', tag: 'Madrid', days: 20 });
    expect(due[3]?.followUp.cadence).toEqual({ source: 'stage', stage: 'collaboration', days: 30 });
    expect(await countDue(db, TODAY)).toBe(4);
    // Tomorrow Carl is still 4 days away; in 5 days he is due.
    expect(await countDue(db, addDays(TODAY, 1))).toBe(4);
    expect(await countDue(db, addDays(TODAY, 5))).toBe(5);
  });

  it('the overview: due now, coming up in the next 14 days, losing touch, and the tags in use', async () => {
    await seedNetwork();
    const overview = await followUpsOverview(db, TODAY);
    expect(overview.due.map((d) => d.contactId)).toEqual(['ana-quiroga', 'gus-tanaka', 'femi-adeyemi', 'bea-lindqvist']);
    expect(overview.upcoming.map((d) => [d.contactId, d.overdueDays])).toEqual([['carl-okafor', -5]]);
    // Femi has only a reminder (no cadence) and Bea is due today, not late: neither is losing touch. Ana and Gus
    // are both a quarter of their cadence late: the one more days late first.
    expect(overview.losingTouch.map((l) => [l.contactId, l.silentDays, l.cadence.days, l.overdueDays])).toEqual([
      ['ana-quiroga', 75, 60, 15],
      ['gus-tanaka', 25, 20, 5],
    ]);
    expect(overview.losingTouch[1]?.lastDay).toBe(addDays(TODAY, -25));
    expect(overview.tags).toEqual([
      { tag: 'Mentor', count: 2 },
      { tag: 'madrid', count: 1 },
    ]);
  });

  it('a cadence set on the contact, and cleared back to what the tags and stage say', async () => {
    await seedNetwork();
    await setCadence(db, 'dani-sousa', 7);
    expect(await contactFollowUp(db, 'dani-sousa')).toEqual({
      own: 7,
      inherited: { days: 90, source: 'stage', stage: 'relationship' },
      next: { contactId: 'dani-sousa', due: addDays(TODAY, -3), reason: 'cadence', cadence: { days: 7, source: 'contact' }, since: addDays(TODAY, -10) },
    });
    expect((await dueFollowUps(db, TODAY)).map((d) => d.contactId)).toContain('dani-sousa');
    await setCadence(db, 'dani-sousa', undefined);
    expect(await contactFollowUp(db, 'dani-sousa')).toMatchObject({ inherited: { days: 90 }, next: { due: addDays(TODAY, 80) } });
    expect((await contactFollowUp(db, 'dani-sousa')).own).toBeUndefined();
    expect(await contactFollowUp(db, 'nobody')).toEqual({ inherited: null, next: null });
  });

  it('logging an interaction moves the cadence; one on or after a reminder answers it', async () => {
    await seedNetwork();
    await logInteraction(db, 'ana-quiroga', { kind: 'call', day: TODAY, text: '' });
    expect(await contactFollowUp(db, 'ana-quiroga')).toMatchObject({ next: { due: addDays(TODAY, 60), reason: 'cadence' } });
    await logInteraction(db, 'femi-adeyemi', { kind: 'message', day: addDays(TODAY, -1), text: '' });
    expect(await contactFollowUp(db, 'femi-adeyemi')).toEqual({ inherited: null, next: null });
    expect((await dueFollowUps(db, TODAY)).map((d) => d.contactId)).toEqual(['gus-tanaka', 'bea-lindqvist']);
  });

  it('an invitation is not a real interaction: it moves nothing', async () => {
    await seedNetwork();
    await logInteraction(db, 'ana-quiroga', { kind: 'invitation', day: TODAY, text: '' });
    expect((await contactFollowUp(db, 'ana-quiroga')).next?.due).toBe(addDays(TODAY, -15));
  });

  it('"Done" logs that the user got in touch today, clears a reminder that has come, and can be undone', async () => {
    await seedNetwork();
    const done = await markFollowUpDone(db, 'ana-quiroga', TODAY, 'Followed up');
    expect((await timelineOf(db, 'ana-quiroga'))[0]).toMatchObject({ kind: 'other', day: TODAY, text: 'Followed up' });
    expect(await countDue(db, TODAY)).toBe(3);
    const femi = await markFollowUpDone(db, 'femi-adeyemi', TODAY, 'Followed up');
    expect(femi.previous.remindOn).toBe(addDays(TODAY, -2));
    expect((await db.contacts.get('femi-adeyemi'))?.remindOn).toBeUndefined();
    expect(await countDue(db, TODAY)).toBe(2);

    await undoFollowUpChange(db, femi);
    await undoFollowUpChange(db, done);
    expect((await db.contacts.get('femi-adeyemi'))?.remindOn).toBe(addDays(TODAY, -2));
    expect(await timelineOf(db, 'ana-quiroga')).toHaveLength(1);
    expect(await countDue(db, TODAY)).toBe(4);
  });

  it('a reminder still ahead stays when the user marks today done', async () => {
    await seedNetwork();
    await setRemindOn(db, 'carl-okafor', addDays(TODAY, 3));
    await markFollowUpDone(db, 'carl-okafor', TODAY, '');
    expect((await db.contacts.get('carl-okafor'))?.remindOn).toBe(addDays(TODAY, 3));
  });

  it('a snoozed follow-up is settled by getting in touch during the snooze; a date the user chose is not', async () => {
    await seedNetwork();
    await snoozeFollowUp(db, 'ana-quiroga', TODAY);
    // Day 3 of the snooze: a message. On day 7 Ana is not due: her cadence counts from day 3.
    await logInteraction(db, 'ana-quiroga', { kind: 'message', day: addDays(TODAY, 3), text: 'Hola' });
    expect((await dueFollowUps(db, addDays(TODAY, 7))).map((d) => d.contactId)).not.toContain('ana-quiroga');
    expect((await contactFollowUp(db, 'ana-quiroga')).next).toMatchObject({ reason: 'cadence', due: addDays(TODAY, 63) });
    // "Remind me on" a day the user picked stands until that day, whatever happens before.
    await setRemindOn(db, 'carl-okafor', addDays(TODAY, 5));
    await logInteraction(db, 'carl-okafor', { kind: 'message', day: addDays(TODAY, 1), text: 'Hi' });
    expect((await contactFollowUp(db, 'carl-okafor')).next).toMatchObject({ reason: 'remind', due: addDays(TODAY, 5) });
  });

  it('"Snooze" puts a follow-up off a week; it comes back as a reminder, and can be undone', async () => {
    await seedNetwork();
    const snoozed = await snoozeFollowUp(db, 'ana-quiroga', TODAY);
    expect(await countDue(db, TODAY)).toBe(3);
    expect(await countDue(db, addDays(TODAY, 6))).toBe(4); // Carl falls due meanwhile
    const back = (await dueFollowUps(db, addDays(TODAY, 7))).find((d) => d.contactId === 'ana-quiroga');
    expect(back).toMatchObject({ overdueDays: 0, followUp: { reason: 'remind', due: addDays(TODAY, 7), cadence: { days: 60 } } });
    // Losing touch is about the relationship, not the reminder: Ana stays on it while snoozed.
    expect((await followUpsOverview(db, TODAY)).losingTouch.map((l) => l.contactId)).toContain('ana-quiroga');
    await undoFollowUpChange(db, snoozed);
    expect((await db.contacts.get('ana-quiroga'))?.remindOn).toBeUndefined();
    expect(await countDue(db, TODAY)).toBe(4);
  });

  it('a reminder shows on the contact card only while it stands', async () => {
    await seedNetwork();
    await setRemindOn(db, 'dani-sousa', addDays(TODAY, 3));
    expect(await contactFollowUp(db, 'dani-sousa')).toMatchObject({ remindOn: addDays(TODAY, 3), next: { due: addDays(TODAY, 3), reason: 'remind' } });
    await logInteraction(db, 'dani-sousa', { kind: 'in_person', day: addDays(TODAY, 3), text: 'Coffee' });
    const after = await contactFollowUp(db, 'dani-sousa');
    expect(after.remindOn).toBeUndefined();
    expect(after.next).toMatchObject({ reason: 'cadence', due: addDays(TODAY, 93) });
  });
});

describe('speed', () => {
  it('counts what is due among 30,000 contacts (300,000 interactions summed up in their activity rows)', async () => {
    await saveSettings(db, { tagCadences: { mentor: 60, peer: 120 } });
    const now = Date.UTC(2024, 0, 1);
    const contacts: Contact[] = [];
    const rows = [];
    let expected = 0;
    for (let i = 0; i < 30_000; i++) {
      const id = `person-${i}`;
      const stage = (['contact', 'conversation', 'relationship', 'collaboration'] as const)[i % 4]!;
      const tags = i % 7 === 0 ? ['mentor'] : i % 11 === 0 ? ['peer', 'Madrid'] : [];
      const daysAgo = i % 200;
      contacts.push({ id, profile: { name: `Person ${i}`, headline: 'Product designer at Somewhere' }, stage, tags, createdAt: now, updatedAt: now, connectedAt: now });
      const lastDay = addDays(TODAY, -daysAgo);
      rows.push({ ...activityOf(id, [{ kind: 'message', day: lastDay, createdAt: now }]), count: 10 });
      const cadence = tags.includes('mentor') ? 60 : tags.includes('peer') ? 120 : stage === 'relationship' ? 90 : stage === 'collaboration' ? 30 : 0;
      if (cadence && daysAgo >= cadence) expected++;
    }
    await db.contacts.bulkAdd(contacts);
    await db.activity.bulkAdd(rows);

    const started = performance.now();
    const count = await countDue(db, TODAY);
    const countMs = performance.now() - started;
    const overviewStarted = performance.now();
    const overview = await followUpsOverview(db, TODAY);
    const overviewMs = performance.now() - overviewStarted;
    console.log(`countDue over 30,000 contacts: ${countMs.toFixed(0)} ms; followUpsOverview: ${overviewMs.toFixed(0)} ms (fake-indexeddb in node)`);
    expect(count).toBe(expected);
    expect(overview.due).toHaveLength(expected);
    expect(count).toBeGreaterThan(5000);
  }, 60_000);
});
