import browser from 'webextension-polyfill';
import { dayOf } from '../core/relationship/cadence';
import { db } from '../storage/db';
import { dueFollowUps } from '../storage/followups';
import { DueList } from '../ui/DueList';
import { useLiveQuery } from './use-live-query';

/** F3/F4: the follow-ups due today, in the popup and the side panel; nothing when none is. */
export function DueNow() {
  const due = useLiveQuery(() => dueFollowUps(db(), dayOf(Date.now())), []);
  if (!due?.length) return null;
  const workspace = browser.runtime.getManifest().options_ui?.page ?? '';
  return <DueList items={due} allHref={browser.runtime.getURL(`${workspace}#followups`)} />;
}
