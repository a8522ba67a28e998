import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seenThreads, type SeenThread, type Thread } from '../../../src/core/model/thread';
import { MAX_MESSAGE_BYTES } from '../../../src/messages/protocol';
import { recordProfileSeen, setStage, tagContact } from '../../../src/storage/contacts';
import { VinculoDb } from '../../../src/storage/db';
import { logInteraction } from '../../../src/storage/interactions';
import { addNote } from '../../../src/storage/notes';
import { lookupPeople } from '../../../src/storage/people';
import { participantsOfThreads, recordThreadSeen, threadCounts, threadsOfPerson } from '../../../src/storage/sightings';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`sightings-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const nadia = { name: 'Nadia Benali-Ortega', slug: 'nadia-benali-ortega', memberId: 'ACoAAN4d1a' };
const omar = { name: 'Omar Haddad 🌍', slug: 'omar-haddad' };
const url = (n: number) => `https://www.linkedin.com/feed/update/urn:li:activity:70000000000000000${n}/`;

function thread(n: number, comments: { author: typeof nadia | typeof omar | { name: string; memberId: string }; text: string }[]): Thread {
  return {
    id: `urn:li:activity:70000000000000000${n}`,
    author: { name: 'Ada Post', slug: 'ada-post' },
    title: `Post ${n}`,
    comments: comments.map((c, i) => ({ id: `${n}00000${i}`, author: c.author, text: c.text })),
  };
}

async function see(t: Thread, at: number): Promise<void> {
  for (const seen of seenThreads(t)) await recordThreadSeen(db, seen, url(Number(t.id.slice(-1))), at);
}

describe('thread sightings', () => {
  it('one sighting per person per thread: revisits and more loaded comments never count twice', async () => {
    const t1 = thread(1, [{ author: nadia, text: 'First   point\nabout it' }, { author: nadia, text: 'And a second' }, { author: omar, text: 'مرحبا' }]);
    await see(t1, 10);
    await see(t1, 20);
    expect(await db.sightings.count()).toBe(3);
    const mine = await db.sightings.get(`${t1.id}|nadia-benali-ortega`);
    expect(mine).toMatchObject({ comments: 2, excerpt: 'First point about it', firstSeenAt: 10, lastSeenAt: 20, author: false, keys: ['nadia-benali-ortega', 'ACoAAN4d1a'] });
    expect(await db.threads.get(t1.id)).toMatchObject({ participants: 3, title: 'Post 1', authorName: 'Ada Post', firstSeenAt: 10, lastSeenAt: 20, url: url(1) });
    expect((await threadCounts(db, [nadia])).get('nadia-benali-ortega')).toBe(1);
  });

  it('counts distinct threads across slug and member id, and lists threads newest first', async () => {
    await see(thread(1, [{ author: nadia, text: 'a' }]), 1);
    await see(thread(2, [{ author: { name: 'Nadia Benali-Ortega', memberId: 'ACoAAN4d1a' }, text: 'b' }]), 2);
    await see(thread(3, [{ author: { name: 'Nadia B.', slug: 'nadia-benali-ortega' } as typeof nadia, text: 'c' }, { author: omar, text: 'd' }]), 3);
    const counts = await threadCounts(db, [nadia, omar, { slug: 'nobody-here' }]);
    expect(counts.get('nadia-benali-ortega')).toBe(3);
    expect(counts.get('ACoAAN4d1a')).toBe(3);
    expect(counts.get('omar-haddad')).toBe(1);
    expect(counts.get('nobody-here')).toBe(0);
    expect((await threadsOfPerson(db, { memberId: 'ACoAAN4d1a' })).map((x) => x.thread.title)).toEqual(['Post 3', 'Post 2', 'Post 1']);
  });

  it('a person seen by slug in one thread and by member id in another is one participant once a thread names both', async () => {
    await see(thread(1, [{ author: { name: 'Nadia', slug: 'nadia-benali-ortega' } as typeof nadia, text: 'a' }]), 1);
    await see(thread(2, [{ author: { name: 'Nadia', memberId: 'ACoAAN4d1a' }, text: 'b' }]), 2);
    await see(thread(3, [{ author: nadia, text: 'c' }]), 3);
    const people = await participantsOfThreads(db, [1, 2, 3].map((n) => `urn:li:activity:70000000000000000${n}`));
    expect(people.filter((p) => p.name.startsWith('Nadia'))).toHaveLength(1);
    expect(people.find((p) => p.name.startsWith('Nadia'))?.comments).toBe(3);
  });

  it('participants of the threads on a page: each person once, the author marked', async () => {
    await see(thread(1, [{ author: nadia, text: 'a' }]), 1);
    await see(thread(2, [{ author: nadia, text: 'b' }, { author: omar, text: 'c' }]), 2);
    const people = await participantsOfThreads(db, ['urn:li:activity:700000000000000001', 'urn:li:activity:700000000000000002']);
    expect(people.map((p) => [p.name, p.comments, p.author]).sort()).toEqual([
      ['Ada Post', 0, true],
      ['Nadia Benali-Ortega', 2, false],
      ['Omar Haddad 🌍', 1, false],
    ]);
  });

  it('a thread of 3,000 commenters is recorded in messages of at most 60 people, all of them kept', async () => {
    const many = thread(4, Array.from({ length: 3000 }, (_, i) => ({ author: { name: `Person ${i}`, slug: `person-${i}` } as typeof nadia, text: `comment ${i}` })));
    const chunks = seenThreads(many);
    expect(chunks).toHaveLength(51);
    expect(chunks.every((c) => c.participants.length <= 60)).toBe(true);
    // The largest a message can be (names, slugs, excerpts at their longest, all escaped) stays under the limit.
    const worst = { ...chunks[0]!, participants: Array.from({ length: 60 }, () => ({ name: '"'.repeat(200), slug: `${'é'.repeat(99)}x`, memberId: `ACoAA${'"'.repeat(75)}`, author: false, comments: 9999, excerpt: '\\'.repeat(121) })) };
    expect(JSON.stringify({ type: 'thread.seen', payload: { url: 'https://www.linkedin.com/feed/', link: 'https://www.linkedin.com/feed/', thread: worst } }).length).toBeLessThan(MAX_MESSAGE_BYTES);
    await see(many, 5);
    expect(await db.sightings.where('threadId').equals(many.id).count()).toBe(3001);
    expect((await db.threads.get(many.id))?.participants).toBe(3001);
  });

  it('a commenter known by name only is not recorded (a name alone cannot be told from a namesake)', () => {
    const chunks: SeenThread[] = seenThreads(thread(5, [{ author: { name: 'Just A Name' } as typeof nadia, text: 'x' }]));
    expect(chunks[0]?.participants.map((p) => p.name)).toEqual(['Ada Post']);
  });
});

describe('people lookup (history badges)', () => {
  it('summarises only people with a history: note, interaction, tag, stage, or recurring participant', async () => {
    await recordProfileSeen(db, { slug: 'just-visited', name: 'Just Visited' }, 1);
    await recordProfileSeen(db, { slug: 'ana', memberId: 'ACoAAAna', name: 'Ana' }, 1);
    await addNote(db, 'ana', 'Met at the Madrid meetup, loves tapas and TypeScript. '.repeat(5), 2);
    await logInteraction(db, 'ana', { kind: 'call', day: '2026-11-01', text: '' }, 3);
    await logInteraction(db, 'ana', { kind: 'message', day: '2026-11-20', text: 'hi' }, 4);
    await logInteraction(db, 'ana', { kind: 'comment', day: '2026-10-01', text: '' }, 5);
    await setStage(db, 'bea', 'conversation', 6);
    await tagContact(db, 'carl', 'Madrid', 7);
    for (const n of [1, 2, 3]) await see(thread(n, [{ author: nadia, text: 'x' }]), n);
    for (const n of [1, 2]) await see(thread(n, [{ author: omar, text: 'x' }]), n);

    const asked = [{ slug: 'ana' }, { memberId: 'ACoAAAna' }, { slug: 'just-visited' }, { slug: 'bea' }, { slug: 'carl' }, { memberId: 'ACoAAN4d1a' }, { slug: 'omar-haddad' }, { slug: 'stranger' }];
    const [ana, anaByMember, visited, bea, carl, nadiaSummary, omarSummary, stranger] = await lookupPeople(db, asked, 3);
    expect(ana).toMatchObject({ contactId: 'ana', name: 'Ana', stage: 'contact', notes: 1, lastInteraction: { kind: 'message', day: '2026-11-20' }, threads: 0, recurring: false });
    expect(ana?.latestNote).toHaveLength(141);
    expect(ana?.latestNote?.endsWith('…')).toBe(true);
    expect(anaByMember).toEqual(ana);
    expect(visited).toBeNull();
    expect(bea).toMatchObject({ stage: 'conversation', notes: 0 });
    expect(carl).toMatchObject({ tags: ['Madrid'] });
    expect(nadiaSummary).toMatchObject({ contactId: undefined, threads: 3, recurring: true });
    expect(omarSummary).toBeNull();
    expect(stranger).toBeNull();
    // The threshold is the user's setting.
    expect((await lookupPeople(db, [{ slug: 'omar-haddad' }], 2))[0]).toMatchObject({ threads: 2, recurring: true });
  });

  it('an empty note is not a history', async () => {
    await addNote(db, 'dan', '   ', 1);
    expect(await lookupPeople(db, [{ slug: 'dan' }], 3)).toEqual([null]);
  });
});
