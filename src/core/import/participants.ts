import type { Participant } from './messages';

/*
 * The people an export names, told apart the way its columns allow: by profile slug, by member id (messages'
 * profile links since 2023), or by name alone (older exports, and TO before RECIPIENT PROFILE URLS existed).
 */

/** A person as the export knows them: whatever its rows said, merged. */
export interface Person {
  slug?: string;
  memberId?: string;
  name?: string;
}

/** Who the user is in the export: their own rows are told apart from the other person's by these. */
export type Me = Person;

export const normalName = (name: string | undefined): string => (name ?? '').trim().toLocaleLowerCase().replace(/\s+/gu, ' ');

/** Ids both sides have disagree: then a shared name means two people who share a name. */
function contradicted(a: Person, b: Person): boolean {
  return !!((a.slug && b.slug && a.slug !== b.slug) || (a.memberId && b.memberId && a.memberId !== b.memberId));
}

export function samePerson(a: Person, b: Person): boolean {
  if (a.slug && b.slug) return a.slug === b.slug;
  if (a.memberId && b.memberId) return a.memberId === b.memberId;
  return !!a.name && normalName(a.name) === normalName(b.name);
}

export function isMe(person: Person, me: Me): boolean {
  if (person.slug && me.slug && person.slug.toLowerCase() === me.slug.toLowerCase()) return true;
  if (person.memberId && me.memberId && person.memberId === me.memberId) return true;
  // A name decides only when no id contradicts it (two people may share a name).
  return !contradicted(person, me) && !!person.name && normalName(person.name) === normalName(me.name);
}

export function personOf(p: Participant): Person {
  return { ...(p.slug && { slug: p.slug }), ...(p.memberId && { memberId: p.memberId }), ...(p.name && { name: p.name }) };
}

/** The distinct people of a conversation: rows naming someone by slug, member id or name alone are joined. */
export function people(participants: readonly Participant[]): Person[] {
  const found: Person[] = [];
  for (const p of participants) {
    const person = personOf(p);
    if (!person.slug && !person.memberId && !person.name) continue;
    const same = found.find((known) => samePerson(known, person));
    if (same) {
      same.slug ??= person.slug;
      same.memberId ??= person.memberId;
      same.name ??= person.name;
    } else {
      found.push(person);
    }
  }
  return found;
}
