import browser from 'webextension-polyfill';
import { createDispatcher } from '../messages/registry';
import { NOTE_DRAFT_PREFIX, NoteDraft, PEOPLE_CHANGED_KEY, tabStateKey } from '../messages/protocol';
import { putNote } from '../storage/notes';
import { onPeopleDataChanged } from '../storage/changes';
import { db } from '../storage/db';
import { registerScheduledBackup } from './backup';
import { createHandlers } from './handlers';
import { registerFollowUps } from './followups';

/*
 * The service worker. It keeps no state in memory: Chrome stops it after ~30 s idle, so everything it knows
 * lives in IndexedDB (contacts, notes, health) or storage.session (what each tab shows right now).
 */

// Chrome's side panel, Firefox's sidebar: either opens only while a user gesture is being handled.
const openPanel = async (tabId: number): Promise<void> => {
  const chromePanel = (globalThis as { chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromePanel) return chromePanel.open({ tabId });
  return browser.sidebarAction.open();
};

const dispatch = createDispatcher(createHandlers(db(), browser.storage.session, Date.now, openPanel), {
  ownId: browser.runtime.id,
  allowedOrigins: ['https://www.linkedin.com'],
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(message, { extensionId: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }),
);

const forgetTab = (tabId: number) => void browser.storage.session.remove(tabStateKey(tabId));
browser.tabs.onRemoved.addListener(forgetTab);
// Leaving LinkedIn ends the content script without a word; the tab's URL (visible to us only on our host) tells.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status === 'loading' && !tab.url?.startsWith('https://www.linkedin.com/')) forgetTab(tabId);
});

// What the worker records (a thread seen, a message sent) can give someone a badge on the tabs already open.
onPeopleDataChanged(db(), () => void browser.storage.local.set({ [PEOPLE_CHANGED_KEY]: Date.now() }));

// F9: the follow-ups badge, its alarm and the optional notifications.
registerFollowUps(db());

// F10: the optional backup to the downloads folder (its alarm, and "Back up now" from the options page).
registerScheduledBackup(db());

/**
 * A quick note the popup could not save before it closed (see NoteDraft): saved here once the popup has had its
 * chance (its own save runs 500 ms after the last keystroke), and on every wake-up for drafts left from before.
 */
const DRAFT_GRACE_MS = 1000;
async function saveLeftDrafts(): Promise<void> {
  const items = await browser.storage.local.get(null);
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(NOTE_DRAFT_PREFIX)) continue;
    const draft = NoteDraft.safeParse(value);
    if (!draft.success) {
      await browser.storage.local.remove(key);
      continue;
    }
    if (Date.now() - draft.data.at < DRAFT_GRACE_MS) continue;
    const current = await db().notes.get(draft.data.id);
    if (current?.text !== draft.data.text) await putNote(db(), draft.data, draft.data.text, draft.data.at);
    // Saved by the popup, which closed before it could clear the draft, so maybe also before Dexie told the open
    // pages (it announces a commit to other pages from the writer's page, afterwards): writing the note again
    // unchanged makes this context announce it, or the side panel would not show it until reopened.
    else if (current) await db().notes.put(current);
    const now = (await browser.storage.local.get(key))[key] as NoteDraft | undefined;
    if (now?.at === draft.data.at) await browser.storage.local.remove(key);
  }
}
let draftTimer: ReturnType<typeof setTimeout> | undefined;
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !Object.entries(changes).some(([key, change]) => key.startsWith(NOTE_DRAFT_PREFIX) && change.newValue)) return;
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => void saveLeftDrafts().catch((error: unknown) => console.error('[Vínculo] saving a left draft failed', error)), DRAFT_GRACE_MS + 50);
});
void saveLeftDrafts().catch((error: unknown) => console.error('[Vínculo] saving left drafts failed', error));
