import type { Activity } from '../model/activity';
import type { Contact } from '../model/contact';
import type { Day } from '../model/interaction';
import { fold } from '../model/fold';
import type { Stage } from '../model/stage';
import { addDays, dayOf } from './cadence';
import { isRecurring } from './recurring';

/*
 * F8, reviewing the network: one flat row per contact with everything the list shows, filters on and sorts by,
 * computed once when the data loads, so that filtering 30,000 rows is a plain pass over an array.
 */

export interface NetworkRow {
  id: string;
  name: string;
  company: string;
  position: string;
  stage: Stage;
  tags: readonly string[];
  /** The tags folded, for the tag filter. */
  tagKeys: readonly string[];
  /** The day they connected, when known (the export or the degree turning 1st). */
  connectedOn?: Day;
  /** The last real interaction. */
  lastDay?: Day;
  /** Distinct threads the user saw them take part in. */
  threads: number;
  recurring: boolean;
  reviewed: boolean;
  /** Name, company, position and tags folded (lower case, no accents): what the search box matches. */
  haystack: string;
}


export function networkRows(
  contacts: readonly Contact[],
  activity: ReadonlyMap<string, Activity>,
  threadsOf: (contact: Contact) => number,
  minThreads: number,
): NetworkRow[] {
  return contacts.map((contact) => {
    const name = contact.profile.name ?? contact.id;
    const company = contact.profile.company ?? '';
    const position = contact.profile.position ?? contact.profile.headline ?? '';
    const threads = threadsOf(contact);
    const last = activity.get(contact.id)?.lastDay;
    return {
      id: contact.id,
      name,
      company,
      position,
      stage: contact.stage,
      tags: contact.tags,
      tagKeys: contact.tags.map(fold),
      ...(contact.connectedAt !== undefined && { connectedOn: dayOf(contact.connectedAt) }),
      ...(last && { lastDay: last }),
      threads,
      recurring: isRecurring(threads, minThreads),
      reviewed: contact.reviewedAt !== undefined,
      haystack: fold([name, company, position, ...contact.tags].join('\n')),
    };
  });
}

export const LAST_INTERACTION_FILTERS = ['any', 'never', 'within30', 'within90', 'over90', 'over365'] as const;
export type LastInteractionFilter = (typeof LAST_INTERACTION_FILTERS)[number];

export interface NetworkFilter {
  /** Words, all of which must appear in the name, company, position or tags. */
  text: string;
  /** Only contacts with this tag ('' = any; matched ignoring case and accents). */
  tag: string;
  stage: Stage | '';
  company: string;
  position: string;
  /** Connected on or after / before this day ('' = no bound). */
  connectedFrom: Day | '';
  connectedTo: Day | '';
  lastInteraction: LastInteractionFilter;
  recurringOnly: boolean;
  unreviewedOnly: boolean;
}

export const EMPTY_FILTER: NetworkFilter = {
  text: '',
  tag: '',
  stage: '',
  company: '',
  position: '',
  connectedFrom: '',
  connectedTo: '',
  lastInteraction: 'any',
  recurringOnly: false,
  unreviewedOnly: false,
};

export const SORTS = ['name', 'connectedNewest', 'connectedOldest', 'lastOldest', 'lastNewest', 'threads'] as const;
export type NetworkSort = (typeof SORTS)[number];

const daysBefore = (today: Day, days: number) => addDays(today, -days);

/** A predicate for `filter`, built once (words folded, day bounds computed) and then applied to every row. */
export function matcher(filter: NetworkFilter, today: Day): (row: NetworkRow) => boolean {
  const words = fold(filter.text).split(/\s+/u).filter(Boolean);
  const tag = fold(filter.tag.trim());
  const company = fold(filter.company.trim());
  const position = fold(filter.position.trim());
  const d30 = daysBefore(today, 30);
  const d90 = daysBefore(today, 90);
  const d365 = daysBefore(today, 365);
  const last = filter.lastInteraction;
  return (row) => {
    if (filter.stage && row.stage !== filter.stage) return false;
    if (filter.recurringOnly && !row.recurring) return false;
    if (filter.unreviewedOnly && row.reviewed) return false;
    if (filter.connectedFrom && !(row.connectedOn && row.connectedOn >= filter.connectedFrom)) return false;
    if (filter.connectedTo && !(row.connectedOn && row.connectedOn <= filter.connectedTo)) return false;
    if (last !== 'any') {
      const day = row.lastDay;
      if (last === 'never' && day) return false;
      if (last === 'within30' && !(day && day >= d30)) return false;
      if (last === 'within90' && !(day && day >= d90)) return false;
      if (last === 'over90' && day && day >= d90) return false;
      if (last === 'over365' && day && day >= d365) return false;
    }
    if (tag && !row.tagKeys.includes(tag)) return false;
    if (company && !fold(row.company).includes(company)) return false;
    if (position && !fold(row.position).includes(position)) return false;
    for (const word of words) if (!row.haystack.includes(word)) return false;
    return true;
  };
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Missing days sort last in every order: "no interaction yet" is not the oldest interaction. */
function byDay(a: Day | undefined, b: Day | undefined, newestFirst: boolean): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return newestFirst ? b.localeCompare(a) : a.localeCompare(b);
}

export function compareRows(sort: NetworkSort): (a: NetworkRow, b: NetworkRow) => number {
  const byName = (a: NetworkRow, b: NetworkRow) => collator.compare(a.name, b.name);
  switch (sort) {
    case 'name':
      return byName;
    case 'connectedNewest':
      return (a, b) => byDay(a.connectedOn, b.connectedOn, true) || byName(a, b);
    case 'connectedOldest':
      return (a, b) => byDay(a.connectedOn, b.connectedOn, false) || byName(a, b);
    case 'lastOldest':
      return (a, b) => byDay(a.lastDay, b.lastDay, false) || byName(a, b);
    case 'lastNewest':
      return (a, b) => byDay(a.lastDay, b.lastDay, true) || byName(a, b);
    case 'threads':
      return (a, b) => b.threads - a.threads || byName(a, b);
  }
}

/** The rows in `sort` order. Sorting 30,000 rows takes far longer than filtering them: sort once per order, then filter the sorted rows (filtering keeps the order). */
export function sortRows(rows: readonly NetworkRow[], sort: NetworkSort): NetworkRow[] {
  return [...rows].sort(compareRows(sort));
}

/** The rows `filter` keeps, in the order they come. */
export function filterNetwork(rows: readonly NetworkRow[], filter: NetworkFilter, today: Day): NetworkRow[] {
  return rows.filter(matcher(filter, today));
}

/** Every tag in use, with how many contacts carry it, most used first: the tag filter's choices. */
export function tagsInUse(rows: readonly Pick<NetworkRow, 'tags'>[]): { tag: string; count: number }[] {
  const counts = new Map<string, { tag: string; count: number }>();
  for (const row of rows) {
    for (const tag of row.tags) {
      const key = fold(tag);
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag));
}
