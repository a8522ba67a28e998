import { describe, expect, it } from 'vitest';
import { activityOf, foldActivity, type Summarised } from '../../../src/core/model/activity';
import { funnelOf } from '../../../src/core/relationship/funnel';

const item = (kind: Summarised['kind'], day: string, createdAt: number, direction?: 'out' | 'in'): Summarised => ({ kind, day, createdAt, ...(direction && { direction }) });

describe('activity: a timeline summed up', () => {
  it('the last real interaction ignores invitations; same day: the later one', () => {
    const row = activityOf('ana', [item('message', '2026-01-02', 5, 'out'), item('invitation', '2026-03-01', 9, 'out'), item('call', '2026-01-02', 7)]);
    expect(row).toMatchObject({ count: 3, lastDay: '2026-01-02', lastKind: 'call', callDay: '2026-01-02', exchangeDay: '2026-01-02' });
  });

  it('who wrote first, and the exchange is the day the second side first wrote', () => {
    const row = activityOf('ana', [item('message', '2026-02-10', 3, 'in'), item('message', '2026-02-01', 1, 'out'), item('message', '2026-02-03', 2, 'out')]);
    expect(row.firstWritten).toEqual({ day: '2026-02-01', at: 1, from: 'me' });
    expect(row.exchangeDay).toBe('2026-02-10');
    expect(row.callDay).toBeUndefined();
    expect(row.metDay).toBeUndefined();
  });

  it('a message sent through LinkedIn before directions were saved (it has a fingerprint) went out: a pitch is no exchange', () => {
    const pitch = { ...item('message', '2026-02-01', 1), fingerprint: 'AAAA' };
    expect(activityOf('ana', [pitch])).toMatchObject({ firstWritten: { from: 'me' }, firstOutDay: '2026-02-01' });
    expect(activityOf('ana', [pitch]).exchangeDay).toBeUndefined();
    // A message the user logged by hand (no direction, no fingerprint) stands for an exchange.
    expect(activityOf('ana', [item('message', '2026-02-03', 2)]).exchangeDay).toBe('2026-02-03');
  });

  it('messages only one way are no exchange; a meeting is', () => {
    expect(activityOf('ana', [item('message', '2026-02-01', 1, 'out'), item('message', '2026-02-05', 2, 'out')]).exchangeDay).toBeUndefined();
    expect(activityOf('ana', [item('in_person', '2026-04-01', 1)])).toMatchObject({ exchangeDay: '2026-04-01', metDay: '2026-04-01' });
  });

  it('folding in parts gives the same row as summing the whole timeline', () => {
    const all = [
      item('message', '2025-12-30', 1, 'in'),
      item('video_call', '2026-01-05', 2),
      item('message', '2026-01-01', 3, 'out'),
      item('invitation', '2026-02-01', 4, 'out'),
      item('in_person', '2026-01-20', 5),
      item('email', '2026-01-21', 6),
    ];
    const whole = activityOf('ana', all);
    const parts = foldActivity(foldActivity(activityOf('ana', all.slice(0, 2)), all.slice(2, 4)), all.slice(4));
    expect(parts).toEqual(whole);
    expect(whole).toMatchObject({ count: 6, lastDay: '2026-01-21', lastKind: 'email', firstWritten: { from: 'them' }, exchangeDay: '2026-01-01', callDay: '2026-01-05', metDay: '2026-01-20' });
  });
});

describe('funnel', () => {
  it('counts each stage and everyone at it or beyond, and the milestones', () => {
    const contacts = [
      { id: 'a', stage: 'contact' as const },
      { id: 'b', stage: 'contact' as const },
      { id: 'c', stage: 'conversation' as const },
      { id: 'd', stage: 'collaboration' as const },
    ];
    const rows = new Map([
      ['c', activityOf('c', [item('call', '2026-01-01', 1)])],
      ['d', activityOf('d', [item('in_person', '2026-01-01', 1)])],
    ]);
    const funnel = funnelOf(contacts, (id) => rows.get(id));
    expect(funnel.at).toEqual({ contact: 2, conversation: 1, relationship: 0, collaboration: 1 });
    expect(funnel.reached).toEqual({ contact: 4, conversation: 2, relationship: 1, collaboration: 1 });
    expect(funnel.milestones).toEqual({ exchangeDay: 2, callDay: 1, metDay: 1 });
  });
});
