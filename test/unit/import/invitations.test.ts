import { describe, expect, it } from 'vitest';
import { readExportText } from '../../../src/core/import/read';
import { build, csvLine, header } from './helpers';

function invitations(text: string) {
  const result = readExportText(text);
  if (!result.ok || result.kind !== 'invitations') throw new Error(JSON.stringify(result));
  return result;
}

describe('Invitations.csv', () => {
  it('2024: dates like "12/15/24, 7:47 AM", both directions, profile URLs; bad rows by line', () => {
    const file = build(
      header('invitations_2024'),
      [
        csvLine('Ana Pérez', 'Bea Soto', '12/15/24, 7:47 AM', 'Hola Bea, nos vimos en "Madrid JS".\n¿Conectamos?', 'OUTGOING', 'https://www.linkedin.com/in/ana-perez', 'https://www.linkedin.com/in/bea-soto'),
        csvLine('Cal Ruiz', 'Ana Pérez', '1/2/25, 12:05 PM', '', 'INCOMING', 'https://www.linkedin.com/in/cal-ruiz', 'https://www.linkedin.com/in/ana-perez'),
        csvLine('Dan', 'Ana Pérez', '1/2/25, 12:05 PM', '', 'SIDEWAYS', '', ''),
        csvLine('Eva', '', '1/2/25, 12:00 AM', '', 'INCOMING', '', ''),
        csvLine('Fé', 'Ana Pérez', '1/3/25, 12:00 AM', '', 'incoming', '', ''),
      ],
      { crlf: true, bom: true },
    );
    const result = invitations(file.text);
    expect(result.generation).toBe('2024');
    expect(result.records.map((r) => r.line)).toEqual([file.lines[0], file.lines[1], file.lines[4]]);
    expect(result.records[0]!.record).toMatchObject({
      from: 'Ana Pérez',
      to: 'Bea Soto',
      sentAt: Date.UTC(2024, 11, 15, 7, 47),
      direction: 'OUTGOING',
      inviterSlug: 'ana-perez',
      inviteeSlug: 'bea-soto',
      inviteeUrl: 'https://www.linkedin.com/in/bea-soto',
    });
    expect(result.records[0]!.record.message).toMatch(/^Hola Bea, nos vimos en "Madrid JS"\.\r?\n¿Conectamos\?$/u);
    expect(result.records[1]!.record).toMatchObject({ sentAt: Date.UTC(2025, 0, 2, 12, 5), message: '', direction: 'INCOMING', inviterSlug: 'cal-ruiz' });
    expect(result.records[2]!.record).toMatchObject({ sentAt: Date.UTC(2025, 0, 3, 0, 0), direction: 'INCOMING' });
    expect(result.errors.map(({ line, code }) => ({ line, code }))).toEqual([
      { line: file.lines[2], code: 'bad-direction' },
      { line: file.lines[3], code: 'missing-name' },
    ]);
  });

  it('2018: no profile URLs', () => {
    const file = build(header('invitations_2018'), [csvLine('Ana', 'Bea', '1/8/18, 6:14 PM', 'Hi', 'OUTGOING')]);
    const result = invitations(file.text);
    expect(result.generation).toBe('2018');
    expect(result.records[0]!.record).toEqual({ from: 'Ana', to: 'Bea', sentAt: Date.UTC(2018, 0, 8, 18, 14), message: 'Hi', direction: 'OUTGOING' });
  });
});
