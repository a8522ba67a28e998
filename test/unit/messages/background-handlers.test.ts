import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers, type TabStore } from '../../../src/background/handlers';
import { findContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { healthRecords } from '../../../src/storage/health';
import { recordProfileSeen } from '../../../src/storage/contacts';
import { logInteraction, timelineOf } from '../../../src/storage/interactions';
import { saveSettings } from '../../../src/storage/settings';
import { JudgementOutput } from '../../../src/core/analysis/schema';
import { PROTOCOL } from '../../../src/messages/protocol';
import { createDispatcher } from '../../../src/messages/registry';

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

describe('the judgement, made in the worker (guard.context, invite.judge)', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 23, 12);
  const pitch = 'Hi Ana, we help agencies like yours book 3x more demos with our platform. Do you have 15 minutes this week for a quick call? https://calendly.com/sales-team/intro';
  const personal = 'Thanks for introducing me to Tomás yesterday, Ana! We are meeting on Friday to compare notes on the Douro field data.';
  /** The worker as the content script reaches it: the real handlers behind the dispatcher, answers validated. */
  const worker = (handlers: ReturnType<typeof createHandlers>) => createDispatcher(handlers, { ownId: 'me', allowedOrigins: ['https://www.linkedin.com'] });
  const words = (text: string, judgement: JudgementOutput) => judgement.reasons.flatMap((r) => r.evidence.map(({ start, end }) => text.slice(start, end)));

  it('judges exactly the text and recipient asked about, with what the worker knows of them', async () => {
    const handlers = createHandlers(db, store, () => now);
    await recordProfileSeen(db, { slug: 'ana', memberId: 'ACoAAN1', name: 'Ana', headline: 'Designer at Lumen', company: 'Lumen', degree: '2nd' }, now - 30 * DAY);
    await recordProfileSeen(db, { slug: 'ana', degree: '1st' }, now - 2 * DAY);

    const fresh = await handlers['guard.context']({ recipient: { memberId: 'ACoAAN1', name: 'Ana' }, text: pitch }, sender);
    expect(fresh.judgement.level).toBe('warn');
    expect(fresh.judgement.reasons.map((r) => r.kind)).toEqual(['pitch', 'new_connection']);
    expect(fresh.judgement.reasons[1]!.message).toEqual({ key: 'guard_reasonNewConnectionDays', params: [2] });

    // The same words to someone the user talks with only caution; a personal message is fine.
    await logInteraction(db, 'ana', { kind: 'in_person', day: '2026-10-20', text: 'coffee' }, now);
    await db.contacts.update('ana', { connectedAt: now - 400 * DAY });
    expect((await handlers['guard.context']({ recipient: { slug: 'ana' }, text: pitch }, sender)).judgement.level).toBe('caution');
    expect((await handlers['guard.context']({ recipient: { slug: 'ana' }, text: personal }, sender)).judgement).toEqual({ level: 'ok', lang: 'en', reasons: [], suggestions: [] });
  });

  it('counts the mass message and uses the user\'s thresholds', async () => {
    let clock = now - 3 * DAY;
    const handlers = createHandlers(db, store, () => (clock += 1000));
    const note = (name: string) =>
      `Hi ${name}, thanks for connecting! I am putting together a small group of designers who share what they learn about accessible colour systems every month, and I would love to have you in it.`;
    for (const [memberId, name] of [['ACoAAA1', 'Ana'], ['ACoAAB2', 'Bea'], ['ACoAAC3', 'Cris']] as const) {
      await handlers['message.sent']({ recipient: { memberId, name }, text: note(name) }, sender);
    }
    const fourth = await handlers['guard.context']({ recipient: { memberId: 'ACoAAD4', name: 'Dani' }, text: note('Dani') }, sender);
    expect(fourth.sentToOthers.recipients).toBe(3);
    expect(fourth.judgement.reasons.find((r) => r.kind === 'mass')?.message).toEqual({ key: 'guard_reasonMass', params: [3, 14] });
    expect(fourth.judgement.level).toBe('warn');

    await saveSettings(db, { guard: { hold: false, newConnectionDays: 14, massMinRecipients: 5, massSimilarity: 0.8, massWindowDays: 14 } });
    const relaxed = await handlers['guard.context']({ recipient: { memberId: 'ACoAAD4', name: 'Dani' }, text: note('Dani') }, sender);
    expect(relaxed.guard.hold).toBe(false);
    expect(relaxed.judgement.reasons.map((r) => r.kind)).not.toContain('mass');
  });

  it('answers through the dispatcher with spans as offsets into the text asked about, and nothing else of it', async () => {
    const dispatch = worker(createHandlers(db, store, () => now));
    const text = 'Hi [Name], we help companies like yours. Free trial here!';
    const reply = await dispatch({ type: 'guard.context', payload: { recipient: { name: 'Ana' }, text } }, sender);
    expect(reply.ok).toBe(true);
    const { judgement } = PROTOCOL['guard.context'].response.parse(reply.ok && reply.value);
    expect(judgement.level).toBe('warn');
    expect(words(text, judgement)).toEqual(expect.arrayContaining(['[Name]', 'Free trial']));
    // The span's text stays in the worker: the content script highlights in the draft it holds.
    expect(judgement.reasons.flatMap((r) => r.evidence).every((span) => Object.keys(span).join() === 'start,end')).toBe(true);
  });

  it('keeps the answer small for the worst draft the protocol lets through', async () => {
    const dispatch = worker(createHandlers(db, store, () => now));
    // Long blanks first, so that the message quotes them; then every kind of trigger, many times.
    const worst = `Hi ${'_'.repeat(3000)} [Name] {first_name} <nombre> %FNAME% `.repeat(4) + 'free trial, book a demo, our platform, 20% off, calendly.com/x '.repeat(200);
    const text = worst.slice(0, 20_000);
    const reply = await dispatch({ type: 'guard.context', payload: { recipient: { name: 'A'.repeat(200) }, text } }, sender);
    expect(reply).toMatchObject({ ok: true });
    expect(JSON.stringify(reply).length).toBeLessThan(8 * 1024);
  });

  it('judges an invitation note as a first contact, for the invitee the dialog shows', async () => {
    const handlers = createHandlers(db, store, () => now);
    const template = "Hi [Name], I'd like to add you to my professional network on LinkedIn.";
    const { judgement } = await handlers['invite.judge']({ invitee: { name: 'Aoife Brennan', headline: 'Tidal energy engineer', company: 'Marine Labs' }, note: template }, sender);
    expect(judgement.level).toBe('warn');
    expect(judgement.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(['placeholder', 'template', 'new_connection']));
    expect(words(template, JudgementOutput.parse(judgement))).toContain('[Name]');
    const personal = 'Hi Aoife, your talk on tidal sensors at the Cork meetup stayed with me. I would love to stay in touch.';
    expect((await handlers['invite.judge']({ invitee: { name: 'Aoife Brennan' }, note: personal }, sender)).judgement.level).toBe('ok');
  });

  it('the response schema refuses a malformed judgement, and the dispatcher reports it instead of passing it on', async () => {
    const ok = { level: 'ok', lang: 'en', reasons: [], suggestions: [] };
    const reason = { kind: 'pitch', evidence: [{ start: 3, end: 13 }], message: { key: 'guard_reasonPitch', params: ['“free trial”'] } };
    expect(JudgementOutput.safeParse({ ...ok, level: 'warn', reasons: [reason] }).success).toBe(true);
    for (const malformed of [
      { ...ok, level: 'danger' },
      { ...ok, lang: 'de' },
      { ...ok, reasons: undefined },
      { ...ok, reasons: [{ ...reason, kind: 'spam' }] },
      { ...ok, reasons: [{ ...reason, message: { key: 'guard_reasonSomethingElse', params: [] } }] },
      { ...ok, reasons: [{ ...reason, message: { key: 'guard_reasonPitch', params: [{ html: '<b>x</b>' }] } }] },
      { ...ok, reasons: [{ ...reason, message: { key: 'guard_reasonPitch', params: ['x'.repeat(501)] } }] },
      { ...ok, reasons: [{ ...reason, evidence: [{ start: 13, end: 3 }] }] },
      { ...ok, reasons: [{ ...reason, evidence: [{ start: -1, end: 3 }] }] },
      { ...ok, reasons: [{ ...reason, evidence: [{ start: 0.5, end: 3 }] }] },
      { ...ok, reasons: [{ ...reason, evidence: Array.from({ length: 11 }, (_, i) => ({ start: i, end: i + 1 })) }] },
      { ...ok, reasons: Array.from({ length: 9 }, () => reason) },
      { ...ok, suggestions: [{ key: 'guard_suggestGiveFirst' }] },
    ]) {
      expect(JudgementOutput.safeParse(malformed).success, JSON.stringify(malformed).slice(0, 200)).toBe(false);
    }

    const handlers = createHandlers(db, store, () => now);
    const broken = { ...handlers, 'invite.judge': async () => ({ judgement: { ...ok, level: 'danger' } }) } as unknown as typeof handlers;
    const reply = await worker(broken)({ type: 'invite.judge', payload: { invitee: {}, note: 'hi' } }, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/invite\.judge produced an invalid answer \(judgement\.level/u) });
  });

  it('refuses an invitation request out of bounds', async () => {
    const dispatch = worker(createHandlers(db, store, () => now));
    expect(await dispatch({ type: 'invite.judge', payload: { invitee: {}, note: 'x'.repeat(1001) } }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/note/u) });
    expect(await dispatch({ type: 'invite.judge', payload: { invitee: { name: 'x'.repeat(301) }, note: 'hi' } }, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/invitee\.name/u) });
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
    await handlers['thread.seen']({ url: `${page}?commentUrn=x`, link: page, thread }, onThread);
    await handlers['thread.seen']({ url: page, link: page, thread }, onThread);
    expect(session['tab:3']).toMatchObject({ threads: ['urn:li:activity:7000000000000000001'] });
    expect(await db.sightings.count()).toBe(2);
    // A report from a page the tab no longer shows records the sightings but does not touch the tab.
    await handlers['thread.seen']({ url: 'https://www.linkedin.com/feed/', link: 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000002/', thread: { ...thread, id: 'urn:li:activity:7000000000000000002' } }, onThread);
    expect(session['tab:3']).toMatchObject({ threads: ['urn:li:activity:7000000000000000001'] });

    // The connect nudge's openings: where the user saw someone, newest first.
    expect(await handlers['person.threads']({ person: { memberId: 'ACoAAOmar' } }, onThread)).toEqual({ threads: [{ title: 'On remote teams', authorName: undefined }, { title: 'On remote teams', authorName: undefined }] });
    expect(await handlers['person.threads']({ person: { slug: 'nobody' } }, onThread)).toEqual({ threads: [] });

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
    expect(session['tab:3']).toMatchObject({ focus: { contactId: 'nadia', at: 60 } });
    // A link that gives only the member id of someone kept under their slug opens their own record.
    await recordProfileSeen(db, { slug: 'ana', memberId: 'ACoAAAnaGarcia0123456789abcdef', name: 'Ana' }, 1);
    await handlers['panel.open']({ person: { memberId: 'ACoAAAnaGarcia0123456789abcdef' } }, sender);
    expect(session['tab:3']).toMatchObject({ focus: { contactId: 'ana' } });
    const failing = createHandlers(db, store, () => 61);
    expect(await failing['panel.open']({ person: { slug: 'nadia' } }, sender)).toEqual({ opened: false });
  });
});
