import type { Handlers } from '../messages/registry';
import { TabState, tabStateKey } from '../messages/protocol';
import { recordProfileSeen } from '../storage/contacts';
import type { VinculoDb } from '../storage/db';
import { recordReaderRun } from '../storage/health';

/** Where per-tab page state lives: session storage, so the worker keeps nothing in memory between wake-ups. */
export interface TabStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function createHandlers(db: VinculoDb, tabs: TabStore, now: () => number = Date.now): Handlers {
  async function tabState(tabId: number): Promise<TabState | undefined> {
    const key = tabStateKey(tabId);
    const parsed = TabState.safeParse((await tabs.get(key))[key]);
    return parsed.success ? parsed.data : undefined;
  }

  return {
    async 'page.visited'(request, sender) {
      const previous = await tabState(sender.tabId);
      // A repeated report for the same page (the content script restarted) keeps the reading we already have.
      const read = previous?.url === request.url ? previous.read : undefined;
      await tabs.set({ [tabStateKey(sender.tabId)]: TabState.parse({ ...request, read }) });
      return { ok: true };
    },

    async 'profile.read'({ snapshot, missing }, sender) {
      const at = now();
      // A page where even the name could not be read is not a person we know anything about yet.
      const contactId = snapshot.name ? (await recordProfileSeen(db, snapshot, at)).id : null;
      const state = await tabState(sender.tabId);
      // Only for the profile the tab shows now (a late reading of the previous one is ignored). A profile opened
      // by member id (/in/ACoAA…/, as messaging links are) learns its slug from the reading.
      if (state?.route === 'profile' && (state.slug ?? snapshot.slug) === snapshot.slug) {
        await tabs.set({ [tabStateKey(sender.tabId)]: { ...state, slug: snapshot.slug, read: { contactId, missing, at } } });
      }
      return { contactId };
    },

    async 'reader.ran'(run) {
      await recordReaderRun(db, { ...run, at: now() });
      return { ok: true };
    },
  };
}
