import { describe, expect, it } from 'vitest';
import { readExport, readExportText } from '../../../src/core/import/read';
import { chunksOf, csvLine, header } from './helpers';

const ROWS = 30_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function connections(): string {
  const rows = Array.from({ length: ROWS }, (_, i) =>
    csvLine(
      `Persona${i}`,
      i % 7 === 0 ? `Núñez, "${i}" 🙂` : `Apellido${i}`,
      `https://www.linkedin.com/in/persona-${i}-a1b2`,
      i % 10 === 0 ? `p${i}@example.com` : '',
      i % 3 === 0 ? `Empresa ${i}, S.A.` : `Empresa ${i}`,
      i % 5 === 0 ? 'Head of\nEverything' : 'Engineer',
      `${(i % 28) + 1} ${MONTHS[i % 12]} ${2010 + (i % 15)}`,
    ),
  );
  return `\uFEFF${header('connections_2024')}\r\n${rows.join('\r\n')}\r\n`;
}

describe('speed', () => {
  it(`reads a ${ROWS.toLocaleString('en-US')}-row Connections.csv in well under a few seconds`, async () => {
    const text = connections();
    let started = performance.now();
    const result = readExportText(text);
    const whole = performance.now() - started;
    expect(result).toMatchObject({ ok: true, kind: 'connections', errors: [] });
    if (result.ok) expect(result.records).toHaveLength(ROWS);

    started = performance.now();
    let records = 0;
    for await (const event of readExport(chunksOf(text, 256 * 1024))) if (event.type === 'record') records++;
    const streamed = performance.now() - started;
    expect(records).toBe(ROWS);

    console.info(`${ROWS} connections (${(text.length / 1e6).toFixed(1)} M chars): whole text ${whole.toFixed(0)} ms, streamed in 256 K chunks ${streamed.toFixed(0)} ms`);
    expect(whole).toBeLessThan(3000);
    expect(streamed).toBeLessThan(3000);
  });
});
