import { describe, expect, it } from 'vitest';
import { Contact } from '../../../src/core/model/contact';
import { missingCounts, recordRun, type ReaderRun } from '../../../src/core/model/health';
import { byNewest, Interaction, today } from '../../../src/core/model/interaction';
import { ProfileSnapshot } from '../../../src/core/model/profile';
import { addTag, TAGS_PER_CONTACT_MAX } from '../../../src/core/model/tag';

describe('models', () => {
  it('a profile snapshot needs a real slug and bounded, trimmed fields', () => {
    expect(ProfileSnapshot.parse({ slug: 'josé-pérez-1a2b', name: '  José  ' })).toEqual({ slug: 'josé-pérez-1a2b', name: 'José' });
    expect(ProfileSnapshot.safeParse({ slug: 'a b' }).success).toBe(false);
    expect(ProfileSnapshot.safeParse({ slug: 'ana', degree: '4th' }).success).toBe(false);
    expect(ProfileSnapshot.safeParse({ slug: 'ana', memberId: 'urn:li:x' }).success).toBe(false);
    expect(ProfileSnapshot.safeParse({ slug: 'ana', name: '' }).success).toBe(false);
  });

  it('a contact has a stage from the list and tags', () => {
    const base = { id: 'ana', profile: {}, stage: 'contact', tags: [], createdAt: 1, updatedAt: 1 };
    expect(Contact.safeParse(base).success).toBe(true);
    expect(Contact.safeParse({ ...base, stage: 'bff' }).success).toBe(false);
    expect(Contact.safeParse({ ...base, tags: ['x'.repeat(41)] }).success).toBe(false);
  });

  it('an interaction has a known kind, a calendar day and a uuid', () => {
    const base = { id: crypto.randomUUID(), contactId: 'ana', kind: 'in_person', day: '2026-11-23', text: '', createdAt: 1, updatedAt: 1 };
    expect(Interaction.safeParse(base).success).toBe(true);
    expect(Interaction.safeParse({ ...base, id: '1' }).success).toBe(false);
    expect(Interaction.safeParse({ ...base, day: '2026-11-23T10:00:00Z' }).success).toBe(false);
    expect(Interaction.safeParse({ ...base, day: '2026-02-31' }).success).toBe(false);
    expect(Interaction.safeParse({ ...base, day: '0026-02-01' }).success).toBe(false);
    expect(Interaction.safeParse({ ...base, day: '2024-02-29' }).success).toBe(true);
    expect(Interaction.safeParse({ ...base, contactId: 'not a slug' }).success).toBe(false);
  });

  it('timeline order: newest day first, ties by creation', () => {
    const i = (day: string, createdAt: number) => ({ day, createdAt }) as Interaction;
    expect([i('2026-01-01', 1), i('2026-02-01', 2), i('2026-02-01', 3)].sort(byNewest)).toEqual([i('2026-02-01', 3), i('2026-02-01', 2), i('2026-01-01', 1)]);
  });

  it("today is the user's local day, not UTC's", () => {
    // The unit project runs in America/Mexico_City (vitest.config.ts): 20:00 there is already tomorrow in UTC.
    expect(new Date(2026, 0, 2, 20, 0).toISOString().slice(0, 10)).toBe('2026-01-03');
    expect(today(new Date(2026, 0, 2, 20, 0))).toBe('2026-01-02');
  });

  it('tags: at most TAGS_PER_CONTACT_MAX', () => {
    let tags: string[] = [];
    for (let n = 0; n < TAGS_PER_CONTACT_MAX + 5; n++) tags = addTag(tags, `t${n}`);
    expect(tags).toHaveLength(TAGS_PER_CONTACT_MAX);
  });

  it('health counts how often each field was missed in the window', () => {
    const run = (at: number, missing: string[]): ReaderRun => ({ reader: 'profile', pageKind: 'k', url: 'u', at, found: [], missing });
    let record = recordRun(undefined, run(1, ['name']));
    for (const [at, missing] of [[2, ['name', 'about']], [3, []], [4, ['name']], [5, []], [6, []]] as const) record = recordRun(record, run(at, [...missing]));
    expect(record.runs).toHaveLength(5);
    expect(missingCounts(record)).toEqual([
      { field: 'name', missed: 2, of: 5 },
      { field: 'about', missed: 1, of: 5 },
    ]);
  });
});
