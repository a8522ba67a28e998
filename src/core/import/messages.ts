import { z } from 'zod';
import { MemberId, Slug } from '../model/profile';
import { invalid, optionalText, type ExportFormat, type RowCells, type RowResult } from './columns';
import { DATE_EXAMPLES, exportInstant } from './dates';
import { htmlToText } from './html-text';
import { cut, quoted } from './problems';
import { profileRef } from './profile-url';

/*
 * messages.csv, four generations:
 *   2018  From,To,Date,Subject,Content,Direction,Folder
 *   2021  CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER
 *   2023  … adds RECIPIENT PROFILE URLS after TO
 *   2024  … adds IS MESSAGE DRAFT, IS CONVERSATION DRAFT (Yes / No)
 * DATE: 2024-12-16 18:24:37 UTC. CONTENT may be HTML. FOLDER: INBOX, ARCHIVE, SPAM or empty.
 */

/** Longest message text kept (LinkedIn's own limit is 8,000; InMail and HTML-heavy content run longer). */
export const MESSAGE_TEXT_MAX = 20_000;

export const Participant = z.object({
  name: z.string().trim().max(400).optional(),
  profileUrl: z.string().max(2000).optional(),
  slug: z.optional(Slug),
  memberId: z.optional(MemberId),
});
export type Participant = z.infer<typeof Participant>;

export const ImportedMessage = z.object({
  /** Absent in 2018 exports. */
  conversationId: z.string().trim().min(1).max(300).optional(),
  conversationTitle: z.string().trim().min(1).max(500).optional(),
  from: Participant,
  /** The TO column as written (names; several for a group conversation). */
  toNames: z.string().max(4000),
  /**
   * The recipients one by one: from RECIPIENT PROFILE URLS (2023+), paired with the names only when TO splits
   * into as many names as there are URLs ("Ana Pérez, PhD" is one name, so a comma alone cannot split it).
   */
  to: z.array(Participant).max(500),
  /** Epoch ms. */
  date: z.number().int(),
  subject: z.string().max(1000).optional(),
  /** Plain text (HTML content converted). */
  text: z.string().max(MESSAGE_TEXT_MAX),
  folder: z.string().trim().min(1).max(40).optional(),
  /** 2018 only: INCOMING / OUTGOING. */
  direction: z.string().trim().min(1).max(40).optional(),
  isDraft: z.boolean(),
});
export type ImportedMessage = z.infer<typeof ImportedMessage>;

function participant(name: string, url: string): Participant {
  const ref = profileRef(url);
  return {
    ...(optionalText(name) !== undefined && { name: name.trim() }),
    ...(ref && { profileUrl: ref.url }),
    ...(ref?.slug && { slug: ref.slug }),
    ...(ref?.memberId && { memberId: ref.memberId }),
  };
}

function recipients(row: RowCells): Participant[] {
  const names = row.get('TO').trim();
  const urls = row
    .get('RECIPIENT PROFILE URLS')
    .split(/[\s,]+/u)
    .filter((url) => url !== '');
  if (urls.length === 0) return names ? [participant(names, '')] : [];
  if (urls.length === 1) return [participant(names, urls[0]!)];
  const split = names.split(',').map((name) => name.trim());
  const paired = split.length === urls.length;
  return urls.map((url, i) => participant(paired ? split[i]! : '', url));
}

const yes = (value: string) => value.trim().toLowerCase() === 'yes';

export const MESSAGES: ExportFormat<ImportedMessage> = {
  kind: 'messages',
  fileName: 'messages.csv',
  required: ['FROM', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'],
  optional: ['CONVERSATION ID', 'CONVERSATION TITLE', 'SENDER PROFILE URL', 'RECIPIENT PROFILE URLS', 'DIRECTION', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'],
  generation: (has) =>
    has('IS MESSAGE DRAFT') ? '2024' : has('RECIPIENT PROFILE URLS') ? '2023' : has('CONVERSATION ID') ? '2021' : '2018',
  read(row): RowResult<ImportedMessage> {
    const from = participant(row.get('FROM'), row.get('SENDER PROFILE URL'));
    if (!from.name && !from.profileUrl) return { ok: false, code: 'missing-sender', reason: 'FROM and SENDER PROFILE URL are both empty.', details: ['FROM, SENDER PROFILE URL'] };
    const written = row.get('DATE');
    const date = exportInstant(written);
    if (date === null) return { ok: false, code: 'bad-date', reason: `DATE is ${quoted(written)}, not a date like ${DATE_EXAMPLES}.`, details: ['DATE', cut(written)] };
    const content = htmlToText(row.get('CONTENT'));
    const parsed = ImportedMessage.safeParse({
      conversationId: optionalText(row.get('CONVERSATION ID')),
      conversationTitle: optionalText(row.get('CONVERSATION TITLE')),
      from,
      toNames: row.get('TO').trim(),
      to: recipients(row),
      date,
      subject: optionalText(row.get('SUBJECT')),
      text: content.length > MESSAGE_TEXT_MAX ? content.slice(0, MESSAGE_TEXT_MAX) : content,
      folder: optionalText(row.get('FOLDER')),
      direction: optionalText(row.get('DIRECTION')),
      isDraft: yes(row.get('IS MESSAGE DRAFT')) || yes(row.get('IS CONVERSATION DRAFT')),
    });
    return parsed.success ? { ok: true, record: parsed.data } : invalid(parsed.error);
  },
};
