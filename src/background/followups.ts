import browser from 'webextension-polyfill';
import { measure } from '../core/measure';
import { dayOf, followUpKey } from '../core/relationship/cadence';
import { DUE_NOW_KEY, DUE_NOW_LISTED, PEOPLE_CHANGED_KEY, type DueNowSnapshot } from '../messages/protocol';
import { ensureActivity } from '../storage/activity';
import type { VinculoDb } from '../storage/db';
import { dueFollowUps, type FollowUpItem } from '../storage/followups';
import { loadSettings } from '../storage/settings';
import {
  appName as enAppName,
  followNotifyNames as enNames,
  followNotifyTitleOne as enOne,
  followNotifyTitleOther as enOther,
} from '../../public/_locales/en/messages.json';
import {
  appName as esAppName,
  followNotifyNames as esNames,
  followNotifyTitleOne as esOne,
  followNotifyTitleOther as esOther,
} from '../../public/_locales/es/messages.json';

/*
 * F9 in the worker: the toolbar badge counts the follow-ups due, and an optional system notification tells when
 * someone new falls due. Nothing is kept in memory between wake-ups: the count is recomputed from the database,
 * and what was already notified lives in storage.local.
 */

export const FOLLOWUPS_ALARM = 'vinculo-followups';
/** Recount at least this often (and just after midnight, when a new day's follow-ups fall due). */
const PERIOD_MINUTES = 60;
/** A burst of changes (an import, a bulk edit) is counted once, this long after the last of them. */
const CHANGE_DELAY_MS = 1500;
/**
 * A count reads every contact (about a second of the worker's time at 30,000): at browser start it waits this long,
 * so it does not compete with the history lookups and compose checks of the LinkedIn tabs opening meanwhile.
 */
const STARTUP_DELAY_MS = 30_000;
const NOTIFICATION_ID = 'vinculo-followups';
/** storage.local: the follow-ups (core's followUpKey) due at the last count; a notification tells only of others. */
export const SEEN_DUE_KEY = 'followUpsSeenDue';
/** LinkedIn's blue: the badge informs, it does not alarm (a red badge reads as an error or unread mail). */
const BADGE_COLOUR = '#0a66c2';
const NAMES_IN_NOTIFICATION = 3;

type Notifications = typeof browser.notifications;
/** The notifications API exists only while its optional permission is granted. */
const notifications = (): Notifications | undefined => (browser as { notifications?: Notifications }).notifications;

/** The badge's tooltip and the notification, in the language the user chose in Vínculo (not only the browser's). */
interface Speech {
  message: (key: SpokenKey, ...subs: (string | number)[]) => string;
  plural: (n: number, one: SpokenKey, other: SpokenKey) => string;
}

/**
 * The few messages the worker speaks, in both languages, straight from _locales. The browser's i18n alone would
 * speak only the browser's language. (The catalogs land in a chunk the pages share: about 22 KB gzipped more
 * for the worker to load, and no request of any kind.)
 */
const MESSAGES = {
  en: { appName: enAppName, followNotifyTitleOne: enOne, followNotifyTitleOther: enOther, followNotifyNames: enNames },
  es: { appName: esAppName, followNotifyTitleOne: esOne, followNotifyTitleOther: esOther, followNotifyNames: esNames },
} as const;
type SpokenKey = keyof (typeof MESSAGES)['en'];

async function speech(db: VinculoDb): Promise<Speech> {
  const { language: setting } = await loadSettings(db);
  const language = setting !== 'auto' ? setting : browser.i18n.getUILanguage().toLowerCase().startsWith('es') ? 'es' : 'en';
  const numbers = new Intl.NumberFormat(language);
  // Numbers as the language writes them, like ui/i18n.ts t().
  const say = (sub: string | number | undefined) => (typeof sub === 'number' ? numbers.format(sub) : (sub ?? ''));
  const message = (key: SpokenKey, ...subs: (string | number)[]) => MESSAGES[language][key].message.replace(/\$(\d)/gu, (_, n: string) => say(subs[Number(n) - 1]));
  const plural = (n: number, one: SpokenKey, other: SpokenKey) => message(new Intl.PluralRules(language).select(n) === 'one' ? one : other, n);
  return { message, plural };
}

/** Wires the follow-up alarm, badge and notifications. Called once, at the top level of the worker (MV3 wake-ups). */
export function registerFollowUps(db: VinculoDb): void {
  // Counts run one after another, so two never notify the same follow-ups (within one wake-up: all this needs).
  let queue: Promise<void> = Promise.resolve();
  const recount = () => {
    queue = queue.then(() => refresh(db)).catch((error: unknown) => console.error('[Vínculo] counting follow-ups failed', error));
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const recountSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(recount, CHANGE_DELAY_MS);
  };
  const countLater = () => void browser.alarms.create(FOLLOWUPS_ALARM, { when: Date.now() + STARTUP_DELAY_MS, periodInMinutes: PERIOD_MINUTES });
  const start = () => {
    // Fills the derived activity table after the v4 upgrade; cadences count from it.
    queue = queue.then(() => ensureActivity(db).then(() => undefined)).catch((error: unknown) => console.error('[Vínculo] filling activity failed', error));
    countLater();
  };

  browser.runtime.onInstalled.addListener(start);
  browser.runtime.onStartup.addListener(start);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOWUPS_ALARM) recount();
  });
  // Pages and the worker bump this key after the people's data or the cadence rules change; it wakes the worker.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && PEOPLE_CHANGED_KEY in changes) recountSoon();
  });
  listenToClicks();
  browser.permissions.onAdded.addListener(listenToClicks);
  // A browser restart may drop alarms (chrome.alarms docs): a wake-up that finds ours gone counts and sets it again.
  void browser.alarms.get(FOLLOWUPS_ALARM).then((alarm) => {
    if (!alarm) countLater();
  });
}

async function refresh(db: VinculoDb): Promise<void> {
  const started = performance.now();
  const now = Date.now();
  const due = await dueFollowUps(db, dayOf(now));
  const says = await speech(db);
  await showCount(due.length, says);
  const snapshot: DueNowSnapshot = {
    at: now,
    total: due.length,
    items: due.slice(0, DUE_NOW_LISTED).map(({ contactId, name, followUp, overdueDays }) => ({ contactId, name: name.slice(0, 200), followUp: { due: followUp.due }, overdueDays })),
  };
  await browser.storage.local.set({ [DUE_NOW_KEY]: snapshot });
  measure('vinculo:followups-count', started);
  await notifyNew(db, due, says);
  await browser.alarms.create(FOLLOWUPS_ALARM, { when: nextCount(now), periodInMinutes: PERIOD_MINUTES });
}

/** In an hour, or a few seconds after the coming midnight if that is sooner (local time: the user's day). */
function nextCount(now: number): number {
  const midnight = new Date(now);
  midnight.setHours(24, 0, 5, 0);
  return Math.min(now + PERIOD_MINUTES * 60_000, midnight.getTime());
}

async function showCount(count: number, { message, plural }: Speech): Promise<void> {
  const appName = message('appName');
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setBadgeText({ text: count === 0 ? '' : count > 99 ? '99+' : String(count) });
  await browser.action.setTitle({ title: count === 0 ? appName : `${appName} · ${plural(count, 'followNotifyTitleOne', 'followNotifyTitleOther')}` });
}

/**
 * One notification when follow-ups fall due that were not due at the last count, if the user turned them on and
 * the permission is granted. The same follow-up never notifies twice; snoozed or done and due again, it is a new one.
 */
async function notifyNew(db: VinculoDb, due: readonly FollowUpItem[], { message, plural }: Speech): Promise<void> {
  const keys = due.map((item) => followUpKey(item.followUp)).sort();
  const stored = (await browser.storage.local.get(SEEN_DUE_KEY))[SEEN_DUE_KEY];
  const seen = new Set(Array.isArray(stored) ? (stored as string[]) : []);
  const fresh = due.filter((item) => !seen.has(followUpKey(item.followUp)));
  if (keys.length !== seen.size || fresh.length) await browser.storage.local.set({ [SEEN_DUE_KEY]: keys });
  if (!fresh.length) return;
  const api = notifications();
  if (!api || !(await loadSettings(db)).notifyDue || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const names = fresh.slice(0, NAMES_IN_NOTIFICATION).map((item) => item.name).join(', ');
  const more = fresh.length - NAMES_IN_NOTIFICATION;
  await api.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: plural(due.length, 'followNotifyTitleOne', 'followNotifyTitleOther'),
    message: more > 0 ? message('followNotifyNames', names, more) : names,
  });
}

/** Clicking the notification opens the workspace's Follow-ups view. */
function listenToClicks(): void {
  const api = notifications();
  if (api && !api.onClicked.hasListener(openFollowUps)) api.onClicked.addListener(openFollowUps);
}

async function openFollowUps(notificationId: string): Promise<void> {
  if (notificationId !== NOTIFICATION_ID) return;
  const page = browser.runtime.getManifest().options_ui?.page ?? '';
  await browser.tabs.create({ url: browser.runtime.getURL(`${page}#followups`) });
  await notifications()?.clear(notificationId);
}
