import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../src/core/model/activity';
import type { Contact } from '../../../src/core/model/contact';
import { fold } from '../../../src/core/model/fold';
import { EMPTY_FILTER, filterNetwork, networkRows, sortRows, tagsInUse, type NetworkFilter } from '../../../src/core/relationship/network';
import { reviewQueue } from '../../../src/core/relationship/review';

const DAY = 86_400_000;
const at = (day: string) => new Date(`${day}T12:00:00`).getTime();
function contact(id: string, name: string, extra: Partial<Contact> = {}): Contact {
  return { id, profile: { name, company: 'Acme', position: 'Designer' }, stage: 'contact', tags: [], createdAt: 0, updatedAt: 0, ...extra };
}

const contacts = [
  contact('lucia', 'Lucía Fernández', { tags: ['Málaga', 'mentor'], stage: 'relationship', connectedAt: at('2026-11-01'), reviewedAt: 1 }),
  contact('jose', 'José Núñez', { profile: { name: 'José Núñez', company: 'Nube Azul', position: 'Ingeniero de datos' }, connectedAt: at('2024-05-01') }),
  contact('ana', 'Ana García', { tags: ['malaga'], connectedAt: at('2026-10-15') }),
  contact('zoe', 'Zoë Berg', { stage: 'conversation' }),
];
const activity = new Map<string, Activity>([
  ['lucia', { contactId: 'lucia', count: 3, lastDay: '2026-11-20' }],
  ['jose', { contactId: 'jose', count: 1, lastDay: '2025-01-10' }],
]);
const rows = networkRows(contacts, activity, (c) => (c.id === 'ana' ? 4 : 0), 3);
const ids = (filter: Partial<NetworkFilter>, today = '2026-11-23') => filterNetwork(sortRows(rows, 'name'), { ...EMPTY_FILTER, ...filter }, today).map((r) => r.id);

describe('network rows and filters', () => {
  it('folds accents and case', () => {
    expect(fold('Lucía NÚÑEZ Zoë')).toBe('lucia nunez zoe');
  });

  it('search: every word, in name, company, position or tags, accents and case ignored', () => {
    expect(ids({ text: 'lucia' })).toEqual(['lucia']);
    expect(ids({ text: 'nube datos' })).toEqual(['jose']);
    expect(ids({ text: 'MALAGA' })).toEqual(['ana', 'lucia']);
    expect(ids({ text: 'malaga mentor' })).toEqual(['lucia']);
    expect(ids({ text: 'nobody' })).toEqual([]);
  });

  it('tag, stage, company, position, recurring, unreviewed', () => {
    expect(ids({ tag: 'Malaga' })).toEqual(['ana', 'lucia']);
    expect(ids({ stage: 'conversation' })).toEqual(['zoe']);
    expect(ids({ company: 'nube' })).toEqual(['jose']);
    expect(ids({ position: 'designer' })).toEqual(['ana', 'lucia', 'zoe']);
    expect(ids({ recurringOnly: true })).toEqual(['ana']);
    expect(ids({ unreviewedOnly: true })).toEqual(['ana', 'jose', 'zoe']);
  });

  it('connected between two days, inclusive; unknown connection dates are outside any bound', () => {
    expect(ids({ connectedFrom: '2026-10-15' })).toEqual(['ana', 'lucia']);
    expect(ids({ connectedTo: '2026-10-15' })).toEqual(['ana', 'jose']);
    expect(ids({ connectedFrom: '2026-10-16', connectedTo: '2026-11-01' })).toEqual(['lucia']);
  });

  it('last interaction: never, recent, or long ago (never counts as long ago)', () => {
    expect(ids({ lastInteraction: 'never' })).toEqual(['ana', 'zoe']);
    expect(ids({ lastInteraction: 'within30' })).toEqual(['lucia']);
    expect(ids({ lastInteraction: 'over90' })).toEqual(['ana', 'jose', 'zoe']);
    expect(ids({ lastInteraction: 'over365' })).toEqual(['ana', 'jose', 'zoe']);
    // José's last interaction, 2025-01-10: a year and a day before 2026-01-11, a year minus a day before 2026-01-09.
    expect(ids({ lastInteraction: 'over365' }, '2026-01-11')).toEqual(['ana', 'jose', 'zoe']);
    expect(ids({ lastInteraction: 'over365' }, '2026-01-09')).toEqual(['ana', 'zoe']);
  });

  it('sorts: unknown days last in either direction; filtering keeps the order', () => {
    expect(sortRows(rows, 'connectedNewest').map((r) => r.id)).toEqual(['lucia', 'ana', 'jose', 'zoe']);
    expect(sortRows(rows, 'connectedOldest').map((r) => r.id)).toEqual(['jose', 'ana', 'lucia', 'zoe']);
    expect(sortRows(rows, 'lastOldest').map((r) => r.id)).toEqual(['jose', 'lucia', 'ana', 'zoe']);
    expect(sortRows(rows, 'threads').map((r) => r.id)[0]).toBe('ana');
    expect(filterNetwork(sortRows(rows, 'connectedNewest'), { ...EMPTY_FILTER, text: 'a' }, '2026-11-23').map((r) => r.id)).toEqual(['lucia', 'ana', 'jose', 'zoe']);
  });

  it('tags in use are counted ignoring accents and case', () => {
    expect(tagsInUse(rows)).toEqual([
      { tag: 'Málaga', count: 2 },
      { tag: 'mentor', count: 1 },
    ]);
  });

  it('the review queue: only contacts not reviewed, in the chosen order', () => {
    expect(reviewQueue(rows, 'connectedNewest')).toEqual(['ana', 'jose', 'zoe']);
    expect(reviewQueue(rows, 'name')).toEqual(['ana', 'jose', 'zoe']);
    expect(reviewQueue(rows, 'threads')[0]).toBe('ana');
  });

  it('filters 30,000 rows well within a frame budget', () => {
    const many = networkRows(
      Array.from({ length: 30_000 }, (_, i) => contact(`p-${i}`, `Person ${i}`, { tags: i % 10 ? [] : ['Madrid'], connectedAt: i * DAY })),
      new Map(),
      () => 0,
      3,
    );
    const sorted = sortRows(many, 'name');
    const times: number[] = [];
    for (const text of ['m', 'ma', 'mad', 'madrid', 'person 1', 'person 12', 'nobody']) {
      const started = performance.now();
      filterNetwork(sorted, { ...EMPTY_FILTER, text }, '2026-11-23');
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`[bench] filter over 30,000 rows (node): median ${times[3]!.toFixed(1)} ms`);
    expect(filterNetwork(sorted, { ...EMPTY_FILTER, text: 'madrid' }, '2026-11-23')).toHaveLength(3000);
    expect(times[3]).toBeLessThan(50);
  });
});
