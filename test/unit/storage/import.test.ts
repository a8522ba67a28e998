import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportedConnection } from '../../../src/core/import/connections';
import type { ImportedInvitation } from '../../../src/core/import/invitations';
import type { ImportedMessage, Participant } from '../../../src/core/import/messages';
import type { Located } from '../../../src/core/import/read';
import { setStage, tagContact, recordProfileSeen, ensureRecipient } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { importConnections, importInvitations, importMessages, localMidnight, stableUuid } from '../../../src/storage/import';
import { logInteraction, timelineOf } from '../../../src/storage/interactions';
import { addNote, notesOf } from '../../../src/storage/notes';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const now = Date.UTC(2026, 10, 23, 12);
const later = now + 86_400_000;

function connection(line: number, over: Partial<ImportedConnection> & { name: string }): Located<ImportedConnection> {
  const [firstName = '', lastName = ''] = over.name.split(' ');
  return { line, record: { firstName, lastName, connectedOn: '2024-12-16', ...over } };
}

async function snapshot() {
  return {
    contacts: await db.contacts.orderBy('id').toArray(),
    interactions: await db.interactions.orderBy('id').toArray(),
    notes: await db.notes.orderBy('id').toArray(),
  };
}

describe('importConnections', () => {
  const file = [
    connection(4, { name: 'Ana Pérez', slug: 'ana-perez', company: 'Acme', position: 'CTO', connectedOn: '2024-12-16' }),
    connection(5, { name: 'Bea Ruiz', slug: 'bea-ruiz', connectedOn: '2023-03-26' }),
    connection(6, { name: 'Cris Gil', memberId: 'ACoAAcris1', company: 'Globex' }),
    connection(7, { name: 'Dani Sanz' }),
  ];

  it('creates contacts with the profile fields and connectedAt at local midnight of Connected On', async () => {
    const report = await importConnections(db, file, now);
    // Dani's row has no link (Connections.csv before 2022): kept by name.
    expect(report).toEqual({ imported: 4, merged: 0, unchanged: 0, skipped: [] });
    expect(await db.contacts.get('~dani-sanz')).toMatchObject({ profile: { name: 'Dani Sanz' }, connectedAt: new Date(2024, 11, 16).getTime() });
    const ana = await db.contacts.get('ana-perez');
    expect(ana).toMatchObject({ profile: { name: 'Ana Pérez', company: 'Acme', position: 'CTO' }, stage: 'contact', tags: [], createdAt: now });
    expect(ana?.connectedAt).toBe(new Date(2024, 11, 16).getTime());
    // A day that crosses a DST change in many zones still lands on local midnight.
    expect(new Date((await db.contacts.get('bea-ruiz'))!.connectedAt!).getHours()).toBe(0);
    expect(localMidnight('2023-03-26')).toBe(new Date(2023, 2, 26).getTime());
  });

  it('keeps a member-id-only record under its member id', async () => {
    await importConnections(db, file, now);
    expect(await db.contacts.get('ACoAAcris1')).toMatchObject({ id: 'ACoAAcris1', memberId: 'ACoAAcris1', profile: { name: 'Cris Gil', company: 'Globex' } });
  });

  it('is idempotent: a second import changes nothing, not even updatedAt', async () => {
    await importConnections(db, file, now);
    const before = await snapshot();
    const report = await importConnections(db, file, later);
    expect(report).toMatchObject({ imported: 0, merged: 0, unchanged: 4, skipped: [] });
    expect(await snapshot()).toEqual(before);
  });

  it('an older export kept by name is taken over by a newer one with links, with what the user wrote', async () => {
    const old = [connection(2, { name: 'Ana Pérez', company: 'Acme', connectedOn: '2019-05-01' }), connection(3, { name: 'Bea Ruiz', connectedOn: '2020-01-02' })];
    await importConnections(db, old, now);
    await tagContact(db, '~ana-perez', 'mentor', now);
    await addNote(db, '~ana-perez', 'Met at the 2019 meetup', now);
    await logInteraction(db, '~ana-perez', { kind: 'call', day: '2020-02-02', text: '' }, now);

    const report = await importConnections(db, [connection(2, { name: 'Ana Pérez', slug: 'ana-perez', position: 'CTO', connectedOn: '2019-05-01' })], later);
    expect(report).toMatchObject({ imported: 0, merged: 1, skipped: [] });
    expect(await db.contacts.get('~ana-perez')).toBeUndefined();
    expect(await db.contacts.get('ana-perez')).toMatchObject({ tags: ['mentor'], profile: { name: 'Ana Pérez', company: 'Acme', position: 'CTO' }, connectedAt: new Date(2019, 4, 1).getTime() });
    expect((await notesOf(db, 'ana-perez')).map((n) => n.text)).toEqual(['Met at the 2019 meetup']);
    expect(await db.activity.get('ana-perez')).toMatchObject({ callDay: '2020-02-02' });
    expect(await db.contacts.get('~bea-ruiz')).toBeDefined();
  });

  it('merges repeated rows of one file into one contact', async () => {
    const report = await importConnections(db, [...file.slice(0, 1), connection(9, { name: 'Ana P', slug: 'ana-perez', company: 'Other' })], now);
    expect(report).toMatchObject({ imported: 1, merged: 0, unchanged: 1 });
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.get('ana-perez'))?.profile.company).toBe('Acme');
  });

  it('never overwrites what the user wrote or what a profile showed; fills only what is empty', async () => {
    await recordProfileSeen(db, { slug: 'ana-perez', name: 'Ana Pérez Gómez', company: 'Initech', headline: 'Builds things', degree: '1st' }, now - 10);
    await setStage(db, 'ana-perez', 'relationship', now - 5);
    await tagContact(db, 'ana-perez', 'mentor', now - 5);
    const note = await addNote(db, 'ana-perez', 'Met at the conference', now - 5);
    const report = await importConnections(db, file.slice(0, 1), now);
    expect(report).toMatchObject({ imported: 0, merged: 1, unchanged: 0 });
    const ana = await db.contacts.get('ana-perez');
    expect(ana).toMatchObject({
      stage: 'relationship',
      tags: ['mentor'],
      profile: { name: 'Ana Pérez Gómez', company: 'Initech', headline: 'Builds things', position: 'CTO' },
      connectedAt: localMidnight('2024-12-16'),
      updatedAt: now,
    });
    expect(await db.notes.where('contactId').equals('ana-perez').toArray()).toEqual([note]);
  });

  it('sets connectedAt from the file only when it is not already set', async () => {
    await recordProfileSeen(db, { slug: 'bea-ruiz', name: 'Bea Ruiz', degree: '2nd' }, now - 20);
    await recordProfileSeen(db, { slug: 'bea-ruiz', name: 'Bea Ruiz', degree: '1st' }, now - 10); // accepted under our eyes
    await importConnections(db, file.slice(1, 2), now);
    expect((await db.contacts.get('bea-ruiz'))?.connectedAt).toBe(now - 10);
    const report = await importConnections(db, [connection(5, { name: 'Bea Ruiz', slug: 'bea-ruiz', connectedOn: '2020-01-01' })], later);
    expect(report).toMatchObject({ merged: 0, unchanged: 1 });
  });

  it('finds a contact known only by member id (from a message) and adds the connection to it', async () => {
    await ensureRecipient(db, { memberId: 'ACoAAcris1', name: 'Cris' }, now - 10);
    await tagContact(db, 'ACoAAcris1', 'client', now - 5);
    const report = await importConnections(db, file.slice(2, 3), now);
    expect(report).toMatchObject({ imported: 0, merged: 1 });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.get('ACoAAcris1')).toMatchObject({ tags: ['client'], profile: { name: 'Cris', company: 'Globex' }, connectedAt: localMidnight('2024-12-16') });
  });

  it('reports rows that do not make a valid contact with their line, and goes on', async () => {
    const report = await importConnections(db, [connection(3, { name: 'X Y', slug: 'a b' }), file[0]!], now);
    expect(report.imported).toBe(1);
    expect(report.skipped).toEqual([{ line: 3, code: 'invalid', details: [expect.stringMatching(/^id: /u)], reason: expect.stringMatching(/^Not a valid contact \(id: .*slug/u) }]);
  });

  it('imports 30,000 connections in bounded transactions, reporting progress (timing printed)', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) =>
      connection(i + 4, { name: `Person ${i}`, slug: `person-${i}`, company: `Company ${i % 500}`, position: 'Engineer', connectedOn: '2022-05-01' }),
    );
    const progress: number[] = [];
    let t = performance.now();
    const first = await importConnections(db, rows, now, { onProgress: (done) => progress.push(done) });
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await importConnections(db, rows, later);
    const againMs = performance.now() - t;
    console.log(`30,000 connections under fake-indexeddb: first import ${firstMs.toFixed(0)} ms, re-import ${againMs.toFixed(0)} ms`);
    expect(first).toMatchObject({ imported: 30_000, merged: 0, skipped: [] });
    expect(again).toMatchObject({ imported: 0, merged: 0, unchanged: 30_000 });
    expect(progress).toHaveLength(15);
    expect(progress.at(-1)).toBe(30_000);
    expect(await db.contacts.count()).toBe(30_000);
  }, 120_000);

  it('merges into a contact another page created during the import, instead of overwriting it', async () => {
    const rows = Array.from({ length: 4 }, (_, i) => connection(i + 2, { name: `P ${i}`, slug: `p-${i}`, company: 'Acme' }));
    const written: Promise<unknown>[] = [];
    const report = await importConnections(db, rows, now, {
      batchSize: 2,
      // Between the two batches, the worker records a visit to p-3's profile and the user tags them.
      onProgress: (done) => {
        if (done === 2) written.push(db.contacts.add({ id: 'p-3', profile: { name: 'Pat Three' }, stage: 'conversation', tags: ['met'], createdAt: 1, updatedAt: 1 }));
      },
    });
    await Promise.all(written);
    expect(report).toMatchObject({ imported: 3, merged: 1, unchanged: 0, skipped: [] });
    expect(await db.contacts.get('p-3')).toMatchObject({ profile: { name: 'Pat Three', company: 'Acme' }, stage: 'conversation', tags: ['met'], createdAt: 1 });
  });

  it('stops between batches when aborted, keeping the batches already written', async () => {
    const controller = new AbortController();
    const rows = Array.from({ length: 10 }, (_, i) => connection(i + 2, { name: `P ${i}`, slug: `p-${i}` }));
    const run = importConnections(db, rows, now, { batchSize: 4, signal: controller.signal, onProgress: (done) => done === 4 && controller.abort() });
    await expect(run).rejects.toThrow();
    expect(await db.contacts.count()).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const me = { slug: 'yo-mismo', memberId: 'ACoAAme', name: 'Yo Mismo' };
const I: Participant = { name: 'Yo Mismo', slug: 'yo-mismo' };
const ana: Participant = { name: 'Ana Pérez', slug: 'ana-perez' };
const bea: Participant = { name: 'Bea Ruiz', memberId: 'ACoAAbea' };
const cris: Participant = { name: 'Cris Gil', slug: 'cris-gil' };

function message(line: number, over: Partial<ImportedMessage> & Pick<ImportedMessage, 'from' | 'to' | 'date' | 'text'>): Located<ImportedMessage> {
  return { line, record: { conversationId: 'conv-1', toNames: over.to.map((p) => p.name).join(', '), isDraft: false, ...over } };
}

const pitch = 'Hi Ana, I run a small agency that helps teams like yours get more qualified leads every month. Would you have fifteen minutes this week for a quick call?';
const at = (day: number, hour: number) => new Date(2024, 11, day, hour).getTime();

const thread = [
  message(2, { conversationId: 'c-ana', from: I, to: [ana], date: at(16, 9), text: pitch }),
  message(3, { conversationId: 'c-ana', from: ana, to: [I], date: at(16, 23), text: 'Sure, how about Thursday?' }),
  message(4, { conversationId: 'c-bea', from: bea, to: [I], date: at(17, 8), text: 'Thanks for connecting!' }),
  message(5, { conversationId: 'c-group', conversationTitle: 'Planning', from: ana, to: [I, cris], date: at(18, 10), text: 'Hello both' }),
  message(6, { conversationId: 'c-group', from: I, to: [ana, cris], date: at(18, 11), text: 'Hi!' }),
  message(7, { conversationId: 'c-ana', from: I, to: [ana], date: at(19, 10), text: 'draft…', isDraft: true }),
];

describe('importMessages', () => {
  it('attaches each 1:1 message to the other person, in both directions, on its local day', async () => {
    await importConnections(db, [connection(2, { name: 'Ana Pérez', slug: 'ana-perez' })], now);
    const report = await importMessages(db, thread, me, at(20, 12), { textMode: 'full' });
    expect(report).toMatchObject({ imported: 3, unchanged: 0, contactsCreated: 1 });
    const timeline = await timelineOf(db, 'ana-perez');
    expect(timeline.map((i) => [i.day, i.text])).toEqual([
      ['2024-12-16', 'Sure, how about Thursday?'],
      ['2024-12-16', pitch],
    ]);
    // What the user sent carries the fingerprint the mass-message check learns from; what they received does not.
    expect(timeline[1]?.fingerprint).toBeTruthy();
    expect(timeline[0]?.fingerprint).toBeUndefined();
    expect(timeline[1]?.createdAt).toBe(at(16, 9));
    // Bea was not a contact: created under her member id, with her name.
    expect(await db.contacts.get('ACoAAbea')).toMatchObject({ memberId: 'ACoAAbea', profile: { name: 'Bea Ruiz' }, stage: 'contact' });
    expect((await timelineOf(db, 'ACoAAbea')).map((i) => i.text)).toEqual(['Thanks for connecting!']);
    expect(await db.contacts.get('yo-mismo')).toBeUndefined();
    expect(await db.contacts.get('cris-gil')).toBeUndefined();
  });

  it('skips group conversations and drafts, reporting each row with its line', async () => {
    const report = await importMessages(db, thread, me, now, { textMode: 'full' });
    expect(report.skipped).toEqual([
      { line: 5, code: 'group-conversation', details: ['2'], reason: expect.stringContaining('group conversation (2 other people)') },
      { line: 6, code: 'group-conversation', details: ['2'], reason: expect.stringContaining('group conversation') },
      { line: 7, code: 'draft', reason: 'A draft, never sent.' },
    ]);
  });

  it('never duplicates on re-import, and re-import writes nothing', async () => {
    await importMessages(db, thread, me, now, { textMode: 'snippet' });
    const before = await snapshot();
    const again = await importMessages(db, [...thread, thread[0]!], me, later, { textMode: 'snippet' });
    expect(again).toMatchObject({ imported: 0, unchanged: 4, contactsCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('fingerprints only sent messages the mass-message check can still count (the last 365 days)', async () => {
    const sent = (line: number, date: number) => message(line, { conversationId: `c-${line}`, from: I, to: [ana], date, text: `${pitch} ${line}` });
    const rows = [sent(2, at(16, 9)), sent(3, at(16, 9) - 364 * 86_400_000), sent(4, at(16, 9) - 366 * 86_400_000)];
    await importMessages(db, rows, me, at(16, 12), { textMode: 'full' });
    const timeline = await timelineOf(db, 'ana-perez');
    expect(timeline.map((i) => [i.day, !!i.fingerprint, i.bands?.length ?? 0])).toEqual([
      ['2024-12-16', true, 16],
      ['2023-12-18', true, 16],
      ['2023-12-16', false, 0],
    ]);
  });

  it('a newer export linking people by member id instead of slug re-imports without duplicates', async () => {
    await importMessages(db, thread.slice(0, 2), me, now, { textMode: 'full' });
    const relinked = thread.slice(0, 2).map(({ line, record }) => ({
      line,
      record: {
        ...record,
        from: record.from.slug === 'ana-perez' ? { name: 'Ana Pérez', memberId: 'ACoAAana' } : record.from,
        to: record.to.map((p) => (p.slug === 'ana-perez' ? { name: 'Ana Pérez', memberId: 'ACoAAana' } : p)),
      },
    }));
    const report = await importMessages(db, relinked, me, now, { textMode: 'full' });
    expect(report).toMatchObject({ imported: 0, unchanged: 2 });
    expect(await db.interactions.count()).toBe(2);
  });

  it('counts a message another import wrote meanwhile as already there', async () => {
    const rows = thread.slice(0, 3);
    const reply = rows[1]!.record;
    const id = await stableUuid(JSON.stringify(['c:c-ana', reply.date, 'in', reply.text]));
    const written: Promise<unknown>[] = [];
    const report = await importMessages(db, rows, me, now, {
      batchSize: 1,
      textMode: 'full',
      // After the first batch, another page writes the second row (the same id: the same export).
      onProgress: (done) => {
        if (done === 1) {
          written.push(db.interactions.add({ id, contactId: 'ana-perez', kind: 'message', direction: 'in', day: '2024-12-16', text: reply.text, createdAt: 1, updatedAt: 1 }));
        }
      },
    });
    await Promise.all(written);
    expect(report).toMatchObject({ imported: 2, unchanged: 1, skipped: [] });
    expect(await db.interactions.count()).toBe(3);
    expect((await db.interactions.get(id))?.createdAt).toBe(1);
  });

  it('keeps text as the sentMessageText setting says (snippet by default)', async () => {
    await importMessages(db, thread.slice(0, 1), me, now);
    expect((await timelineOf(db, 'ana-perez'))[0]?.text).toMatch(/^Hi Ana, I run a small agency.*…$/u);
    await db.interactions.clear();
    await importMessages(db, thread.slice(0, 1), me, now, { textMode: 'none' });
    expect((await timelineOf(db, 'ana-perez'))[0]?.text).toBe('');
  });

  it('finds a contact known by member id when the message links the member id', async () => {
    await recordProfileSeen(db, { slug: 'bea-ruiz', memberId: 'ACoAAbea', name: 'Bea Ruiz' }, now);
    const report = await importMessages(db, thread.slice(2, 3), me, now);
    expect(report).toMatchObject({ imported: 1, contactsCreated: 0 });
    expect(await timelineOf(db, 'bea-ruiz')).toHaveLength(1);
  });

  it('a 2023+ message linking only the member id finds the Connections.csv contact (slug) of that one name, which learns the id', async () => {
    await importConnections(db, [connection(2, { name: 'Bea Ruiz', slug: 'bea-ruiz' }), connection(3, { name: 'Dan Twin', slug: 'dan-twin-1' }), connection(4, { name: 'Dan Twin', slug: 'dan-twin-2' })], now);
    const dan: Participant = { name: 'Dan Twin', memberId: 'ACoAAdan' };
    const rows = [
      ...thread.slice(2, 3),
      message(7, { conversationId: 'c-bea', from: I, to: [bea], date: at(17, 9), text: 'Welcome!' }),
      message(8, { conversationId: 'c-dan', from: dan, to: [I], date: at(17, 10), text: 'Hi' }),
    ];
    const report = await importMessages(db, rows, me, now, { textMode: 'full', batchSize: 2 });
    // Bea: no second contact under her member id; her contact now knows it. Dan: two contacts share the name, so a new one.
    expect(report).toMatchObject({ imported: 3, contactsCreated: 1 });
    expect(await db.contacts.get('ACoAAbea')).toBeUndefined();
    expect(await db.contacts.get('bea-ruiz')).toMatchObject({ memberId: 'ACoAAbea' });
    expect((await timelineOf(db, 'bea-ruiz')).map((i) => i.text).sort()).toEqual(['Thanks for connecting!', 'Welcome!']);
    expect(await db.contacts.get('ACoAAdan')).toMatchObject({ profile: { name: 'Dan Twin' } });
    // A contact with another member id is not them.
    await importMessages(db, [message(9, { conversationId: 'c-bea2', from: { name: 'Bea Ruiz', memberId: 'ACoAAother' }, to: [I], date: at(18, 9), text: 'Other Bea' })], me, now, { textMode: 'full' });
    expect(await db.contacts.get('ACoAAother')).toMatchObject({ profile: { name: 'Bea Ruiz' } });
  });

  it('resolves a 2021-style recipient named without a link from the other rows of the conversation', async () => {
    const rows = [
      message(2, { conversationId: 'c-9', from: { name: 'Yo Mismo', slug: 'yo-mismo' }, to: [{ name: 'Cris Gil' }], date: at(10, 9), text: 'Hola Cris' }),
      message(3, { conversationId: 'c-9', from: cris, to: [{ name: 'Yo Mismo' }], date: at(10, 10), text: 'Hola!' }),
    ];
    const report = await importMessages(db, rows, me, now, { textMode: 'full' });
    expect(report).toMatchObject({ imported: 2, skipped: [] });
    expect((await timelineOf(db, 'cris-gil')).map((i) => i.text).sort()).toEqual(['Hola Cris', 'Hola!']);
  });

  it('matches a 2018-style row without links to the one contact of that name, or reports it', async () => {
    await importConnections(db, [connection(2, { name: 'Ana Pérez', slug: 'ana-perez' })], now);
    const rows = [
      { line: 2, record: { from: { name: 'Yo Mismo' }, toNames: 'Ana Pérez', to: [{ name: 'Ana Pérez' }], date: at(1, 9), text: 'Hola Ana', direction: 'OUTGOING', isDraft: false } },
      { line: 3, record: { from: { name: 'Zoe Unknown' }, toNames: 'Yo Mismo', to: [{ name: 'Yo Mismo' }], date: at(1, 10), text: 'Hi', direction: 'INCOMING', isDraft: false } },
    ];
    const report = await importMessages(db, rows, me, now, { textMode: 'full' });
    expect(report.imported).toBe(1);
    expect(report.skipped).toEqual([{ line: 3, code: 'unknown-person', details: ['Zoe Unknown'], reason: expect.stringContaining('No profile link for Zoe Unknown') }]);
    expect((await timelineOf(db, 'ana-perez')).map((i) => i.text)).toEqual(['Hola Ana']);
  });

  it('derives a stable version-5 UUID from the message', async () => {
    const a = await stableUuid('x');
    expect(a).toBe(await stableUuid('x'));
    expect(a).not.toBe(await stableUuid('y'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });
});

// ---------------------------------------------------------------------------------------------------------------

function invitation(line: number, over: Partial<ImportedInvitation> & Pick<ImportedInvitation, 'from' | 'to' | 'direction'>): Located<ImportedInvitation> {
  return { line, record: { sentAt: at(15, 7), message: '', ...over } };
}

const invitations = [
  // Sent, with a note, to someone already known from Connections.csv.
  invitation(2, { from: 'Yo Mismo', to: 'Ana Pérez', direction: 'OUTGOING', message: 'Hola Ana, loved your talk on research ops.', inviteeSlug: 'ana-perez', inviterSlug: 'yo-mismo' }),
  // Received, from someone unknown: created under the slug of the inviter's link.
  invitation(3, { from: 'Dana Ortiz', to: 'Yo Mismo', direction: 'INCOMING', message: 'Nos vimos en Madrid', sentAt: at(16, 8), inviterSlug: 'dana-ortiz', inviteeSlug: 'yo-mismo' }),
  // Sent without a note, to someone known only by member id.
  invitation(4, { from: 'Yo Mismo', to: 'Bea Ruiz', direction: 'OUTGOING', sentAt: at(17, 9), inviteeMemberId: 'ACoAAbea' }),
  // 2018 style: names only. Cris has a single contact by that name; Zoe has none.
  invitation(5, { from: 'Cris Gil', to: 'Yo Mismo', direction: 'INCOMING', sentAt: at(18, 9) }),
  invitation(6, { from: 'Yo Mismo', to: 'Zoe Unknown', direction: 'OUTGOING', sentAt: at(19, 9) }),
];

describe('importInvitations', () => {
  it("puts each invitation on the other person's timeline, out when sent and in when received", async () => {
    await importConnections(db, [connection(2, { name: 'Ana Pérez', slug: 'ana-perez' }), connection(3, { name: 'Cris Gil', slug: 'cris-gil' })], now);
    const report = await importInvitations(db, invitations, now, { textMode: 'full' });
    expect(report).toEqual({
      imported: 4,
      unchanged: 0,
      contactsCreated: 2,
      skipped: [{ line: 6, code: 'unknown-person', details: ['Zoe Unknown'], reason: expect.stringContaining('No profile link for Zoe Unknown') }],
    });
    expect(await timelineOf(db, 'ana-perez')).toMatchObject([
      { kind: 'invitation', direction: 'out', day: '2024-12-15', text: 'Hola Ana, loved your talk on research ops.', createdAt: at(15, 7) },
    ]);
    expect(await timelineOf(db, 'dana-ortiz')).toMatchObject([{ kind: 'invitation', direction: 'in', text: 'Nos vimos en Madrid' }]);
    expect(await timelineOf(db, 'ACoAAbea')).toMatchObject([{ kind: 'invitation', direction: 'out', text: '' }]);
    expect(await timelineOf(db, 'cris-gil')).toMatchObject([{ kind: 'invitation', direction: 'in' }]);
    expect(await db.contacts.get('dana-ortiz')).toMatchObject({ profile: { name: 'Dana Ortiz' }, stage: 'contact', tags: [] });
    expect(await db.contacts.get('ACoAAbea')).toMatchObject({ memberId: 'ACoAAbea', profile: { name: 'Bea Ruiz' } });
    expect(await db.contacts.get('yo-mismo')).toBeUndefined();
    // The activity rows count them, but an invitation is no real interaction: no "last interaction" from it.
    expect(await db.activity.get('ana-perez')).toEqual({ contactId: 'ana-perez', count: 1 });
  });

  it('never duplicates on re-import, and re-import writes nothing', async () => {
    await importInvitations(db, invitations, now);
    const before = await snapshot();
    const activity = await db.activity.orderBy('contactId').toArray();
    const again = await importInvitations(db, [...invitations, invitations[0]!], later);
    // Cris and Zoe, named without a link and matching no contact, are skipped both times.
    expect(again).toMatchObject({ imported: 0, unchanged: 4, contactsCreated: 0 });
    expect(again.skipped.map((s) => s.line)).toEqual([5, 6]);
    expect(await snapshot()).toEqual(before);
    expect(await db.activity.orderBy('contactId').toArray()).toEqual(activity);
  });

  it('tells two invitations to the same person apart by their time and direction', async () => {
    const twice = [
      invitation(2, { from: 'Yo Mismo', to: 'Ana Pérez', direction: 'OUTGOING', inviteeSlug: 'ana-perez', sentAt: at(1, 9) }),
      invitation(3, { from: 'Yo Mismo', to: 'Ana Pérez', direction: 'OUTGOING', inviteeSlug: 'ana-perez', sentAt: at(20, 9) }),
      invitation(4, { from: 'Ana Pérez', to: 'Yo Mismo', direction: 'INCOMING', inviterSlug: 'ana-perez', sentAt: at(20, 10) }),
      invitation(5, { from: 'Ana Pérez', to: 'Yo Mismo', direction: 'INCOMING', inviterSlug: 'ana-perez', sentAt: at(20, 9) }),
    ];
    expect(await importInvitations(db, twice, now)).toMatchObject({ imported: 4, contactsCreated: 1 });
    const timeline = (await timelineOf(db, 'ana-perez')).map((i) => `${i.day} ${new Date(i.createdAt).getHours()}h ${i.direction}`);
    expect(timeline.sort()).toEqual(['2024-12-01 9h out', '2024-12-20 10h in', '2024-12-20 9h in', '2024-12-20 9h out']);
  });

  it('keeps the note as the sentMessageText setting says', async () => {
    const long = `${'Hola Ana, '.repeat(20)}fin`;
    await importInvitations(db, [invitation(2, { from: 'Yo', to: 'Ana', direction: 'OUTGOING', inviteeSlug: 'ana-perez', message: long })], now, { textMode: 'snippet' });
    expect((await timelineOf(db, 'ana-perez'))[0]?.text).toMatch(/^Hola Ana, .*…$/u);
  });

  it('stops between batches when aborted, keeping whole batches and reporting what they wrote', async () => {
    const controller = new AbortController();
    const many = Array.from({ length: 10 }, (_, i) =>
      invitation(i + 2, { from: 'Yo', to: `P ${i}`, direction: 'OUTGOING', inviteeSlug: `p-${i}`, sentAt: at(1, 9) + i }),
    );
    const seen: number[] = [];
    const run = importInvitations(db, many, now, {
      batchSize: 4,
      signal: controller.signal,
      onProgress: (done, _total, soFar) => {
        seen.push(soFar.imported);
        if (done === 4) controller.abort();
      },
    });
    await expect(run).rejects.toThrow();
    expect(seen).toEqual([4]);
    expect(await db.interactions.count()).toBe(4);
    expect(await db.contacts.count()).toBe(4);
    expect(await db.activity.count()).toBe(4);
  });
});
