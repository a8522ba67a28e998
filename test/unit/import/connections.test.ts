import { describe, expect, it } from 'vitest';
import { readExport, readExportText, collect, type ImportEvent } from '../../../src/core/import/read';
import { build, chunksOf, csvLine, header, ownHeader } from './helpers';

describe('Connections.csv, 2024 (Notes block, URL column, "16 Dec 2024")', () => {
  const rows = [
    csvLine('Ana', 'García', 'https://www.linkedin.com/in/ana-garcia-1a2b', '', 'Acme, Inc.', 'Head of "Growth"', '16 Dec 2024'),
    csvLine('José', 'Pérez 🚀', 'https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez', 'jose@example.com', 'Café\nLatino', 'CEO', '1 Feb 2023'),
    csvLine('Broken', 'Row', 'https://www.linkedin.com/in/broken', '', 'X', 'Y'), // a value short
    csvLine('Bad', 'Date', 'https://www.linkedin.com/in/bad-date', '', 'X', 'Y', '31 Feb 2024'),
    csvLine('', '', 'https://www.linkedin.com/in/nobody', '', 'X', 'Y', '2 Mar 2024'),
    csvLine('Zoë', '', '', '', '', '', '29 Feb 2024'),
  ];

  for (const [label, options] of [
    ['LF', {}],
    ['CRLF with a BOM', { crlf: true, bom: true }],
  ] as const) {
    it(`reads good rows and reports the bad ones by line (${label})`, () => {
      const file = build(header('connections_2024'), rows, options);
      const result = readExportText(file.text);
      expect(result.ok).toBe(true);
      if (!result.ok || result.kind !== 'connections') throw new Error('not connections');
      expect(result.generation).toBe('2024');
      expect(result.records.map((r) => r.line)).toEqual([file.lines[0], file.lines[1], file.lines[5]]);
      const [ana, jose, zoe] = result.records.map((r) => r.record);
      expect(ana).toEqual({
        firstName: 'Ana',
        lastName: 'García',
        name: 'Ana García',
        slug: 'ana-garcia-1a2b',
        profileUrl: 'https://www.linkedin.com/in/ana-garcia-1a2b',
        company: 'Acme, Inc.',
        position: 'Head of "Growth"',
        connectedOn: '2024-12-16',
      });
      expect(jose).toMatchObject({ name: 'José Pérez 🚀', slug: 'josé-pérez', email: 'jose@example.com', connectedOn: '2023-02-01' });
      expect(jose!.company).toMatch(/^Café\r?\nLatino$/u);
      expect(zoe).toEqual({ firstName: 'Zoë', lastName: '', name: 'Zoë', connectedOn: '2024-02-29' });
      expect(result.errors.map(({ line, code }) => ({ line, code }))).toEqual([
        { line: file.lines[2], code: 'column-count' },
        { line: file.lines[3], code: 'bad-date' },
        { line: file.lines[4], code: 'missing-name' },
      ]);
      expect(result.errors[0]!.reason).toContain('6 values; the header has 7');
      expect(result.errors[1]!.reason).toContain('"31 Feb 2024"');
      expect(result.errors[1]!.raw).toContain('Bad,Date');
    });
  }

  it('streams the same events in chunks', async () => {
    const file = build(header('connections_2024'), rows, { crlf: true, bom: true });
    const events: ImportEvent[] = [];
    for await (const event of readExport(chunksOf(file.text, 37))) events.push(event);
    expect(collect(events)).toEqual(readExportText(file.text));
    expect(events[0]).toMatchObject({ type: 'header', kind: 'connections', generation: '2024', line: header('connections_2024').split('\n').length });
  });
});

describe('Connections.csv, 2021 (Notes block, no URL column)', () => {
  it('reads names, company and day; no slug', () => {
    const file = build(header('connections_2021'), [
      csvLine('Lucía', 'Núñez', '', 'Globex', 'Engineer', '3 Jan 2021'),
      csvLine('Ömer', 'Çelik', 'omer@example.com', '', '', '15 Aug 2021'),
    ]);
    const result = readExportText(file.text);
    if (!result.ok || result.kind !== 'connections') throw new Error(JSON.stringify(result));
    expect(result.generation).toBe('2021');
    expect(result.records).toEqual([
      { line: file.lines[0], record: { firstName: 'Lucía', lastName: 'Núñez', name: 'Lucía Núñez', company: 'Globex', position: 'Engineer', connectedOn: '2021-01-03' } },
      { line: file.lines[1], record: { firstName: 'Ömer', lastName: 'Çelik', name: 'Ömer Çelik', email: 'omer@example.com', connectedOn: '2021-08-15' } },
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe('Connections.csv, 2018 (no Notes block, "1/8/18, 6:14 PM")', () => {
  it('reads US month/day/year dates as the day written', () => {
    const file = build(header('connections_2018'), [
      csvLine('Ana', 'Ruiz', '', 'Initech', 'PM', '1/8/18, 6:14 PM'),
      csvLine('Bo', 'Li', '', '', '', '12/31/17, 11:59 PM'),
      csvLine('Cy', 'Ng', '', '', '', '13/1/18, 1:00 AM'),
    ]);
    const result = readExportText(file.text);
    if (!result.ok || result.kind !== 'connections') throw new Error(JSON.stringify(result));
    expect(result.generation).toBe('2018');
    expect(result.records.map((r) => r.record.connectedOn)).toEqual(['2018-01-08', '2017-12-31']);
    expect(result.errors).toMatchObject([{ line: 4, code: 'bad-date' }]);
  });

  it('works from our own header lines too', () => {
    for (const name of ['connections_2018', 'connections_2021', 'connections_2024'] as const) {
      const result = readExportText(build(ownHeader(name), [csvLine('A', 'B', ...(name === 'connections_2024' ? [''] : []), '', '', '', '16 Dec 2024')]).text);
      expect(result, name).toMatchObject({ ok: true, kind: 'connections', records: [{ record: { name: 'A B', connectedOn: '2024-12-16' } }] });
    }
  });
});
