import type { ReaderRun } from '../core/model/health';
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
      // A repeated report for the same page (the feature manager re-runs) keeps the reading we already have.
      const read = previous?.url === request.url ? previous.read : undefined;
      await tabs.set({ [tabStateKey(sender.tabId)]: TabState.parse({ ...request, read }) });
      return { ok: true };
    },

    async 'profile.read'(request, sender) {
      const at = now();
      const run: ReaderRun = { ...request.run, at };
      await recordReaderRun(db, run);
      // A page where even the name could not be read is not a person we know anything about yet.
      const contact = request.snapshot?.name ? await recordProfileSeen(db, request.snapshot, at) : undefined;
      const contactId = contact?.id ?? null;
      const previous = await tabState(sender.tabId);
      if (previous && request.snapshot && previous.slug === request.snapshot.slug) {
        await tabs.set({ [tabStateKey(sender.tabId)]: { ...previous, read: { contactId, missing: run.missing, at } } });
      }
      return { contactId };
    },
  };
}
