import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type TabStore } from '../../../src/background/handlers';
import { findContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { healthRecords } from '../../../src/storage/health';
import { recordProfileSeen } from '../../../src/storage/contacts';
import { logInteraction, timelineOf } from '../../../src/storage/interactions';
import { saveSettings } from '../../../src/storage/settings';

let db: VinculoDb;
let session: Record<string, unknown>;
const store: TabStore = {
  get: async (key) => ({ [key]: session[key] }),
  set: async (items) => void Object.assign(session, items),
};
const sender = { extensionId: 'me', tabId: 3, frameId: 0, url: 'https://www.linkedin.com/in/ana/' };
const onAna = { url: 'https://www.linkedin.com/in/ana/', route: 'profile' as const, slug: 'ana' };

beforeEach(() => {
  db = new VinculoDb(`bg-${crypto.randomUUID()}`);
  session = {};
});
afterEach(() => db.delete());

describe('background handlers', () => {
  it('a visited profile then its reading: contact stored and the tab state says what was read', async () => {
    const handlers = createHandlers(db, store, () => 42);
    await handlers['page.visited'](onAna, sender);
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, missing: ['about'] }, sender)).toEqual({ contactId: 'ana' });
    expect(await findContact(db, 'ana')).toMatchObject({ profile: { name: 'Ana' }, profileSeenAt: 42 });
    expect(session['tab:3']).toEqual({ ...onAna, read: { contactId: 'ana', missing: ['about'], at: 42 } });
    // The content script restarting on the same page keeps the reading.
    await handlers['page.visited'](onAna, sender);
    expect(session['tab:3']).toMatchObject({ read: { contactId: 'ana' } });
  });

  it('a page where nothing could be read stores no contact but tells the tab what is missing', async () => {
    const handlers = createHandlers(db, store, () => 5);
    await handlers['page.visited'](onAna, sender);
    expect(await handlers['profile.read']({ snapshot: { slug: 'ana' }, missing: ['name', 'headline'] }, sender)).toEqual({ contactId: null });
    expect(await db.contacts.count()).toBe(0);
    expect(session['tab:3']).toMatchObject({ read: { contactId: null, missing: ['name', 'headline'] } });
  });

  it('one health run per reader.ran', async () => {
    const handlers = createHandlers(db, store, () => 7);
    await handlers['reader.ran']({ reader: 'profile', pageKind: 'unrecognised', url: onAna.url, found: [], missing: ['name'] }, sender);
    expect(await healthRecords(db)).toEqual([expect.objectContaining({ id: 'profile:unrecognised', runs: [{ at: 7, found: [], missing: ['name'] }] })]);
  });

  it('a late reading of the previous profile does not overwrite the tab state of the new one', async () => {
    const handlers = createHandlers(db, store);
    const onBea = { url: 'https://www.linkedin.com/in/bea/', route: 'profile' as const, slug: 'bea' };
    await handlers['page.visited'](onBea, sender);
    await handlers['profile.read']({ snapshot: { slug: 'ana', name: 'Ana' }, missing: [] }, sender);
    expect(session['tab:3']).toEqual(onBea);
  });

  it('a profile opened by member id learns its slug from the reading', async () => {
    const handlers = createHandlers(db, store, () => 9);
    await handlers['page.visited']({ url: 'https://www.linkedin.com/in/ACoAAB1x/', route: 'profile' }, sender);
    await handlers['profile.read']({ snapshot: { slug: 'ana', memberId: 'ACoAAB1x', name: 'Ana' }, missing: [] }, sender);
    expect(session['tab:3']).toMatchObject({ slug: 'ana', read: { contactId: 'ana' } });
  });
});

describe('compose guard, history-aware part', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 23, 12);
  const pitch = (name: string) =>
    `Hi ${name}, we help agencies like yours book more qualified demos every month with our outbound platform. Are you free for a quick call on Thursday to see how it would work for you?`;

  it('tells a new connection with nothing exchanged from an old friend', async () => {
    const handlers = createHandlers(db, store, () => now);
    await recordProfileSeen(db, { slug: 'ana', memberId: 'ACoAAN1', name: 'Ana', headline: 'Designer at Lumen', company: 'Lumen', degree: '2nd' }, now - 30 * DAY);
    await recordProfileSeen(db, { slug: 'ana', degree: '1st' }, now - 2 * DAY);
    const fresh = await handlers['guard.context']({ recipient: { memberId: 'ACoAAN1', name: 'Ana' }, text: 'Hello' }, sender);
    expect(fresh.recipient).toEqual({ name: 'Ana', headline: 'Designer at Lumen', company: 'Lumen', connectedDaysAgo: 2, messagesExchanged: 0 });
    expect(fresh.guard).toMatchObject({ hold: true, newConnectionDays: 14 });

    await logInteraction(db, 'ana', { kind: 'in_person', day: '2026-11-20', text: 'coffee' }, now);
    await logInteraction(db, 'ana', { kind: 'invitation', day: '2026-10-20', text: '' }, now);
    expect((await handlers['guard.context']({ recipient: { slug: 'ana' }, text: 'Hello' }, sender)).recipient?.messagesExchanged).toBe(1);
  });

  it('an unknown recipient is judged by the name the page shows; a group by nothing', async () => {
    const handlers = createHandlers(db, store, () => now);
    expect((await handlers['guard.context']({ recipient: { memberId: 'ACoAAZZ', name: 'Zoe' }, text: 'Hi' }, sender)).recipient).toEqual({ name: 'Zoe' });
    expect((await handlers['guard.context']({ recipient: null, text: 'Hi' }, sender)).recipient).toBeNull();
  });

  it('sent messages join the timeline, and the same text to three others is counted for the fourth', async () => {
    let clock = now - 3 * DAY;
    const handlers = createHandlers(db, store, () => (clock += 1000));
    for (const [memberId, name] of [['ACoAAA1', 'Ana'], ['ACoAAB2', 'Bea'], ['ACoAAC3', 'Cris']] as const) {
      expect(await handlers['message.sent']({ recipient: { memberId, name }, text: pitch(name) }, sender)).toEqual({ contactId: memberId });
    }
    expect((await timelineOf(db, 'ACoAAA1'))[0]).toMatchObject({ kind: 'message', text: expect.stringMatching(/^Hi Ana, we help agencies/u) });
    const context = await handlers['guard.context']({ recipient: { memberId: 'ACoAAD4', name: 'Dani' }, text: pitch('Dani') }, sender);
    expect(context.sentToOthers.recipients).toBe(3);
    // To one of them again it is a follow-up, counted only for the others.
    expect((await handlers['guard.context']({ recipient: { memberId: 'ACoAAA1' }, text: pitch('Ana') }, sender)).sentToOthers.recipients).toBe(2);
    expect(await handlers['message.sent']({ recipient: null, text: 'hello group' }, sender)).toEqual({ contactId: null });
  });

  it('keeps what the user chose of a sent message', async () => {
    await saveSettings(db, { sentMessageText: 'none' });
    const handlers = createHandlers(db, store, () => now);
    await handlers['message.sent']({ recipient: { slug: 'ana' }, text: pitch('Ana') }, sender);
    expect((await timelineOf(db, 'ana'))[0]).toMatchObject({ text: '', fingerprint: expect.any(String) });
  });
});

describe('connection requests', () => {
  it('an invitation joins the timeline with its note; a reminder is kept on the contact', async () => {
    const handlers = createHandlers(db, store, () => Date.UTC(2026, 10, 23, 12));
    expect(await handlers['invite.sent']({ recipient: { slug: 'ana', name: 'Ana' }, note: 'Loved your talk on soil sensors' }, sender)).toEqual({ contactId: 'ana' });
    expect(await handlers['invite.sent']({ recipient: { slug: 'bea' }, note: '' }, sender)).toEqual({ contactId: 'bea' });
    expect((await timelineOf(db, 'ana'))[0]).toMatchObject({ kind: 'invitation', day: '2026-11-23', text: 'Loved your talk on soil sensors' });
    expect((await timelineOf(db, 'bea'))[0]).toMatchObject({ kind: 'invitation', text: '' });
    expect(await handlers['invite.sent']({ recipient: { name: 'Someone in search results' }, note: '' }, sender)).toEqual({ contactId: null });
    await handlers['invite.remind']({ recipient: { slug: 'bea' } }, sender);
    expect((await findContact(db, 'bea'))?.remindWhenAccepted).toBe(Date.UTC(2026, 10, 23, 12));
  });

  it('thread.seen records sightings and lists the thread on the tab that shows it; people.lookup answers in order', async () => {
    const handlers = createHandlers(db, store, () => 50);
    const page = 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/';
    const onThread = { ...sender, url: page };
    await handlers['page.visited']({ url: page, route: 'other' }, onThread);
    const thread = {
      id: 'urn:li:activity:7000000000000000001',
      title: 'On remote teams',
      participants: [
        { name: 'Nadia', slug: 'nadia', author: true, comments: 0 },
        { name: 'Omar', memberId: 'ACoAAOmar', author: false, comments: 2, excerpt: 'Agreed' },
      ],
    };
    await handlers['thread.seen']({ url: `${page}?commentUrn=x`, thread }, onThread);
    await handlers['thread.seen']({ url: page, thread }, onThread);
    expect(session['tab:3']).toMatchObject({ threads: ['urn:li:activity:7000000000000000001'] });
    expect(await db.sightings.count()).toBe(2);
    // A report from a page the tab no longer shows records the sightings but does not touch the tab.
    await handlers['thread.seen']({ url: 'https://www.linkedin.com/feed/', thread: { ...thread, id: 'urn:li:activity:7000000000000000002' } }, onThread);
    expect(session['tab:3']).toMatchObject({ threads: ['urn:li:activity:7000000000000000001'] });

    await saveSettings(db, { recurringMinThreads: 2 });
    const { people } = await handlers['people.lookup']({ people: [{ slug: 'stranger' }, { memberId: 'ACoAAOmar' }] }, onThread);
    expect(people).toEqual([null, expect.objectContaining({ threads: 2, recurring: true })]);
  });

  it('panel.open opens the panel before anything else and tells it whom to show', async () => {
    const calls: string[] = [];
    const handlers = createHandlers(db, store, () => 60, async (tabId) => void calls.push(`open ${tabId}`));
    await handlers['page.visited']({ url: 'https://www.linkedin.com/feed/', route: 'other' }, sender);
    const pending = handlers['panel.open']({ person: { slug: 'nadia' } }, sender);
    // Synchronously, within the click's user gesture.
    expect(calls).toEqual(['open 3']);
    expect(await pending).toEqual({ opened: true });
    expect(session['tab:3']).toMatchObject({ focus: { slug: 'nadia', at: 60 } });
    const failing = createHandlers(db, store, () => 61);
    expect(await failing['panel.open']({ person: { slug: 'nadia' } }, sender)).toEqual({ opened: false });
  });
});
