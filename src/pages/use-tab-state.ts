import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { isLinkedInUrl } from '../linkedin/routes';
import { pageOf, TabState, tabStateKey } from '../messages/protocol';

/**
 * The tab the page follows. `?tab=<id>` pins it (the e2e tests open the side panel as a tab, where the active
 * tab is the panel itself); otherwise it is the active tab of this window, following tab switches.
 */
export function useFollowedTab(): number | undefined {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  const isPinned = Number.isInteger(pinned) && pinned > 0;
  const [tabId, setTabId] = useState<number | undefined>(isPinned ? pinned : undefined);
  useEffect(() => {
    if (isPinned) return;
    let current = true;
    const refresh = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (current) setTabId(tab?.id);
    };
    void refresh();
    const onActivated = () => void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      current = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);
  return tabId;
}

/** What the followed tab shows, as far as the extension pages can tell. */
export type FollowedPage =
  /** Not known yet (the panel just opened). */
  | { kind: 'unknown' }
  | { kind: 'elsewhere' }
  /** A LinkedIn tab that has not reported (yet): it may have been open before Vínculo was installed. */
  | { kind: 'silent' }
  | { kind: 'linkedin'; state: TabState };

/**
 * The followed tab's page: its URL (visible to us on LinkedIn only, through the host permission) and what the
 * content script reported for it. A report for another page than the one the tab shows now is not used, so the
 * panel never shows the previous person while the next page loads.
 */
export function useFollowedPage(tabId: number | undefined): FollowedPage {
  /** undefined: not known yet; null: not a page we may see (not LinkedIn). */
  const [url, setUrl] = useState<string | null>();
  const [state, setState] = useState<TabState>();

  useEffect(() => {
    setUrl(undefined);
    setState(undefined);
    if (tabId === undefined) return;
    let current = true;
    const key = tabStateKey(tabId);
    const takeState = (value: unknown) => {
      const parsed = TabState.safeParse(value);
      if (current) setState(parsed.success ? parsed.data : undefined);
    };
    void browser.tabs.get(tabId).then(
      (tab) => current && setUrl(tab.url ?? null),
      () => current && setUrl(null),
    );
    void browser.storage.session.get(key).then((items) => takeState(items[key]));
    const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'session' && key in changes) takeState(changes[key]?.newValue);
    };
    const onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
      if (id === tabId && (change.url !== undefined || change.status !== undefined)) setUrl(tab.url ?? null);
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  if (url === undefined) return { kind: 'unknown' };
  if (url === null || !isLinkedInUrl(url)) return { kind: 'elsewhere' };
  if (!state) return { kind: 'silent' };
  return state.url === pageOf(url) ? { kind: 'linkedin', state } : { kind: 'silent' };
}
