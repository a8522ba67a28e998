import { describe, expect, it } from 'vitest';
import { MemberId, ProfileSnapshot, Slug } from '../../../src/core/model/profile';
import { checkedProfileField, isMemberId, isSlug, PROFILE_FIELDS, PROFILE_TEXT_MAX } from '../../../src/core/model/profile-checks';
import { Participant, Thread, ThreadComment } from '../../../src/core/model/thread';
import { checkedComment, checkedParticipant, checkedThread, COMMENT_TEXT_MAX, PARTICIPANT_NAME_MAX, THREAD_COMMENTS_MAX, THREAD_TITLE_MAX } from '../../../src/core/model/thread-checks';

/*
 * The content script checks what it reads with plain code (profile-checks.ts, thread-checks.ts: zod cost each
 * LinkedIn page ~7 ms to build and first run); the worker checks the same records again with the zod schemas
 * built from the same values. Both must give the same answer, or the worker would refuse a reading the reader let
 * through (and its health would not say why). Each value below goes through both.
 */

const zod = (schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? result.data : null;
};

/** Strings around every limit and pattern the checks know, and what is not a string at all. */
const around = (max: number) => ['', ' ', 'a', ' a ', 'x'.repeat(max), ` ${'x'.repeat(max)} `, 'x'.repeat(max + 1), `\n${'é'.repeat(max - 1)}\t`];
const notStrings = [undefined, null, 0, 12, Number.NaN, true, {}, [], ['ana']];
const slugs = ['ana', 'a', 'ab', 'ana-garcia-1a2b', 'josé-pérez', 'ana garcia', 'ana/b', 'ana?x', 'ana#x', 'x'.repeat(100), 'x'.repeat(101), 'ACoAABcD', 'ANA', ' ana'];
const memberIds = ['ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 'ACo', 'ACoA_-9', 'ACoA b', 'acoaab', `ACo${'x'.repeat(77)}`, `ACo${'x'.repeat(78)}`, 'xACoAAB'];

describe('the content script’s checks agree with the worker’s schemas', () => {
  it('on slugs and member ids', () => {
    for (const value of [...slugs, ...memberIds, ...notStrings]) {
      expect(isSlug(value), JSON.stringify(value)).toBe(Slug.safeParse(value).success);
      expect(isMemberId(value), JSON.stringify(value)).toBe(MemberId.safeParse(value).success);
    }
  });

  it('on every field of a profile snapshot', () => {
    const degrees = ['1st', '2nd', '3rd', '3rd+', '1er', ' 1st'];
    for (const field of PROFILE_FIELDS) {
      const max = field in PROFILE_TEXT_MAX ? PROFILE_TEXT_MAX[field as keyof typeof PROFILE_TEXT_MAX] : 100;
      for (const value of [...around(max), ...degrees, ...memberIds, ...notStrings]) {
        const schema = ProfileSnapshot.shape[field];
        const expected = value === undefined ? undefined : zod(schema, value) ?? undefined;
        expect(checkedProfileField(field, value), `${field} ${JSON.stringify(value)}`).toEqual(expected);
      }
    }
  });

  it('on participants, comments and threads', () => {
    const names = [...around(PARTICIPANT_NAME_MAX), ...notStrings];
    const participants: unknown[] = [
      ...names.map((name) => ({ name, slug: 'ana' })),
      ...slugs.map((slug) => ({ name: 'Ana', slug })),
      ...memberIds.map((memberId) => ({ name: 'Ana', memberId })),
      { name: 'Ana' },
      { name: 'Ana', slug: undefined },
      { name: ' Ana ', slug: 'ana', memberId: 'ACoAAB1', headline: 'dropped' },
      ...notStrings,
      'Ana',
    ];
    for (const p of participants) {
      expect(checkedParticipant(p), JSON.stringify(p)).toStrictEqual(zod(Participant, p));
    }

    const author = { name: 'Ana', slug: 'ana' };
    const comments: unknown[] = [
      { id: '7300000000000000001', author, text: 'Hola' },
      { id: '7300000000000000001', author: { name: ' Ana ', slug: 'ana' }, text: '', replyTo: '7300000000000000000', at: 1_700_000_000_000 },
      ...['', '12345', '123456', 'x123456', '1'.repeat(25), '1'.repeat(26)].map((id) => ({ id, author, text: 'x' })),
      ...around(COMMENT_TEXT_MAX).map((text) => ({ id: '7300000000000000001', author, text })),
      ...[0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null, undefined].map((at) => ({ id: '7300000000000000001', author, text: 'x', at })),
      ...['123', '7300000000000000000', undefined, 7].map((replyTo) => ({ id: '7300000000000000001', author, text: 'x', replyTo })),
      { id: '7300000000000000001', author: { name: '' }, text: 'x' },
      { id: '7300000000000000001', text: 'x' },
      ...notStrings,
    ];
    for (const c of comments) {
      expect(checkedComment(c), JSON.stringify(c)).toStrictEqual(zod(ThreadComment, c));
    }

    const id = 'urn:li:activity:7300000000000000000';
    const threads: unknown[] = [
      { id, comments: [] },
      { id, author, groupId: '1234567', title: 'A post', comments: comments.slice(0, 3) },
      { id, author: { name: ' ' }, comments: [] },
      { id, author: undefined, comments: [] },
      ...['urn:li:activity:123', 'urn:li:share:7300000000000000000', 'urn:li:activity:7300000000000000000x', ''].map((bad) => ({ id: bad, comments: [] })),
      ...['1', '1'.repeat(20), '1'.repeat(21), 'abc'].map((groupId) => ({ id, groupId, comments: [] })),
      ...around(THREAD_TITLE_MAX).map((title) => ({ id, title, comments: [] })),
      { id, comments: [{ id: 'x', author, text: '' }] },
      { id, comments: Array.from({ length: THREAD_COMMENTS_MAX + 1 }, () => comments[0]) },
      { id },
      { id, comments: 'none' },
      ...notStrings,
    ];
    for (const t of threads) {
      expect(checkedThread(t), JSON.stringify(t)?.slice(0, 200)).toStrictEqual(zod(Thread, t));
    }
  });
});
