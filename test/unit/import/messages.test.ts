import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/core/import/html-text';
import { readExportText } from '../../../src/core/import/read';
import { build, csvLine, header } from './helpers';

const ANA = 'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
const BEA = 'https://www.linkedin.com/in/bea-soto';
const CAL = 'https://www.linkedin.com/in/cal-ruiz';
const HTML = '<p>Hola Bea,</p><p>¿Un café? Tom &amp; Jerry&#39;s &lt;3 &#x1F600;<br/>Saludos</p>';

function messages(text: string) {
  const result = readExportText(text);
  if (!result.ok || result.kind !== 'messages') throw new Error(JSON.stringify(result));
  return result;
}

describe('messages.csv, 2024 (draft flags, recipient URLs)', () => {
  it('reads senders, recipients, UTC dates, HTML content as text, folders and drafts; bad rows by line', () => {
    const file = build(
      header('messages_2024'),
      [
        csvLine('2-abc', 'Café chat', 'Ana Pérez', ANA, 'Bea Soto', BEA, '2024-12-16 18:24:37 UTC', '', HTML, 'INBOX', 'No', 'No'),
        csvLine('2-grp', '', 'Bea Soto', BEA, 'Ana Pérez, Cal Ruiz', `${ANA},${CAL}`, '2024-12-17 09:00:00 UTC', 'Re: "plan"', 'Line one\nline two, with a comma', '', 'Yes', 'No'),
        csvLine('2-x', '', 'Cal Ruiz', CAL, 'Ana Pérez', ANA, 'yesterday', '', 'hi', 'INBOX', 'No', 'No'),
        csvLine('2-y', '', '', '', 'Ana Pérez', ANA, '2024-12-18 10:00:00 UTC', '', 'who?', 'SPAM', 'No', 'No'),
        csvLine('2-abc', 'Café chat', 'Bea Soto', BEA, 'Ana Pérez', ANA, '2024-12-18 10:00:00 UTC', '', 'a < b, and 3 > 2 🙂', 'ARCHIVE', 'No', 'No'),
      ],
      { crlf: true, bom: true },
    );
    const result = messages(file.text);
    expect(result.generation).toBe('2024');
    expect(result.records.map((r) => r.line)).toEqual([file.lines[0], file.lines[1], file.lines[4]]);
    const [first, group, plain] = result.records.map((r) => r.record);
    expect(first).toEqual({
      conversationId: '2-abc',
      conversationTitle: 'Café chat',
      from: { name: 'Ana Pérez', profileUrl: ANA, memberId: 'ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' },
      toNames: 'Bea Soto',
      to: [{ name: 'Bea Soto', profileUrl: BEA, slug: 'bea-soto' }],
      date: Date.UTC(2024, 11, 16, 18, 24, 37),
      text: "Hola Bea,\n¿Un café? Tom & Jerry's <3 😀\nSaludos",
      folder: 'INBOX',
      isDraft: false,
    });
    expect(group).toMatchObject({
      subject: 'Re: "plan"',
      isDraft: true,
      to: [
        { name: 'Ana Pérez', memberId: 'ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' },
        { name: 'Cal Ruiz', slug: 'cal-ruiz' },
      ],
    });
    expect(group!.text).toMatch(/^Line one\r?\nline two, with a comma$/u);
    expect(group!.folder).toBeUndefined();
    expect(plain!.text).toBe('a < b, and 3 > 2 🙂');
    expect(result.errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: file.lines[2], code: 'bad-date' },
      { line: file.lines[3], code: 'missing-sender' },
    ]);
  });

  it('a TO that does not split into as many names as URLs keeps the names whole', () => {
    const file = build(header('messages_2024'), [
      csvLine('2-g', '', 'Bea Soto', BEA, 'Ana Pérez, PhD, Cal Ruiz', `${ANA},${CAL}`, '2024-12-17 09:00:00 UTC', '', 'x', 'INBOX', 'No', 'No'),
    ]);
    const [message] = messages(file.text).records;
    expect(message!.record.toNames).toBe('Ana Pérez, PhD, Cal Ruiz');
    expect(message!.record.to).toEqual([
      { profileUrl: ANA, memberId: 'ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789' },
      { profileUrl: CAL, slug: 'cal-ruiz' },
    ]);
  });
});

describe('messages.csv, older generations', () => {
  it('2023: recipient URLs, no draft flags', () => {
    const file = build(header('messages_2023'), [csvLine('2-a', '', 'Ana', ANA, 'Bea', BEA, '2023-05-01 08:00:00 UTC', '', 'hola', 'INBOX')]);
    const result = messages(file.text);
    expect(result.generation).toBe('2023');
    expect(result.records[0]!.record).toMatchObject({ isDraft: false, to: [{ name: 'Bea', slug: 'bea-soto' }] });
  });

  it('2021: no recipient URLs', () => {
    const file = build(header('messages_2021'), [csvLine('2-a', 'T', 'Ana', ANA, 'Bea Soto', '2021-05-01 08:00:00 UTC', 'S', '<div>hi<br>there</div>', 'ARCHIVE')]);
    const result = messages(file.text);
    expect(result.generation).toBe('2021');
    expect(result.records[0]!.record).toMatchObject({ to: [{ name: 'Bea Soto' }], text: 'hi\nthere', subject: 'S', folder: 'ARCHIVE' });
  });

  it('2018: From/To/Date/Direction, no conversation id', () => {
    const file = build(header('messages_2018'), [
      csvLine('Ana Pérez', 'Bea Soto', '2018-11-04 10:12:34 UTC', '', 'Hi, Bea', 'OUTGOING', 'INBOX'),
      csvLine('Bea Soto', 'Ana Pérez', '11/5/18, 9:03 AM', 'Re', 'Hi!', 'INCOMING', 'INBOX'),
    ]);
    const result = messages(file.text);
    expect(result.generation).toBe('2018');
    expect(result.records.map((r) => r.record)).toEqual([
      { from: { name: 'Ana Pérez' }, toNames: 'Bea Soto', to: [{ name: 'Bea Soto' }], date: Date.UTC(2018, 10, 4, 10, 12, 34), text: 'Hi, Bea', folder: 'INBOX', direction: 'OUTGOING', isDraft: false },
      { from: { name: 'Bea Soto' }, toNames: 'Ana Pérez', to: [{ name: 'Ana Pérez' }], date: Date.UTC(2018, 10, 5, 9, 3), subject: 'Re', text: 'Hi!', folder: 'INBOX', direction: 'INCOMING', isDraft: false },
    ]);
  });
});

describe('HTML content to text, without a DOM', () => {
  it.each([
    ['plain text stays as it is', 'a < b & c > d', 'a < b & c > d'],
    ['paragraphs and breaks become lines', '<p>one</p><p>two<br>three</p>', 'one\ntwo\nthree'],
    ['entities decode', '&quot;x&quot; &amp; &#233;&#xE9;&nbsp;&hellip;', '"x" & éé …'],
    ['styles and comments vanish', '<style>p{color:red}</style><!-- x --><b>bold</b> text', 'bold text'],
    ['a bad numeric entity stays', '&#xD800; &#99999999;', '&#xD800; &#99999999;'],
  ])('%s', (_label, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
