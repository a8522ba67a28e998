import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../src/core/model/contact';
import { DEFAULT_SETTINGS } from '../../../src/core/model/settings';
import {
  addDays,
  cadenceInUnits,
  cadenceOf,
  type CadenceRules,
  dayOf,
  daysBetween,
  followUpKey,
  isDue,
  losingTouch,
  nextFollowUp,
  pendingRemindOn,
} from '../../../src/core/relationship/cadence';

/*
 * F9's rules. Days are calendar days: whatever the time zone or daylight-saving change, a 30-day cadence is 30
 * days on the calendar, and "today" is the day on the user's own calendar. Invented people.
 */

const NO_RULES: CadenceRules = { tagCadences: {}, stageCadences: { conversation: null, relationship: null, collaboration: null } };
const RULES: CadenceRules = {
  tagCadences: { Mentor: 60, 'Málaga': 45, peer: 120 },
  stageCadences: { conversation: null, relationship: 90, collaboration: 30 },
};

type Person = Parameters<typeof nextFollowUp>[0];
const person = (over: Partial<Contact> = {}): Person => ({ id: 'ana-quiroga', stage: 'contact', tags: [], createdAt: Date.UTC(2025, 0, 15, 12), ...over });

/** The instant of a wall-clock time in the process's time zone (what Date.now() would be then). */
const local = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

/** Runs `check` with the process in `timeZone` (Node re-reads TZ when it is assigned): a real switch, checked. */
function inTimeZone(timeZone: string, check: () => void): void {
  process.env.TZ = timeZone;
  // Proof the switch took: the offset on 1 July at noon is the zone's summer offset.
  const july = new Date(2026, 6, 1, 12).getTimezoneOffset();
  const expected = { 'Europe/Madrid': -120, 'America/New_York': 240, 'Australia/Sydney': -600, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660, UTC: 0 }[timeZone];
  expect(july, `TZ=${timeZone} did not take effect`).toBe(expected);
  check();
}

describe('where a cadence comes from', () => {
  it("a contact's own cadence wins over their tags and their stage", () => {
    expect(cadenceOf(person({ cadenceDays: 200, tags: ['mentor'], stage: 'collaboration' }), RULES)).toEqual({ days: 200, source: 'contact' });
  });

  it("of several tags with a cadence, the shortest wins (the closest relationship), named as the settings spell it", () => {
    expect(cadenceOf(person({ tags: ['peer', 'mentor'] }), RULES)).toEqual({ days: 60, source: 'tag', tag: 'Mentor' });
    expect(cadenceOf(person({ tags: ['peer', 'malaga', 'MENTOR'] }), RULES)).toEqual({ days: 45, source: 'tag', tag: 'Málaga' });
    expect(cadenceOf(person({ tags: ['peer'] }), RULES)).toEqual({ days: 120, source: 'tag', tag: 'peer' });
  });

  it('tags are matched ignoring case and accents, like tags everywhere else', () => {
    expect(cadenceOf(person({ tags: ['MÁLAGA'] }), RULES)?.days).toBe(45);
    expect(cadenceOf(person({ tags: ['Malaga'] }), RULES)?.days).toBe(45);
    expect(cadenceOf(person({ tags: ['mentors'] }), RULES)).toBeNull();
  });

  it('two spellings of one tag in the settings: the shorter cadence', () => {
    const rules = { ...RULES, tagCadences: { Mentor: 60, mentor: 20 } };
    expect(cadenceOf(person({ tags: ['MENTOR'] }), rules)).toEqual({ days: 20, source: 'tag', tag: 'mentor' });
  });

  it("a tag's cadence wins over the stage's, even when the stage's is shorter", () => {
    expect(cadenceOf(person({ tags: ['peer'], stage: 'collaboration' }), RULES)).toEqual({ days: 120, source: 'tag', tag: 'peer' });
  });

  it("the stage's default when neither the contact nor a tag sets one; none for a bare contact or a stage set to none", () => {
    expect(cadenceOf(person({ stage: 'relationship', tags: ['Madrid'] }), RULES)).toEqual({ days: 90, source: 'stage', stage: 'relationship' });
    expect(cadenceOf(person({ stage: 'collaboration' }), RULES)).toEqual({ days: 30, source: 'stage', stage: 'collaboration' });
    expect(cadenceOf(person({ stage: 'conversation' }), RULES)).toBeNull();
    expect(cadenceOf(person({ stage: 'contact' }), RULES)).toBeNull();
    expect(cadenceOf(person({ stage: 'collaboration', tags: ['mentor'] }), NO_RULES)).toBeNull();
  });

  it('the defaults out of the box: a relationship every 90 days, a collaboration every 30, nothing for the rest', () => {
    expect(cadenceOf(person({ stage: 'relationship' }), DEFAULT_SETTINGS)?.days).toBe(90);
    expect(cadenceOf(person({ stage: 'collaboration' }), DEFAULT_SETTINGS)?.days).toBe(30);
    expect(cadenceOf(person({ stage: 'conversation' }), DEFAULT_SETTINGS)).toBeNull();
  });

  it('new settings take effect at once (the folded tag rules belong to one settings object)', () => {
    const contact = person({ tags: ['mentor'] });
    expect(cadenceOf(contact, RULES)?.days).toBe(60);
    expect(cadenceOf(contact, { ...RULES, tagCadences: { mentor: 14 } })?.days).toBe(14);
    expect(cadenceOf(contact, { ...RULES, tagCadences: {} })).toBeNull();
  });
});

describe('a cadence in days, weeks or months', () => {
  it('says a cadence the way a person would (a month is 30 days)', () => {
    expect(cadenceInUnits(90)).toEqual({ count: 3, unit: 'months' });
    expect(cadenceInUnits(30)).toEqual({ count: 1, unit: 'months' });
    expect(cadenceInUnits(14)).toEqual({ count: 2, unit: 'weeks' });
    expect(cadenceInUnits(7)).toEqual({ count: 1, unit: 'weeks' });
    expect(cadenceInUnits(10)).toEqual({ count: 10, unit: 'days' });
    expect(cadenceInUnits(1)).toEqual({ count: 1, unit: 'days' });
    expect(cadenceInUnits(210)).toEqual({ count: 7, unit: 'months' });
    expect(cadenceInUnits(730)).toEqual({ count: 730, unit: 'days' });
  });
});

describe('calendar days', () => {
  it('adds days across month ends, year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2028-02-29', 365)).toBe('2029-02-28');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-04-30', 31)).toBe('2026-05-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-05-10', 0)).toBe('2026-05-10');
  });

  it('counts days between two days, the inverse of addDays', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    for (const from of ['2026-01-31', '2026-03-28', '2026-10-24', '2028-02-27']) {
      for (const n of [-400, -31, -1, 0, 1, 2, 29, 30, 31, 365, 730]) expect(daysBetween(from, addDays(from, n))).toBe(n);
    }
  });

  it('days around daylight-saving changes are whole calendar days in every time zone', () => {
    for (const tz of ['Europe/Madrid', 'America/New_York', 'Australia/Sydney', 'UTC']) {
      inTimeZone(tz, () => {
        // Madrid springs forward on 29 March 2026 and falls back on 25 October; New York on 8 March and 1 November.
        expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
        expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
        expect(addDays('2026-03-29', 30)).toBe('2026-04-28');
        expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
        expect(addDays('2026-10-01', 30)).toBe('2026-10-31');
        expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
        expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
        expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
        expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
        expect(daysBetween('2026-03-01', '2026-11-30')).toBe(274);
      });
    }
  });
});

describe('the day of an instant, in the user’s time zone', () => {
  const hoursOf = (day: string, timeZone: string) => {
    // Every hour from the day before to the day after: how many fall on `day` in `timeZone`.
    const start = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)) - 1);
    let hours = 0;
    for (let h = 0; h < 72; h++) if (dayOf(start + h * 3_600_000, timeZone) === day) hours++;
    return hours;
  };

  it('Europe/Madrid: 29 March 2026 has 23 hours, 25 October 25, and midnight is where the calendar says', () => {
    expect(hoursOf('2026-03-29', 'Europe/Madrid')).toBe(23);
    expect(hoursOf('2026-10-25', 'Europe/Madrid')).toBe(25);
    expect(hoursOf('2026-03-28', 'Europe/Madrid')).toBe(24);
    // Before the spring change Madrid is UTC+1, after it UTC+2.
    expect(dayOf(Date.UTC(2026, 2, 28, 22, 59, 59), 'Europe/Madrid')).toBe('2026-03-28');
    expect(dayOf(Date.UTC(2026, 2, 28, 23, 0, 0), 'Europe/Madrid')).toBe('2026-03-29');
    expect(dayOf(Date.UTC(2026, 2, 29, 21, 59, 59), 'Europe/Madrid')).toBe('2026-03-29');
    expect(dayOf(Date.UTC(2026, 2, 29, 22, 0, 0), 'Europe/Madrid')).toBe('2026-03-30');
    // The autumn day: it starts at 22:00 UTC and ends at 23:00 UTC.
    expect(dayOf(Date.UTC(2026, 9, 24, 21, 59, 59), 'Europe/Madrid')).toBe('2026-10-24');
    expect(dayOf(Date.UTC(2026, 9, 24, 22, 0, 0), 'Europe/Madrid')).toBe('2026-10-25');
    expect(dayOf(Date.UTC(2026, 9, 25, 22, 59, 59), 'Europe/Madrid')).toBe('2026-10-25');
    expect(dayOf(Date.UTC(2026, 9, 25, 23, 0, 0), 'Europe/Madrid')).toBe('2026-10-26');
  });

  it('America/New_York: 8 March 2026 has 23 hours, 1 November 25; the same instant is another day in Madrid', () => {
    expect(hoursOf('2026-03-08', 'America/New_York')).toBe(23);
    expect(hoursOf('2026-11-01', 'America/New_York')).toBe(25);
    expect(dayOf(Date.UTC(2026, 2, 8, 4, 59), 'America/New_York')).toBe('2026-03-07');
    expect(dayOf(Date.UTC(2026, 2, 8, 5, 0), 'America/New_York')).toBe('2026-03-08');
    expect(dayOf(Date.UTC(2026, 2, 9, 3, 59), 'America/New_York')).toBe('2026-03-08');
    expect(dayOf(Date.UTC(2026, 2, 9, 4, 0), 'America/New_York')).toBe('2026-03-09');
    const lateEvening = Date.UTC(2026, 5, 15, 2, 30); // 22:30 on 14 June in New York, 04:30 on 15 June in Madrid
    expect(dayOf(lateEvening, 'America/New_York')).toBe('2026-06-14');
    expect(dayOf(lateEvening, 'Europe/Madrid')).toBe('2026-06-15');
    expect(dayOf(lateEvening, 'UTC')).toBe('2026-06-15');
  });

  it('far from UTC (UTC+14, UTC−11) and on leap days', () => {
    const instant = Date.UTC(2028, 1, 28, 11, 0); // 28 February 2028, 11:00 UTC
    expect(dayOf(instant, 'Pacific/Kiritimati')).toBe('2028-02-29');
    expect(dayOf(instant, 'Pacific/Pago_Pago')).toBe('2028-02-28');
    expect(dayOf(Date.UTC(2028, 1, 29, 23, 0), 'Europe/Madrid')).toBe('2028-03-01');
  });

  it('without a time zone it is the day of the process’s own, switching for real between zones', () => {
    const instant = Date.UTC(2026, 9, 25, 22, 30);
    inTimeZone('Europe/Madrid', () => expect(dayOf(instant)).toBe('2026-10-25'));
    inTimeZone('Pacific/Kiritimati', () => expect(dayOf(instant)).toBe('2026-10-26'));
    inTimeZone('America/New_York', () => expect(dayOf(instant)).toBe('2026-10-25'));
    inTimeZone('Pacific/Pago_Pago', () => expect(dayOf(instant)).toBe('2026-10-25'));
    for (const tz of ['Europe/Madrid', 'America/New_York', 'Australia/Sydney']) {
      inTimeZone(tz, () => {
        for (let h = 0; h < 24 * 400; h += 7) {
          const at = Date.UTC(2026, 0, 1) + h * 3_600_000;
          expect(dayOf(at)).toBe(dayOf(at, tz));
        }
      });
    }
  });
});

describe('the next follow-up', () => {
  it('nothing planned without a cadence or a reminder', () => {
    expect(nextFollowUp(person(), { lastDay: '2026-01-10' }, RULES)).toBeNull();
    expect(nextFollowUp(person({ stage: 'relationship' }), undefined, NO_RULES)).toBeNull();
  });

  it('counts the cadence from the last real interaction, and an interaction moves it', () => {
    const ana = person({ tags: ['mentor'], connectedAt: Date.UTC(2024, 0, 1, 12) });
    expect(nextFollowUp(ana, { lastDay: '2026-01-10' }, RULES)).toEqual({
      contactId: 'ana-quiroga',
      due: '2026-03-11',
      reason: 'cadence',
      cadence: { days: 60, source: 'tag', tag: 'Mentor' },
      since: '2026-01-10',
    });
    expect(nextFollowUp(ana, { lastDay: '2026-03-01' }, RULES)?.due).toBe('2026-04-30');
  });

  it('without a real interaction, counts from the day they connected, else from the day they were added', () => {
    inTimeZone('Europe/Madrid', () => {
      // 23:30 UTC on 28 March is 00:30 on 29 March in Madrid (after the clocks change at 01:00 UTC, still UTC+1 then).
      const connected = person({ stage: 'collaboration', connectedAt: Date.UTC(2026, 2, 28, 23, 30), createdAt: Date.UTC(2025, 0, 1) });
      expect(nextFollowUp(connected, undefined, RULES)).toMatchObject({ since: '2026-03-29', due: '2026-04-28', reason: 'cadence' });
      // Activity that holds only invitations has no last real interaction.
      expect(nextFollowUp(connected, { lastDay: undefined }, RULES)?.since).toBe('2026-03-29');
      const added = person({ stage: 'collaboration', createdAt: Date.UTC(2026, 9, 24, 22, 30) });
      expect(nextFollowUp(added, undefined, RULES)).toMatchObject({ since: '2026-10-25', due: '2026-11-24' });
    });
    inTimeZone('America/New_York', () => {
      const connected = person({ stage: 'collaboration', connectedAt: Date.UTC(2026, 2, 28, 23, 30) });
      expect(nextFollowUp(connected, undefined, RULES)).toMatchObject({ since: '2026-03-28', due: '2026-04-27' });
    });
  });

  it('a 30-day cadence across a daylight-saving change is 30 calendar days in every zone', () => {
    for (const tz of ['Europe/Madrid', 'America/New_York', 'Australia/Sydney']) {
      inTimeZone(tz, () => {
        const bea = person({ id: 'bea', stage: 'collaboration' });
        expect(nextFollowUp(bea, { lastDay: '2026-03-15' }, RULES)?.due).toBe('2026-04-14');
        expect(nextFollowUp(bea, { lastDay: '2026-10-10' }, RULES)?.due).toBe('2026-11-09');
        expect(nextFollowUp(bea, { lastDay: '2028-02-01' }, RULES)?.due).toBe('2028-03-02');
        expect(nextFollowUp(bea, { lastDay: '2026-01-31' }, RULES)?.due).toBe('2026-03-02');
      });
    }
  });

  it('a "remind me on" day alone', () => {
    expect(nextFollowUp(person({ remindOn: '2026-05-04' }), undefined, RULES)).toEqual({ contactId: 'ana-quiroga', due: '2026-05-04', reason: 'remind' });
  });

  it('a pending "remind me on" day is the next follow-up, earlier or later than the cadence (that is how snoozing works)', () => {
    const earlier = nextFollowUp(person({ stage: 'collaboration', remindOn: '2026-02-01' }), { lastDay: '2026-01-20' }, RULES);
    expect(earlier).toEqual({ contactId: 'ana-quiroga', due: '2026-02-01', reason: 'remind', cadence: { days: 30, source: 'stage', stage: 'collaboration' }, since: '2026-01-20' });
    const later = nextFollowUp(person({ stage: 'collaboration', remindOn: '2026-06-01' }), { lastDay: '2026-01-20' }, RULES);
    expect(later).toMatchObject({ due: '2026-06-01', reason: 'remind' });
  });

  it('a real interaction on or after the reminder day answers it; one before it does not', () => {
    const carl = person({ id: 'carl', stage: 'collaboration', remindOn: '2026-05-04' });
    expect(nextFollowUp(carl, { lastDay: '2026-05-03' }, RULES)).toMatchObject({ due: '2026-05-04', reason: 'remind' });
    expect(nextFollowUp(carl, { lastDay: '2026-05-04' }, RULES)).toMatchObject({ due: '2026-06-03', reason: 'cadence' });
    expect(nextFollowUp(carl, { lastDay: '2026-05-20' }, RULES)).toMatchObject({ due: '2026-06-19', reason: 'cadence' });
    expect(nextFollowUp({ ...carl, stage: 'contact' }, { lastDay: '2026-05-20' }, RULES)).toBeNull();
    expect(pendingRemindOn(carl, { lastDay: '2026-05-03' })).toBe('2026-05-04');
    expect(pendingRemindOn(carl, { lastDay: '2026-05-04' })).toBeUndefined();
    expect(pendingRemindOn(carl, undefined)).toBe('2026-05-04');
    expect(pendingRemindOn(person(), { lastDay: '2026-05-04' })).toBeUndefined();
  });

  it('is due on its day and after, not before', () => {
    const followUp = nextFollowUp(person({ remindOn: '2026-03-29' }), undefined, RULES);
    expect(isDue(followUp, '2026-03-28')).toBe(false);
    expect(isDue(followUp, '2026-03-29')).toBe(true);
    expect(isDue(followUp, '2026-12-01')).toBe(true);
    expect(isDue(null, '2026-12-01')).toBe(false);
    expect(isDue(nextFollowUp(person({ remindOn: '2027-01-01' }), undefined, RULES), '2026-12-31')).toBe(false);
  });

  it('tells one falling-due from the same person’s next', () => {
    expect(followUpKey({ contactId: 'ana', due: '2026-03-01' })).toBe('ana@2026-03-01');
    expect(followUpKey({ contactId: 'ana', due: '2026-03-01' })).not.toBe(followUpKey({ contactId: 'ana', due: '2026-03-31' }));
  });
});

describe('losing touch', () => {
  const TODAY = '2026-06-01';
  const people = [
    // Monthly, 15 days late: half a cadence late.
    person({ id: 'monthly-late', stage: 'collaboration' }),
    // Yearly-ish (a 120-day tag), 60 days late: half a cadence too, but more days.
    person({ id: 'peer-late', tags: ['peer'] }),
    // Own cadence of 10 days, 1 day late.
    person({ id: 'just-late', cadenceDays: 10 }),
    // Due today: not late yet.
    person({ id: 'due-today', stage: 'collaboration' }),
    // No cadence: never losing touch.
    person({ id: 'no-cadence', stage: 'conversation' }),
    // Snoozed by a reminder next week: still losing touch.
    person({ id: 'snoozed', stage: 'relationship', remindOn: '2026-06-08' }),
    // Never a real interaction, connected 100 days ago, 90-day stage: 10 days late.
    person({ id: 'never-spoke', stage: 'relationship', connectedAt: local(2026, 2, 21) }),
  ];
  const last: Record<string, string> = {
    'monthly-late': addDays(TODAY, -45),
    'peer-late': addDays(TODAY, -180),
    'just-late': addDays(TODAY, -11),
    'due-today': addDays(TODAY, -30),
    'no-cadence': '2020-01-01',
    snoozed: addDays(TODAY, -120),
  };

  it('lists contacts with a cadence whose last real interaction is older than it, most overdue for their cadence first', () => {
    const list = losingTouch(people, (id) => (last[id] ? { lastDay: last[id] } : undefined), RULES, TODAY);
    expect(list.map((l) => [l.contact.id, l.overdueDays])).toEqual([
      ['peer-late', 60],
      ['monthly-late', 15],
      ['snoozed', 30],
      ['never-spoke', 10],
      ['just-late', 1],
    ]);
    expect(list.find((l) => l.contact.id === 'never-spoke')?.followUp).toMatchObject({ since: '2026-02-21', reason: 'cadence', cadence: { days: 90, source: 'stage' } });
    expect(list.find((l) => l.contact.id === 'snoozed')?.followUp.reason).toBe('cadence');
  });

  it('an interaction today takes anyone off the list', () => {
    const list = losingTouch(people, () => ({ lastDay: TODAY }), RULES, TODAY);
    expect(list).toEqual([]);
  });
});
