import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DUE_NOW_KEY, DueNowSnapshot } from '../messages/protocol';
import { DueList } from '../ui/DueList';

/**
 * F3/F4: the follow-ups due today, in the popup and the side panel; nothing when none is. Read from the worker's
 * last count (DUE_NOW_KEY, kept with the toolbar badge) so the popup opens at once with 30,000 contacts stored;
 * it follows the worker's recounts while open.
 */
export function DueNow() {
  const [due, setDue] = useState<DueNowSnapshot>();
  useEffect(() => {
    const take = (value: unknown) => {
      const parsed = DueNowSnapshot.safeParse(value);
      setDue(parsed.success ? parsed.data : undefined);
    };
    void browser.storage.local.get(DUE_NOW_KEY).then((stored) => take(stored[DUE_NOW_KEY]));
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'local' && DUE_NOW_KEY in changes) take(changes[DUE_NOW_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!due?.items.length) return null;
  const workspace = browser.runtime.getManifest().options_ui?.page ?? '';
  return <DueList items={due.items} total={due.total} allHref={browser.runtime.getURL(`${workspace}#followups`)} />;
}
