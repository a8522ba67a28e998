import type { ImportedMessage, Participant } from './messages';
import { isMe, normalName, people, type Me, type Person } from './participants';

/*
 * Who the user is in messages.csv. The export names both sides of every message and never says which one is
 * the account's owner; but the owner is in every conversation of their own export, and nobody else is in
 * nearly all of them. 2018 exports say it per row (DIRECTION: OUTGOING / INCOMING).
 */

/** Share of the conversations the guess must be in to stand without asking the user. */
export const NEARLY_ALL = 0.9;
/** A remembered "me" stands while they are in at least this share (an export of another account has them in none). */
export const REMEMBERED_SHARE = 0.5;
const CANDIDATES = 5;
const NAME_MAX = 200;

export interface MeCandidate {
  person: Person;
  /** Conversations they are in. */
  conversations: number;
}

export interface MeGuess {
  /** Conversations in the messages. */
  conversations: number;
  /** The people in the most conversations, most first: what the user picks from when the guess is not sure. */
  candidates: MeCandidate[];
  /** Who the user is, when that is sure: the remembered one still there, or the one in nearly all conversations. */
  me?: Me;
}

/** People seen across conversations, joined by slug, member id, or name when no id contradicts. */
class Tally {
  readonly all: MeCandidate[] = [];
  private readonly bySlug = new Map<string, MeCandidate>();
  private readonly byMemberId = new Map<string, MeCandidate>();
  private readonly byName = new Map<string, MeCandidate>();

  find(person: Person): MeCandidate {
    const name = normalName(person.name);
    let found = (person.slug && this.bySlug.get(person.slug)) || (person.memberId && this.byMemberId.get(person.memberId)) || undefined;
    if (!found && name) {
      const named = this.byName.get(name);
      if (named && !(person.slug && named.person.slug) && !(person.memberId && named.person.memberId)) found = named;
    }
    if (!found) {
      found = { person: {}, conversations: 0 };
      this.all.push(found);
    }
    const known = found.person;
    known.slug ??= person.slug;
    known.memberId ??= person.memberId;
    known.name ??= person.name?.slice(0, NAME_MAX);
    if (known.slug) this.bySlug.set(known.slug, found);
    if (known.memberId) this.byMemberId.set(known.memberId, found);
    if (name && !this.byName.has(name)) this.byName.set(name, found);
    return found;
  }
}

/** The side of a row the user is on, when the row says (2018); else everyone in it. */
function candidatesOf(message: ImportedMessage): readonly Participant[] {
  const direction = message.direction?.toUpperCase();
  if (direction === 'OUTGOING') return [message.from];
  if (direction === 'INCOMING') return message.to;
  return [message.from, ...message.to];
}

const defined = (person: Person): Me =>
  Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined)) as Me;

export function guessMe(messages: Iterable<ImportedMessage>, remembered?: Me): MeGuess {
  const conversations = new Map<string, Participant[]>();
  let row = 0;
  for (const message of messages) {
    // 2018 exports have no conversation id: each row is its own.
    const key = message.conversationId ?? `row ${row++}`;
    const list = conversations.get(key);
    if (list) list.push(...candidatesOf(message));
    else conversations.set(key, [...candidatesOf(message)]);
  }
  const tally = new Tally();
  for (const participants of conversations.values()) {
    const present = new Set(people(participants).map((person) => tally.find(person)));
    for (const candidate of present) candidate.conversations++;
  }
  const total = conversations.size;
  const ranked = tally.all.sort((a, b) => b.conversations - a.conversations);
  const candidates = ranked.slice(0, CANDIDATES).map(({ person, conversations: n }) => ({ person: defined(person), conversations: n }));
  const guess: MeGuess = { conversations: total, candidates };
  if (total === 0) return guess;

  if (remembered && (remembered.slug || remembered.memberId || remembered.name)) {
    const still = ranked.find((candidate) => isMe(candidate.person, remembered));
    if (still && still.conversations >= REMEMBERED_SHARE * total) return { ...guess, me: defined({ ...still.person, ...defined(remembered) }) };
  }
  const [first, second] = ranked;
  if (first && first.conversations >= NEARLY_ALL * total && (second?.conversations ?? 0) < first.conversations / 2) {
    return { ...guess, me: defined(first.person) };
  }
  return guess;
}
