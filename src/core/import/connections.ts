import { z } from 'zod';
import { Day } from '../model/interaction';
import { MemberId, Slug } from '../model/profile';
import { invalid, optionalText, type ExportFormat, type RowResult } from './columns';
import { DATE_EXAMPLES, exportDay } from './dates';
import { cut, quoted } from './problems';
import { profileRef } from './profile-url';

/*
 * Connections.csv, three generations:
 *   2018  First Name,Last Name,Email Address,Company,Position,Connected On            "1/8/18, 6:14 PM"
 *   2021  the same columns after a "Notes:" block                                       16 Dec 2024
 *   2024  a "Notes:" block, then First Name,Last Name,URL,Email Address,Company,…        16 Dec 2024
 */

const text = (max: number) => z.string().trim().min(1).max(max);

export const ImportedConnection = z.object({
  firstName: z.string().trim().max(200),
  lastName: z.string().trim().max(200),
  name: text(401),
  /** Absent before 2024 (no URL column) and when the URL is not a profile's. */
  slug: z.optional(Slug),
  memberId: z.optional(MemberId),
  profileUrl: z.string().max(2000).optional(),
  /** Mostly empty: LinkedIn includes it only for people who allow it. */
  email: text(320).optional(),
  company: text(200).optional(),
  position: text(300).optional(),
  connectedOn: Day,
});
export type ImportedConnection = z.infer<typeof ImportedConnection>;

export const CONNECTIONS: ExportFormat<ImportedConnection> = {
  kind: 'connections',
  fileName: 'Connections.csv',
  required: ['First Name', 'Last Name', 'Email Address', 'Company', 'Position', 'Connected On'],
  optional: ['URL'],
  generation: (has, hadPreamble) => (has('URL') ? '2024' : hadPreamble ? '2021' : '2018'),
  read(row): RowResult<ImportedConnection> {
    const firstName = row.get('First Name').trim();
    const lastName = row.get('Last Name').trim();
    const name = `${firstName} ${lastName}`.trim();
    if (!name) return { ok: false, code: 'missing-name', reason: 'First Name and Last Name are both empty.', details: ['First Name, Last Name'] };
    const written = row.get('Connected On');
    const connectedOn = exportDay(written);
    if (!connectedOn) {
      return { ok: false, code: 'bad-date', reason: `Connected On is ${quoted(written)}, not a date like ${DATE_EXAMPLES}.`, details: ['Connected On', cut(written)] };
    }
    const ref = profileRef(row.get('URL'));
    const parsed = ImportedConnection.safeParse({
      firstName,
      lastName,
      name,
      slug: ref?.slug,
      memberId: ref?.memberId,
      profileUrl: ref?.url,
      email: optionalText(row.get('Email Address')),
      company: optionalText(row.get('Company')),
      position: optionalText(row.get('Position')),
      connectedOn,
    });
    return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.error);
  },
};
