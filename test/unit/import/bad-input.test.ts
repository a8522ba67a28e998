import { describe, expect, it } from 'vitest';
import { detectExportKind, kindFromFileName } from '../../../src/core/import/detect';
import { readExport, readExportText, type ImportEvent } from '../../../src/core/import/read';
import { build, chunksOf, csvLine, header, ownHeader, type HeaderName } from './helpers';

describe('which export a file is, from its header', () => {
  it.each([
    ['connections_2018', 'connections'],
    ['connections_2021', 'connections'],
    ['connections_2024', 'connections'],
    ['messages_2018', 'messages'],
    ['messages_2021', 'messages'],
    ['messages_2023', 'messages'],
    ['messages_2024', 'messages'],
    ['invitations_2018', 'invitations'],
    ['invitations_2024', 'invitations'],
  ] as const)('%s is %s', (name: HeaderName, kind) => {
    expect(detectExportKind(`\uFEFF${header(name).replace(/\n/gu, '\r\n')}\r\n`)).toBe(kind);
    expect(readExportText(`${header(name)}\n`)).toMatchObject({ ok: true, kind, records: [], errors: [] });
    expect(detectExportKind(ownHeader(name)), 'our own header line').toBe(kind);
  });

  it('anything else is unknown; file names are a hint', () => {
    expect(detectExportKind('Name,Email\nAna,a@example.com\n')).toBe('unknown');
    expect(detectExportKind('')).toBe('unknown');
    expect(kindFromFileName('Basic_LinkedInDataExport_12-16-2024/Connections.csv')).toBe('connections');
    expect(kindFromFileName('MESSAGES.CSV')).toBe('messages');
    expect(kindFromFileName('Invitations.csv.txt')).toBeNull();
  });

  it('extra, unknown columns are ignored', () => {
    const text = build('Notes:\n\nFirst Name,Last Name,Extra,URL,Email Address,Company,Position,Connected On,Also new', [
      csvLine('Ana', 'Ruiz', 'x', 'https://www.linkedin.com/in/ana-ruiz', '', 'Acme', 'CTO', '16 Dec 2024', 'y'),
    ]).text;
    expect(readExportText(text)).toMatchObject({ ok: true, kind: 'connections', generation: '2024', records: [{ line: 4, record: { slug: 'ana-ruiz' } }] });
  });
});

describe('files refused as a whole, with one clear error', () => {
  it('an empty file', () => {
    for (const text of ['', '\uFEFF', '\r\n\r\n  \n']) expect(readExportText(text)).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('a CSV with the wrong columns names the columns expected and found', () => {
    const result = readExportText('Name,Email,Phone\nAna,a@example.com,1\n');
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-columns', found: ['Name', 'Email', 'Phone'], line: 1 } });
    if (result.ok) return;
    expect(result.error.expected).toEqual(expect.arrayContaining(['First Name', 'Connected On', 'CONTENT', 'Sent At']));
    expect(result.error.reason).toContain('found Name, Email, Phone');
  });

  it('a Connections.csv missing a column says which', () => {
    const result = readExportText(`${header('connections_2024').replace(',Connected On', '')}\nAna,Ruiz,,,,\n`);
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-columns', expected: expect.arrayContaining(['Connected On']) } });
    if (!result.ok) expect(result.error.reason).toMatch(/Connections\.csv\. It lacks Connected On\./u);
  });

  it('the wrong export for the slot it was dropped on', () => {
    const result = readExportText(`${header('messages_2024')}\n`, { expect: 'connections' });
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong-kind', reason: "This is LinkedIn's messages.csv, not Connections.csv." } });
  });

  it('random binary, and a ZIP given as text', () => {
    let seed = 42;
    const bytes = Uint8Array.from({ length: 5000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed & 0xff));
    const text = new TextDecoder().decode(bytes);
    expect(readExportText(text)).toMatchObject({ ok: false, error: { code: 'not-text' } });
    expect(readExportText('PK\u0003\u0004\u0014\u0000rest')).toMatchObject({ ok: false, error: { code: 'not-text', reason: expect.stringContaining('ZIP') } });
  });

  it('the streaming reader refuses the same files with a failed event, never a throw', async () => {
    const drain = async (source: Iterable<string>) => {
      const events: ImportEvent[] = [];
      for await (const event of readExport(source)) events.push(event);
      return events;
    };
    expect(await drain([''])).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'empty' }) }]);
    expect(await drain(chunksOf('Name,Email\nAna,x\n', 3))).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'wrong-columns' }) }]);
    expect(await drain(['\u0000\u0001\u0002binary'])).toEqual([{ type: 'failed', error: expect.objectContaining({ code: 'not-text' }) }]);
    const swallowed = `${header('connections_2018')}\nAna,"Ruiz,,,,1 Jan 2020\n${'x'.repeat(1_100_000)}`;
    const events = await drain(chunksOf(swallowed, 1 << 16));
    expect(events.at(-1)).toEqual({ type: 'failed', error: expect.objectContaining({ code: 'unterminated-quote', line: lineCountOf(header('connections_2018')) + 1 }) });
  });

  it('an unmatched quote in a whole text is one row error at its line, the rows before it kept', () => {
    const file = build(header('connections_2018'), [csvLine('Ana', 'Ruiz', '', '', '', '1 Jan 2020'), 'Bo,"Li,,,,1 Jan 2020', csvLine('Cy', 'Ng', '', '', '', '1 Jan 2020')]);
    const result = readExportText(file.text);
    expect(result).toMatchObject({ ok: true, records: [{ line: file.lines[0] }], errors: [{ line: file.lines[1], code: 'unmatched-quote' }] });
  });

  it('a file cancelled half way stops with an AbortError', async () => {
    const controller = new AbortController();
    const file = build(header('connections_2018'), Array.from({ length: 500 }, (_, i) => csvLine(`P${i}`, 'X', '', '', '', '1 Jan 2020')));
    let records = 0;
    const run = async () => {
      for await (const event of readExport(chunksOf(file.text, 1000), { signal: controller.signal })) {
        if (event.type === 'record' && ++records === 100) controller.abort();
      }
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(records).toBe(100);
  });
});

function lineCountOf(text: string): number {
  return text.split('\n').length;
}
