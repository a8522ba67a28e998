import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHARED_FIXTURES, hasSharedFixtures } from '../linkedin/helpers';

/*
 * Export files are built in the tests from the real header blocks in ../shared/fixtures/linkedin (captured by
 * others, see its README) when that folder is there, and otherwise from our own statement of the same format
 * facts: the column names, and an invented "Notes:" block in the same shape (never LinkedIn's prose).
 */

export type HeaderName =
  | 'connections_2018'
  | 'connections_2021'
  | 'connections_2024'
  | 'messages_2018'
  | 'messages_2021'
  | 'messages_2023'
  | 'messages_2024'
  | 'invitations_2018'
  | 'invitations_2024';

const INVENTED_NOTES = 'Notes:\n"An invented note, with a comma, standing in for LinkedIn\'s own text about missing email addresses."\n\n';

const OWN: Record<HeaderName, string> = {
  connections_2018: 'First Name,Last Name,Email Address,Company,Position,Connected On',
  connections_2021: `${INVENTED_NOTES}First Name,Last Name,Email Address,Company,Position,Connected On`,
  connections_2024: `${INVENTED_NOTES}First Name,Last Name,URL,Email Address,Company,Position,Connected On`,
  messages_2018: 'From,To,Date,Subject,Content,Direction,Folder',
  messages_2021: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER',
  messages_2023: 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
  messages_2024:
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT',
  invitations_2018: 'From,To,Sent At,Message,Direction',
  invitations_2024: 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
};

export const usingSharedHeaders = hasSharedFixtures && existsSync(resolve(SHARED_FIXTURES, 'connections_2024_header.csv'));
if (!usingSharedHeaders) console.warn('../shared/fixtures/linkedin not found: import tests use our own header lines');

/** The header block of an export generation (LF line ends, no trailing line break). */
export function header(name: HeaderName): string {
  const text = usingSharedHeaders ? readFileSync(resolve(SHARED_FIXTURES, `${name}_header.csv`), 'utf8') : OWN[name];
  return text.replace(/\r\n/gu, '\n').replace(/\n+$/u, '');
}

/** Our own header lines, always (the copy-free path is tested too). */
export const ownHeader = (name: HeaderName): string => OWN[name];

/** Lines a text takes (a trailing line break does not start a new one). */
export function lineCount(text: string): number {
  return text.split('\n').length;
}

export interface Built {
  text: string;
  /** Line each given row starts on. */
  lines: number[];
}

/** A CSV file: header block, then rows (each already CSV), with the line each row starts on. */
export function build(head: string, rows: readonly string[], options: { crlf?: boolean; bom?: boolean } = {}): Built {
  const lines: number[] = [];
  let line = lineCount(head) + 1;
  for (const row of rows) {
    lines.push(line);
    line += lineCount(row);
  }
  let text = `${[head, ...rows].join('\n')}\n`;
  if (options.crlf) text = text.replace(/\n/gu, '\r\n');
  if (options.bom) text = `\uFEFF${text}`;
  return { text, lines };
}

/** A CSV field, quoted when it must be. */
export function field(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export const csvLine = (...values: string[]): string => values.map(field).join(',');

/** Splits a text into chunks of `size` characters (to feed the streaming reader). */
export function* chunksOf(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
