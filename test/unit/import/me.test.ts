import { describe, expect, it } from 'vitest';
import { guessMe } from '../../../src/core/import/me';
import type { ImportedMessage, Participant } from '../../../src/core/import/messages';
import { readExportText } from '../../../src/core/import/read';
import { build, csvLine, header } from './helpers';

const profile = (slug: string) => `https://www.linkedin.com/in/${slug}`;

/** A 2024 messages.csv row: conversation, sender, recipients (name and slug each). */
function row(conversation: string, from: [string, string], to: [string, string][], text = 'hola'): string {
  return csvLine(
    conversation,
    '',
    from[0],
    profile(from[1]),
    to.map(([name]) => name).join(', '),
    to.map(([, slug]) => profile(slug)).join(', '),
    '2024-12-16 18:24:37 UTC',
    '',
    text,
    'INBOX',
    'No',
    'No',
  );
}

function messagesOf(text: string): ImportedMessage[] {
  const result = readExportText(text);
  if (!result.ok || result.kind !== 'messages') throw new Error('not read as messages');
  return result.records.map(({ record }) => record);
}

const ME: [string, string] = ['Yo Mismo', 'yo-mismo'];
const friends: [string, string][] = Array.from({ length: 12 }, (_, i) => [`Amiga ${i}`, `amiga-${i}`]);

describe('who the user is in messages.csv', () => {
  it('is the one person in every conversation, both as sender and as recipient', () => {
    const rows = friends.flatMap((friend, i) => [row(`c${i}`, ME, [friend]), row(`c${i}`, friend, [ME])]);
    const guess = guessMe(messagesOf(build(header('messages_2024'), rows).text));
    expect(guess.me).toEqual({ name: 'Yo Mismo', slug: 'yo-mismo' });
    expect(guess.conversations).toBe(12);
    expect(guess.candidates[0]).toEqual({ person: { name: 'Yo Mismo', slug: 'yo-mismo' }, conversations: 12 });
    expect(guess.candidates).toHaveLength(5);
  });

  it('counts conversations, not messages: a chatty friend does not outweigh the user', () => {
    const chatty = Array.from({ length: 40 }, (_, i) => row('c0', i % 2 ? ME : friends[0]!, [i % 2 ? friends[0]! : ME]));
    const rest = friends.slice(1).map((friend, i) => row(`c${i + 1}`, friend, [ME]));
    expect(guessMe(messagesOf(build(header('messages_2024'), [...chatty, ...rest]).text)).me).toMatchObject({ slug: 'yo-mismo' });
  });

  it('joins the user named without a link (2021 TO column) with the linked sender', () => {
    const rows = friends.slice(0, 4).flatMap((friend, i) => [
      csvLine(`c${i}`, '', ME[0], profile(ME[1]), friend[0], '2024-12-16 18:24:37 UTC', '', 'hola', 'INBOX'),
      csvLine(`c${i}`, '', friend[0], profile(friend[1]), ME[0], '2024-12-16 19:24:37 UTC', '', 'hey', 'INBOX'),
    ]);
    const guess = guessMe(messagesOf(build(header('messages_2021'), rows).text));
    expect(guess.me).toEqual({ name: 'Yo Mismo', slug: 'yo-mismo' });
    expect(guess.candidates[0]?.conversations).toBe(4);
  });

  it('is not sure with one conversation, or when two people share every conversation, and lists both', () => {
    const one = guessMe(messagesOf(build(header('messages_2024'), [row('c0', ME, [friends[0]!]), row('c0', friends[0]!, [ME])]).text));
    expect(one.me).toBeUndefined();
    expect(one.candidates.map((c) => c.person.slug).sort()).toEqual(['amiga-0', 'yo-mismo']);
    const shared = friends.slice(0, 3).map((friend, i) => row(`c${i}`, ME, [friend, friends[11]!]));
    expect(guessMe(messagesOf(build(header('messages_2024'), shared).text)).me).toBeUndefined();
  });

  it('is not sure when nobody is in nearly all conversations', () => {
    const rows = friends.slice(0, 10).map((friend, i) => row(`c${i}`, i < 8 ? ME : friends[11]!, [friend]));
    const guess = guessMe(messagesOf(build(header('messages_2024'), rows).text));
    expect(guess.me).toBeUndefined();
    expect(guess.candidates[0]).toMatchObject({ person: { slug: 'yo-mismo' }, conversations: 8 });
  });

  it('reads 2018 exports by their DIRECTION column, even from a single message', () => {
    const text = build(header('messages_2018'), [csvLine('Yo Mismo', 'Ana Pérez', '2018-01-08 18:14:00 UTC', '', 'Hola Ana', 'OUTGOING', 'INBOX')]).text;
    expect(guessMe(messagesOf(text)).me).toEqual({ name: 'Yo Mismo' });
    const incoming = build(header('messages_2018'), [csvLine('Ana Pérez', 'Yo Mismo', '2018-01-08 18:14:00 UTC', '', 'Hola', 'INCOMING', 'INBOX')]).text;
    expect(guessMe(messagesOf(incoming)).me).toEqual({ name: 'Yo Mismo' });
  });

  it('keeps the remembered user while they are in the conversations, even where a guess would hesitate', () => {
    const one = messagesOf(build(header('messages_2024'), [row('c0', ME, [friends[0]!]), row('c0', friends[0]!, [ME])]).text);
    expect(guessMe(one, { slug: 'yo-mismo' }).me).toEqual({ name: 'Yo Mismo', slug: 'yo-mismo' });
    // Someone else's export: the remembered user is in none of it, so the guess decides again.
    const theirs = friends.slice(1, 6).map((friend, i) => row(`c${i}`, friends[0]!, [friend]));
    expect(guessMe(messagesOf(build(header('messages_2024'), theirs).text), { slug: 'yo-mismo', name: 'Yo Mismo' }).me).toMatchObject({ slug: 'amiga-0' });
  });

  it('tells two people who share a name apart by their links', () => {
    const namesake: Participant = { name: 'Yo Mismo', slug: 'otro-yo' };
    const messages: ImportedMessage[] = friends.slice(0, 5).map((friend, i) => ({
      conversationId: `c${i}`,
      from: { name: ME[0], slug: ME[1] },
      to: [{ name: friend[0], slug: friend[1] }, ...(i === 0 ? [namesake] : [])],
      toNames: friend[0],
      date: 0,
      text: 'hola',
      isDraft: false,
    }));
    const guess = guessMe(messages);
    expect(guess.me).toEqual({ name: 'Yo Mismo', slug: 'yo-mismo' });
    expect(guess.candidates.find((c) => c.person.slug === 'otro-yo')?.conversations).toBe(1);
  });

  it('has nothing to say about no messages', () => {
    expect(guessMe([])).toEqual({ conversations: 0, candidates: [] });
  });
});
