import type { Day } from '../model/interaction';

/*
 * The date formats LinkedIn's exports have used:
 *   Connections.csv "Connected On"   16 Dec 2024 (2021, 2024)    "1/8/18, 6:14 PM" (2018: US month/day/year)
 *   Invitations.csv "Sent At"        "12/15/24, 7:47 AM"
 *   messages.csv    "DATE"           2024-12-16 18:24:37 UTC
 * Only messages say their zone; the others are read as UTC too (what the messages file uses), so an instant
 * is at most a day off for them, never a month (US order is fixed: LinkedIn writes these in en-US).
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // Spanish abbreviations: not seen in an export, accepted because nothing else could mean them.
  ene: 1, abr: 4, ago: 8, dic: 12,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const DAY_MONTH_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})$/u;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(?:UTC|Z|GMT|\+00:?00)?)?$/u;

function parts(text: string): Parts | null {
  const value = text.trim();
  let m = DAY_MONTH_YEAR.exec(value);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? check({ year: Number(m[3]), month, day: Number(m[1]), hours: 0, minutes: 0, seconds: 0 }) : null;
  }
  m = US.exec(value);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    let hours = Number(m[4] ?? 0);
    const half = m[7]?.toLowerCase();
    if (half) {
      if (hours < 1 || hours > 12) return null;
      hours = (hours % 12) + (half === 'pm' ? 12 : 0);
    }
    return check({ year, month: Number(m[1]), day: Number(m[2]), hours, minutes: Number(m[5] ?? 0), seconds: Number(m[6] ?? 0) });
  }
  m = ISO.exec(value);
  if (m) {
    return check({
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hours: Number(m[4] ?? 0),
      minutes: Number(m[5] ?? 0),
      seconds: Number(m[6] ?? 0),
    });
  }
  return null;
}

/** Rejects 31 Feb, 25:00 and years before LinkedIn (a typo, not history). */
function check(p: Parts): Parts | null {
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hours, p.minutes, p.seconds));
  const valid =
    p.year >= 2002 &&
    p.year <= 2100 &&
    date.getUTCMonth() === p.month - 1 &&
    date.getUTCDate() === p.day &&
    p.hours < 24 &&
    p.minutes < 60 &&
    p.seconds < 60;
  return valid ? p : null;
}

/** The calendar day a date names, as written (no time-zone shift): "16 Dec 2024" -> "2024-12-16". */
export function exportDay(text: string): Day | null {
  const p = parts(text);
  if (!p) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** The instant a date names, in epoch ms, read as UTC: "2024-12-16 18:24:37 UTC" -> 1734373477000. */
export function exportInstant(text: string): number | null {
  const p = parts(text);
  return p ? Date.UTC(p.year, p.month - 1, p.day, p.hours, p.minutes, p.seconds) : null;
}

/** How the reasons describe the accepted formats. */
export const DATE_EXAMPLES = '16 Dec 2024, 1/8/18, 6:14 PM or 2024-12-16 18:24:37 UTC';
