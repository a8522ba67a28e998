import type { Handlers } from '../messages/registry';
import { pageOf, TabState, tabStateKey, type ResponseOf } from '../messages/protocol';
import { ensureRecipient, findRecipient, recordProfileSeen, remindWhenAccepted } from '../storage/contacts';
import { logInteraction } from '../storage/interactions';
import { judge } from '../core/analysis/judge';
import { today } from '../core/model/interaction';
import type { VinculoDb } from '../storage/db';
import { recordReaderRun } from '../storage/health';
import { nearDuplicateRecipients, recordSentMessage } from '../storage/sent';
import { loadSettings } from '../storage/settings';
import { lookupPeople } from '../storage/people';
import { recordThreadSeen, threadsOfPerson } from '../storage/sightings';

const DAY_MS = 86_400_000;

/** Where per-tab page state lives: session storage, so the worker keeps nothing in memory between wake-ups. */
export interface TabStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Opens the side panel on a tab; must be called while the user's click is still a user gesture. */
export type OpenPanel = (tabId: number) => Promise<void>;

const noPanel: OpenPanel = () => Promise.reject(new Error('no side panel in this browser'));

export function createHandlers(db: VinculoDb, tabs: TabStore, now: () => number = Date.now, openPanel: OpenPanel = noPanel): Handlers {
  async function tabState(tabId: number): Promise<TabState | undefined> {
    const key = tabStateKey(tabId);
    const parsed = TabState.safeParse((await tabs.get(key))[key]);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Read-change-write of a tab's state, one at a time per tab: the feed sends several thread.seen at once, and
   * two interleaved updates would each write back the state they read, losing the other's change.
   */
  const pending = new Map<number, Promise<unknown>>();
  function updateTab(tabId: number, change: (state: TabState) => TabState | undefined): Promise<void> {
    const run = async () => {
      const state = await tabState(tabId);
      const next = state && change(state);
      if (next) await tabs.set({ [tabStateKey(tabId)]: TabState.parse(next) });
    };
    const done = (pending.get(tabId) ?? Promise.resolve()).then(run, run);
    pending.set(tabId, done);
    return done;
  }

  return {
    async 'page.visited'(request, sender) {
      // In the same queue as the other updates of this tab, so a late one for the previous page cannot undo it.
      const visit = async () => {
        const previous = await tabState(sender.tabId);
        // A repeated report for the same page (the content script restarted) keeps what we already have.
        const same = previous?.url === request.url;
        await tabs.set({
          [tabStateKey(sender.tabId)]: TabState.parse({ ...request, read: same ? previous.read : undefined, threads: same ? previous.threads : undefined }),
        });
      };
      const done = (pending.get(sender.tabId) ?? Promise.resolve()).then(visit, visit);
      pending.set(sender.tabId, done);
      await done;
      return { ok: true };
    },

    async 'profile.read'({ snapshot, missing }, sender) {
      const at = now();
      // A page where even the name could not be read is not a person we know anything about yet.
      const contactId = snapshot.name ? (await recordProfileSeen(db, snapshot, at)).id : null;
      // Only for the profile the tab shows now (a late reading of the previous one is ignored). A profile opened
      // by member id (/in/ACoAA…/, as messaging links are) learns its slug from the reading.
      await updateTab(sender.tabId, (state) =>
        state.route === 'profile' && (state.slug ?? snapshot.slug) === snapshot.slug ? { ...state, slug: snapshot.slug, read: { contactId, missing, at } } : undefined,
      );
      return { contactId };
    },

    async 'guard.context'({ recipient, text }) {
      const at = now();
      const { guard } = await loadSettings(db);
      const contact = recipient ? await findRecipient(db, recipient) : undefined;
      const sentToOthers = await nearDuplicateRecipients(db, text, {
        recipient: contact?.id ?? recipient?.slug ?? recipient?.memberId,
        since: at - guard.massWindowDays * DAY_MS,
        similarity: guard.massSimilarity,
      });
      let known: ResponseOf<'guard.context'>['recipient'] = recipient?.name ? { name: recipient.name } : null;
      if (contact) {
        // Everything logged with them counts as an exchange, but not an invitation (that is only asking).
        const exchanged = await db.interactions.where('contactId').equals(contact.id).filter((i) => i.kind !== 'invitation').count();
        const { name, headline, company } = contact.profile;
        known = {
          name: name ?? recipient?.name,
          headline,
          company,
          connectedDaysAgo: contact.connectedAt === undefined ? undefined : Math.floor((at - contact.connectedAt) / DAY_MS),
          messagesExchanged: exchanged,
        };
      }
      // The verdict on exactly this text for exactly this person: the content script holds a send on it.
      const judgement = judge(text, { recipient: known ?? undefined, sentToOthers, settings: guard });
      return { recipient: known, sentToOthers, guard, judgement };
    },

    async 'invite.judge'({ invitee, note }) {
      const { guard } = await loadSettings(db);
      // An invitation is a first contact: nothing exchanged yet, whatever else we know of them.
      return { judgement: judge(note, { recipient: { ...invitee, messagesExchanged: 0 }, settings: guard }) };
    },

    async 'message.sent'({ recipient, text }) {
      const at = now();
      // A group conversation has no single recipient: its messages join no timeline.
      const contact = recipient ? await ensureRecipient(db, recipient, at) : undefined;
      if (!contact) return { contactId: null };
      const { sentMessageText } = await loadSettings(db);
      await recordSentMessage(db, contact.id, text, sentMessageText, at);
      return { contactId: contact.id };
    },

    async 'invite.sent'({ recipient, note }) {
      const at = now();
      // Invitations from a search result name the person but give no id: nothing to attach them to.
      const contact = await ensureRecipient(db, recipient, at);
      if (!contact) return { contactId: null };
      await logInteraction(db, contact.id, { kind: 'invitation', day: today(new Date(at)), text: note }, at);
      return { contactId: contact.id };
    },

    async 'invite.remind'({ recipient }) {
      const at = now();
      const contact = await ensureRecipient(db, recipient, at);
      if (!contact) return { contactId: null };
      await remindWhenAccepted(db, contact.id, at);
      return { contactId: contact.id };
    },

    async 'thread.seen'({ url, link, thread }, sender) {
      await recordThreadSeen(db, thread, link, now());
      // Only for the page the tab shows now: the side panel lists the participants of what is on screen.
      await updateTab(sender.tabId, (state) =>
        state.url === pageOf(url) && !state.threads?.includes(thread.id) ? { ...state, threads: [...(state.threads ?? []), thread.id].slice(-200) } : undefined,
      );
      return { ok: true };
    },

    async 'people.lookup'({ people }) {
      const { recurringMinThreads } = await loadSettings(db);
      return { people: await lookupPeople(db, people, recurringMinThreads) };
    },

    async 'person.threads'({ person }) {
      const seen = await threadsOfPerson(db, person);
      return { threads: seen.slice(0, 3).map(({ thread }) => ({ title: thread.title, authorName: thread.authorName })) };
    },

    async 'panel.open'({ person }, sender) {
      // First, before any await: the browser lets the panel open only while the user's click is being handled.
      const opening = openPanel(sender.tabId).then(
        () => true,
        (error: unknown) => (console.debug('[Vínculo] side panel did not open', error), false),
      );
      // The panel shows the person's own record: the one their slug or their member id already names, so notes
      // written there join what the user has (a link that gave only a member id must not start a second contact).
      const contactId = (await findRecipient(db, person))?.id ?? person.slug ?? person.memberId!;
      await updateTab(sender.tabId, (state) => ({ ...state, focus: { contactId, at: now() } }));
      return { opened: await opening };
    },

    async 'reader.ran'(run) {
      await recordReaderRun(db, { ...run, at: now() });
      return { ok: true };
    },
  };
}
