import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOLLOWUPS_ALARM, registerFollowUps, SEEN_DUE_KEY } from '../../../src/background/followups';
import { addDays, dayOf } from '../../../src/core/relationship/cadence';
import { recordProfileSeen, setRemindOn } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { logInteraction } from '../../../src/storage/interactions';
import { saveSettings } from '../../../src/storage/settings';
import { browserMock, MockEvent, resetBrowserMock } from '../mocks/webextension-polyfill';

const es = JSON.parse(readFileSync(join(import.meta.dirname, '../../../public/_locales/es/messages.json'), 'utf8')) as Record<string, { message: string } | undefined>;

/*
 * The worker's side of F9 with the browser's action, alarms, permissions and notifications APIs stood in for here
 * (the shared mock has none of them): the badge, the alarm, and a notification only for follow-ups not seen due
 * before. The e2e test reads the real badge; a notification cannot be allowed there without a permission prompt.
 */

interface Notice {
  id: string;
  type: string;
  title: string;
  message: string;
  iconUrl: string;
}

const fake = {
  badge: '',
  colour: '',
  title: '',
  granted: true,
  notices: [] as Notice[],
  cleared: [] as string[],
  opened: [] as string[],
  alarms: new Map<string, { when?: number; periodInMinutes?: number }>(),
};
const onAlarm = new MockEvent<[alarm: { name: string }]>();
const onClicked = new MockEvent<[id: string]>();
const onInstalled = new MockEvent();
Object.assign(browserMock, {
  action: {
    setBadgeText: async ({ text }: { text: string }) => void (fake.badge = text),
    setBadgeBackgroundColor: async ({ color }: { color: string }) => void (fake.colour = color),
    setTitle: async ({ title }: { title: string }) => void (fake.title = title),
  },
  alarms: {
    onAlarm,
    get: async (name: string) => (fake.alarms.has(name) ? { name, ...fake.alarms.get(name) } : undefined),
    create: async (name: string, info: { when?: number; periodInMinutes?: number }) => void fake.alarms.set(name, info),
  },
  permissions: { contains: async () => fake.granted, onAdded: new MockEvent() },
  notifications: {
    onClicked,
    create: async (id: string, options: Omit<Notice, 'id'>) => void fake.notices.push({ id, ...options }),
    clear: async (id: string) => void fake.cleared.push(id),
  },
});
Object.assign(browserMock.runtime, { onStartup: new MockEvent(), onInstalled, getManifest: () => ({ options_ui: { page: 'src/options/index.html' } }) });
Object.assign(browserMock.tabs, { create: async ({ url }: { url: string }) => void fake.opened.push(url) });

const TODAY = dayOf(Date.now());
let db: VinculoDb;
beforeEach(() => {
  resetBrowserMock();
  Object.assign(fake, { badge: '', colour: '', title: '', granted: true, notices: [], cleared: [], opened: [] });
  fake.alarms.clear();
  // A usual wake-up: the alarm is there (a missing one makes the worker schedule a count, see the first test).
  fake.alarms.set(FOLLOWUPS_ALARM, { periodInMinutes: 60 });
  for (const event of [onAlarm, onClicked, onInstalled]) event.listeners.clear();
  db = new VinculoDb(`worker-followups-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

/** A contact with a reminder `daysAgo` days ago (due) or ahead (negative: not due yet). */
async function reminder(slug: string, name: string, daysAgo: number) {
  await recordProfileSeen(db, { slug, name });
  await setRemindOn(db, slug, addDays(TODAY, -daysAgo));
}

/** The hourly alarm goes off; resolves once the count is done (its last step sets the alarm again). */
async function tick(): Promise<void> {
  const before = { periodInMinutes: -1 };
  fake.alarms.set(FOLLOWUPS_ALARM, before);
  onAlarm.emit({ name: FOLLOWUPS_ALARM });
  await expect.poll(() => fake.alarms.get(FOLLOWUPS_ALARM)).not.toBe(before);
}

describe('the follow-ups badge and notifications', () => {
  it('on install: fills activity after the v4 upgrade, counts 30 s later (not while tabs open), calmly, and sets the alarm', async () => {
    await reminder('ana-quiroga', 'Ana Quiroga', 1);
    // A timeline from before v4, with no activity row: the cadence must count from it.
    await saveSettings(db, { stageCadences: { conversation: null, relationship: 30, collaboration: null } });
    await recordProfileSeen(db, { slug: 'bea-lindqvist', name: 'Bea Lindqvist' });
    await db.contacts.update('bea-lindqvist', { stage: 'relationship' });
    await logInteraction(db, 'bea-lindqvist', { kind: 'call', day: addDays(TODAY, -5), text: '' });
    await db.activity.clear();

    registerFollowUps(db);
    onInstalled.emit();
    await expect.poll(() => db.activity.get('bea-lindqvist')).toMatchObject({ lastDay: addDays(TODAY, -5) });
    const first = fake.alarms.get(FOLLOWUPS_ALARM)!;
    expect(first.when! - Date.now()).toBeGreaterThan(25_000);
    expect(first.when! - Date.now()).toBeLessThanOrEqual(30_000);
    expect(fake.badge).toBe('');
    await tick();
    await expect.poll(() => fake.badge).toBe('1');
    expect(fake.colour).toBe('#0a66c2');
    expect(fake.title).toBe('Vínculo · 1 follow-up due');
    const alarm = fake.alarms.get(FOLLOWUPS_ALARM)!;
    expect(alarm.periodInMinutes).toBe(60);
    // The next count: within the hour, or just after midnight if that is sooner.
    const midnight = new Date();
    midnight.setHours(24, 0, 5, 0);
    expect(alarm.when).toBe(Math.min(alarm.when!, midnight.getTime()));
    expect(alarm.when! - Date.now()).toBeLessThanOrEqual(60 * 60_000);
  });

  it('speaks the language chosen in Vínculo, not only the browser\'s (an English browser, Spanish chosen)', async () => {
    await saveSettings(db, { language: 'es', notifyDue: true });
    await reminder('ana-quiroga', 'Ana Quiroga', 1);
    await reminder('bea-lindqvist', 'Bea Lindqvist', 0);
    registerFollowUps(db);
    await tick();
    expect(fake.badge).toBe('2');
    expect(fake.title).toBe(`Vínculo · ${es.followNotifyTitleOther!.message.replace('$1', '2')}`);
    expect(fake.notices[0]?.title).toBe(es.followNotifyTitleOther!.message.replace('$1', '2'));
  });

  it('an empty badge when nothing is due, and "99+" beyond 99', async () => {
    registerFollowUps(db);
    await tick();
    expect(fake.badge).toBe('');
    expect(fake.title).toBe('Vínculo');
    await db.contacts.bulkPut(Array.from({ length: 120 }, (_, i) => ({ id: `p-${i}`, profile: {}, stage: 'contact' as const, tags: [], remindOn: TODAY, createdAt: 1, updatedAt: 1 })));
    await tick();
    expect(fake.badge).toBe('99+');
  });

  it('notifies once for follow-ups that fall due, never again for the same ones, and again for new ones only', async () => {
    await saveSettings(db, { notifyDue: true });
    await reminder('ana-quiroga', 'Ana Quiroga', 2);
    await reminder('bea-lindqvist', 'Bea Lindqvist', 0);
    registerFollowUps(db);
    await tick();
    expect(fake.notices).toEqual([
      { id: 'vinculo-followups', type: 'basic', title: '2 follow-ups due', message: 'Ana Quiroga, Bea Lindqvist', iconUrl: 'chrome-extension://vinculo-test-extension-id/icons/icon-128.png' },
    ]);
    expect((await browserMock.storage.local.get(SEEN_DUE_KEY))[SEEN_DUE_KEY]).toEqual([`ana-quiroga@${addDays(TODAY, -2)}`, `bea-lindqvist@${TODAY}`]);

    // An hour later, the same people: no new notification.
    await tick();
    expect(fake.notices).toHaveLength(1);

    // Someone else falls due: one notification, naming only them, counting all.
    await reminder('carl-okafor', 'Carl Okafor', 0);
    await tick();
    expect(fake.notices[1]).toMatchObject({ title: '3 follow-ups due', message: 'Carl Okafor' });

    // Snoozed and due again is a new follow-up; done is gone. Many at once: the first names and how many more.
    await setRemindOn(db, 'ana-quiroga', TODAY);
    for (const n of [1, 2, 3, 4]) await reminder(`new-${n}`, `New ${n}`, 0);
    await tick();
    expect(fake.notices[2]).toMatchObject({ title: '7 follow-ups due', message: 'Ana Quiroga, New 1, New 2 and 2 more' });
    expect(fake.notices).toHaveLength(3);
  });

  it('no notification while they are off or the permission is missing, and none later for what was due then', async () => {
    await reminder('ana-quiroga', 'Ana Quiroga', 1);
    registerFollowUps(db);
    await tick();
    expect(fake.notices).toEqual([]);
    await saveSettings(db, { notifyDue: true });
    fake.granted = false;
    await reminder('bea-lindqvist', 'Bea Lindqvist', 0);
    await tick();
    expect(fake.notices).toEqual([]);
    fake.granted = true;
    await tick();
    expect(fake.notices).toEqual([]);
    expect(fake.badge).toBe('2');
  });

  it('a click on the notification opens the workspace at Follow-ups and clears it', async () => {
    registerFollowUps(db);
    onClicked.emit('someone-else');
    onClicked.emit('vinculo-followups');
    await expect.poll(() => fake.cleared).toEqual(['vinculo-followups']);
    expect(fake.opened).toEqual(['chrome-extension://vinculo-test-extension-id/src/options/index.html#followups']);
  });

  it('recounts after the people or the rules change (the key pages bump), once for a burst', async () => {
    await reminder('ana-quiroga', 'Ana Quiroga', 1);
    registerFollowUps(db);
    await tick();
    expect(fake.badge).toBe('1');
    await reminder('bea-lindqvist', 'Bea Lindqvist', 0);
    for (let i = 0; i < 5; i++) await browserMock.storage.local.set({ peopleChangedAt: Date.now() + i });
    await expect.poll(() => fake.badge, { timeout: 4000 }).toBe('2');
  });
});
