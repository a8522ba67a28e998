import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readExportText } from '../../../src/core/import/read';
import { looksLikeZip, readExportZip } from '../../../src/core/import/zip';
import { build, csvLine, header } from './helpers';

const connections = build(header('connections_2024'), [csvLine('Ana', 'Pérez', 'https://www.linkedin.com/in/ana-perez', '', 'Acme', 'CTO', '16 Dec 2024')], { crlf: true, bom: true }).text;
const messages = build(header('messages_2024'), [csvLine('2-a', '', 'Ana', '', 'Bea', '', '2024-12-16 18:24:37 UTC', '', 'hola 🙂', 'INBOX', 'No', 'No')]).text;
const invitations = build(header('invitations_2024'), [csvLine('Ana', 'Bea', '12/15/24, 7:47 AM', '', 'OUTGOING', '', '')]).text;

/** An archive shaped like LinkedIn's: a folder, other files beside ours, a macOS resource fork. */
function archive(): Uint8Array {
  const folder = 'Complete_LinkedInDataExport_12-16-2024';
  return zipSync({
    [`${folder}/Connections.csv`]: strToU8(connections),
    [`${folder}/messages.csv`]: strToU8(messages),
    [`${folder}/Invitations.csv`]: strToU8(invitations),
    [`${folder}/Profile.csv`]: strToU8('First Name,Last Name\nAna,Pérez\n'),
    [`${folder}/Jobs/Job Applications.csv`]: strToU8('x\n'),
    [`__MACOSX/${folder}/._Connections.csv`]: new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]),
  });
}

describe('the export archive', () => {
  it('finds the three files in a folder, decoded as UTF-8, and they read', () => {
    const bytes = archive();
    expect(looksLikeZip(bytes)).toBe(true);
    const result = readExportZip(bytes);
    if (!result.ok) throw new Error(result.error.reason);
    expect(result.files.map((file) => [file.kind, file.path.split('/').pop()])).toEqual([
      ['connections', 'Connections.csv'],
      ['invitations', 'Invitations.csv'],
      ['messages', 'messages.csv'],
    ]);
    const read = result.files.map((file) => readExportText(file.text, { expect: file.kind }));
    expect(read).toMatchObject([
      { ok: true, records: [{ record: { name: 'Ana Pérez', slug: 'ana-perez' } }] },
      { ok: true, records: [{ record: { direction: 'OUTGOING' } }] },
      { ok: true, records: [{ record: { text: 'hola 🙂' } }] },
    ]);
  });

  it('any case, any depth, given in chunks; the copy nearest the root wins', () => {
    const bytes = zipSync({
      'a/b/c/CONNECTIONS.CSV': strToU8('deep'),
      'x/connections.csv': strToU8(connections),
    });
    const chunks = [bytes.subarray(0, 100), bytes.subarray(100, 101), bytes.subarray(101)];
    const result = readExportZip(chunks);
    expect(result).toMatchObject({ ok: true, files: [{ kind: 'connections', path: 'x/connections.csv' }] });
  });

  it('a truncated archive is a clear error, not an exception', () => {
    const bytes = archive();
    for (const cut of [bytes.length - 1, Math.floor(bytes.length / 2), 30, 4]) {
      expect(readExportZip(bytes.subarray(0, cut)), `cut at ${cut}`).toMatchObject({ ok: false, error: { code: 'zip-corrupt' } });
    }
    expect(readExportZip(strToU8('First Name,Last Name\n'))).toMatchObject({ ok: false, error: { code: 'zip-corrupt' } });
  });

  it('damaged compressed data never escapes as an exception', () => {
    const bytes = archive().slice();
    // Flip bytes inside the first entry's compressed data (after its 30-byte header and name).
    for (let i = 120; i < 160; i++) bytes[i] = bytes[i]! ^ 0xff;
    // Inflate notices most damage; some decodes to garbage text (fflate checks no CRC), which the CSV reader then refuses.
    const result = readExportZip(bytes);
    expect(result.ok ? 'read' : result.error.code).toMatch(/^(read|zip-corrupt)$/u);
  });

  it('an archive without the export files says so', () => {
    const result = readExportZip(zipSync({ 'Profile.csv': strToU8('x'), 'photo.jpg': new Uint8Array(10) }));
    expect(result).toMatchObject({ ok: false, error: { code: 'zip-no-exports', reason: expect.stringContaining('Connections.csv') } });
  });

  it('refuses to unpack past the size cap (zip-bomb guard), before inflating anything', () => {
    const big = zipSync({ 'Connections.csv': new Uint8Array(3 * 1024 * 1024) }, { level: 9 });
    expect(big.length).toBeLessThan(20_000);
    expect(readExportZip(big, { maxBytes: 2 * 1024 * 1024 })).toMatchObject({ ok: false, error: { code: 'zip-too-large' } });
    expect(readExportZip(big)).toMatchObject({ ok: true });
  });
});
