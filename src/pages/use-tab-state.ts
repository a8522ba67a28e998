import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { TabState, tabStateKey } from '../messages/protocol';

/**
 * The tab the page follows. `?tab=<id>` pins it (the e2e tests open the side panel as a tab, where the active
 * tab is the panel itself); otherwise it is the active tab of this window, following tab switches.
 */
export function useFollowedTab(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  const [tabId, setTabId] = useState<number | undefined>(Number.isInteger(pinned) && pinned > 0 ? pinned : undefined);
  useEffect(() => {
    if (tabId !== undefined && pinned) return;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id);
    };
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

/**
 * What the content script reported for that tab (which LinkedIn page, which person, what could be read),
 * updated as the tab navigates. Undefined when the tab is not on LinkedIn or has not reported yet.
 */
export function useTabState(tabId: number | undefined): TabState | undefined {
  const [state, setState] = useState<TabState>();
  useEffect(() => {
    if (tabId === undefined) return;
    const key = tabStateKey(tabId);
    const parse = (value: unknown) => {
      const parsed = TabState.safeParse(value);
      setState(parsed.success ? parsed.data : undefined);
    };
    void browser.storage.session.get(key).then((items) => parse(items[key]));
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'session' && key in changes) parse(changes[key]?.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return state;
}
