import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeGuess } from '../../../src/core/import/me';
import { EXPORT_KINDS } from '../../../src/core/import/columns';
import { FILE_ERROR_CODES, ROW_ERROR_CODES } from '../../../src/core/import/problems';
import { IMPORT_OUTCOMES, IMPORT_PHASES, runImport, type ImportProgress } from '../../../src/pages/import-run';
import { VinculoDb } from '../../../src/storage/db';
import { SKIP_CODES } from '../../../src/storage/import';
import { loadSettings, saveSettings } from '../../../src/storage/settings';
import { build, csvLine, header } from '../import/helpers';

let db: VinculoDb;
beforeEach(() => {
  db = new VinculoDb(`test-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const now = Date.UTC(2026, 10, 23, 12);
const profile = (slug: string) => `https://www.linkedin.com/in/${slug}`;
const ME = { name: 'Yo Mismo', slug: 'yo-mismo' };

/** Connections.csv (2024) with `count` people, and a row without a name at the given position. */
function connectionsCsv(count: number, { badAt }: { badAt?: number } = {}) {
  const rows = Array.from({ length: count }, (_, i) =>
    i === badAt ? csvLine('', '', profile('nobody'), '', '', '', '16 Dec 2024') : csvLine(`Persona${i}`, `Apellido ${i}`, profile(`persona-${i}`), '', `Empresa ${i}, S.A.`, 'Engineer', '16 Dec 2024'),
  );
  return build(header('connections_2024'), rows, { crlf: true, bom: true });
}

/** messages.csv (2024): one conversation per person, each a message from the user and a reply. */
function messagesCsv(people: number, { draftAt }: { draftAt?: number } = {}) {
  const rows = Array.from({ length: people }, (_, i) => {
    const other = { name: `Persona${i} Apellido ${i}`, slug: `persona-${i}` };
    return [
      csvLine(`conv-${i}`, '', ME.name, profile(ME.slug), other.name, profile(other.slug), '2024-12-16 18:24:37 UTC', '', `<p>Hola ${i}, ¿un café?</p>`, 'INBOX', i === draftAt ? 'Yes' : 'No', 'No'),
      csvLine(`conv-${i}`, '', other.name, profile(other.slug), ME.name, profile(ME.slug), '2024-12-17 08:00:00 UTC', '', 'Claro 🙂', 'INBOX', 'No', 'No'),
    ];
  }).flat();
  return build(header('messages_2024'), rows);
}

function invitationsCsv() {
  return build(header('invitations_2024'), [
    csvLine(ME.name, 'Persona0 Apellido 0', '12/15/24, 7:47 AM', 'Hola, ¿conectamos?', 'OUTGOING', profile(ME.slug), profile('persona-0')),
    csvLine('Dana Ortiz', ME.name, '12/16/24, 9:00 AM', '', 'INCOMING', profile('dana-ortiz'), profile(ME.slug)),
    csvLine(ME.name, 'Eva', 'not a date', '', 'OUTGOING', profile(ME.slug), profile('eva')),
  ]);
}

const csvFile = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

function archive(files: Record<string, string>): File {
  const folder = 'Complete_LinkedInDataExport_11-23-2026';
  const entries = Object.fromEntries(Object.entries(files).map(([name, text]) => [`${folder}/${name}`, strToU8(text)]));
  return new File([zipSync({ ...entries, [`${folder}/Profile.csv`]: strToU8('First Name,Last Name\nYo,Mismo\n') })], 'Basic_LinkedInDataExport.zip');
}

async function counts() {
  return { contacts: await db.contacts.count(), interactions: await db.interactions.count(), activity: await db.activity.count() };
}

describe('importing what the user dropped', () => {
  it('reads the three files from LinkedIn ZIP, writes them, and reports each with its skipped rows', async () => {
    const connections = connectionsCsv(50, { badAt: 7 });
    const messages = messagesCsv(20, { draftAt: 3 });
    const invitations = invitationsCsv();
    const progress: ImportProgress[] = [];
    const result = await runImport(db, [archive({ 'Connections.csv': connections.text, 'messages.csv': messages.text, 'Invitations.csv': invitations.text })], {
      now,
      batchSize: 10,
      onProgress: (p) => progress.push(p),
    });
    expect(result.outcome).toBe('imported');
    expect(result.me).toEqual(ME);
    expect(result.files).toEqual([
      {
        name: 'Basic_LinkedInDataExport.zip › Connections.csv',
        kind: 'connections',
        generation: '2024',
        imported: 49,
        merged: 0,
        unchanged: 0,
        contactsCreated: 0,
        skipped: [{ line: connections.lines[7], code: 'missing-name', reason: expect.any(String), details: ['First Name, Last Name'] }],
        unlisted: 0,
      },
      {
        name: 'Basic_LinkedInDataExport.zip › Invitations.csv',
        kind: 'invitations',
        generation: '2024',
        imported: 2,
        merged: 0,
        unchanged: 0,
        contactsCreated: 1,
        skipped: [{ line: invitations.lines[2], code: 'bad-date', reason: expect.stringContaining('Sent At'), details: ['Sent At', 'not a date'] }],
        unlisted: 0,
      },
      {
        name: 'Basic_LinkedInDataExport.zip › messages.csv',
        kind: 'messages',
        generation: '2024',
        imported: 39,
        merged: 0,
        unchanged: 0,
        // Persona 7's row in Connections.csv had no name: the messages bring her in.
        contactsCreated: 1,
        skipped: [{ line: messages.lines[6], code: 'draft', reason: 'A draft, never sent.' }],
        unlisted: 0,
      },
    ]);
    expect(await counts()).toEqual({ contacts: 51, interactions: 41, activity: 21 });
    // Remembered for the next import.
    expect((await loadSettings(db)).me).toEqual(ME);

    // Progress: reading in bytes up to the archive's size, then each phase in records, in order, never backwards.
    const phases = [...new Set(progress.map((p) => p.phase))];
    expect(phases).toEqual(['reading', 'connections', 'invitations', 'messages']);
    for (const phase of phases) {
      const steps = progress.filter((p) => p.phase === phase);
      expect(steps.map((p) => p.done)).toEqual([...steps.map((p) => p.done)].sort((a, b) => a - b));
      expect(steps.at(-1)!.done).toBe(steps.at(-1)!.total);
    }
    expect(progress.filter((p) => p.phase === 'connections').map((p) => p.done)).toEqual([0, 10, 20, 30, 40, 49]);
    expect(progress.find((p) => p.phase === 'messages')?.total).toBe(40);
  });

  it('merges on re-import: nothing new, nothing duplicated, the user read from the settings', async () => {
    const files = () => [csvFile('Connections.csv', connectionsCsv(30).text), csvFile('messages.csv', messagesCsv(10).text), csvFile('Invitations.csv', invitationsCsv().text)];
    await runImport(db, files(), { now });
    const before = await counts();
    let asked = 0;
    const again = await runImport(db, files(), { now: now + 1000, chooseMe: async () => (asked++, ME) });
    expect(asked).toBe(0);
    expect(again.outcome).toBe('imported');
    expect(again.files.map(({ name, imported, merged, unchanged }) => ({ name, imported, merged, unchanged }))).toEqual([
      { name: 'Connections.csv', imported: 0, merged: 0, unchanged: 30 },
      { name: 'messages.csv', imported: 0, merged: 0, unchanged: 20 },
      { name: 'Invitations.csv', imported: 0, merged: 0, unchanged: 2 },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('asks who the user is when the messages do not say, and remembers the answer', async () => {
    const guesses: MeGuess[] = [];
    const result = await runImport(db, [csvFile('messages.csv', messagesCsv(1).text)], {
      now,
      chooseMe: async (guess) => {
        guesses.push(guess);
        return guess.candidates.find((c) => c.person.slug === 'yo-mismo')!.person;
      },
    });
    expect(guesses).toHaveLength(1);
    expect(guesses[0]!.candidates.map((c) => c.person.slug).sort()).toEqual(['persona-0', 'yo-mismo']);
    expect(result).toMatchObject({ outcome: 'imported', me: ME, files: [{ imported: 2 }] });
    expect((await db.interactions.toArray()).map((i) => [i.contactId, i.direction]).sort()).toEqual([
      ['persona-0', 'in'],
      ['persona-0', 'out'],
    ]);
    expect((await loadSettings(db)).me).toEqual(ME);
  });

  it('uses the remembered user without asking', async () => {
    await saveSettings(db, { me: { slug: 'yo-mismo' } });
    const result = await runImport(db, [csvFile('messages.csv', messagesCsv(1).text)], {
      now,
      chooseMe: () => Promise.reject(new Error('should not ask')),
    });
    expect(result).toMatchObject({ outcome: 'imported', me: { slug: 'yo-mismo' }, files: [{ imported: 2 }] });
  });

  it('cancelled mid-way: whole batches stay, the report says what they wrote, the rest is not written', async () => {
    const controller = new AbortController();
    const result = await runImport(db, [csvFile('Connections.csv', connectionsCsv(100).text)], {
      now,
      batchSize: 20,
      signal: controller.signal,
      onProgress: (p) => p.phase === 'connections' && p.done === 40 && controller.abort(),
    });
    expect(result.outcome).toBe('cancelled');
    expect(result.files).toMatchObject([{ name: 'Connections.csv', imported: 40 }]);
    expect(await db.contacts.count()).toBe(40);
  });

  it('cancelled while reading or while asking who the user is: nothing written', async () => {
    const controller = new AbortController();
    const reading = await runImport(db, [csvFile('Connections.csv', connectionsCsv(3000).text)], {
      signal: controller.signal,
      onProgress: (p) => p.phase === 'reading' && p.done > 0 && controller.abort(),
    });
    expect(reading.outcome).toBe('cancelled');
    const asking = new AbortController();
    const result = await runImport(db, [csvFile('Connections.csv', connectionsCsv(3).text), csvFile('messages.csv', messagesCsv(1).text)], {
      signal: asking.signal,
      chooseMe: () => {
        asking.abort();
        return new Promise(() => undefined);
      },
    });
    expect(result.outcome).toBe('cancelled');
    expect(await counts()).toEqual({ contacts: 0, interactions: 0, activity: 0 });
    expect((await loadSettings(db)).me).toBeUndefined();
  });

  it('a file refused as a whole writes nothing, not even the good files beside it', async () => {
    const good = () => csvFile('Connections.csv', connectionsCsv(5).text);
    const zip = archive({ 'Connections.csv': connectionsCsv(5).text });
    const cases: [File, string][] = [
      [new File([], 'Connections.csv'), 'empty'],
      [csvFile('contacts.csv', 'Name,Email,Phone\nAna,a@example.com,1\n'), 'wrong-columns'],
      [new File([new Uint8Array(5000).map((_, i) => (i * 7919) % 256)], 'photo.csv'), 'not-text'],
      [new File([zip.slice(0, zip.size - 40)], 'truncated.zip'), 'zip-corrupt'],
      [archive({ 'Profile.csv': 'First Name,Last Name\nYo,Mismo\n' }), 'zip-no-exports'],
    ];
    for (const [file, code] of cases) {
      const result = await runImport(db, [good(), file]);
      expect(result.outcome, code).toBe('refused');
      expect(result.files.at(-1)?.error?.code, code).toBe(code);
      expect(result.files[0]).toMatchObject({ name: 'Connections.csv', imported: 0 });
    }
    expect(await counts()).toEqual({ contacts: 0, interactions: 0, activity: 0 });
  });

  it('says which export a file with wrong columns looks like, and what it lacks', async () => {
    const text = `${header('connections_2024').replace(',Connected On', '')}\nAna,Pérez,${profile('ana')},,Acme,CTO\n`;
    const result = await runImport(db, [csvFile('Connections.csv', text)]);
    expect(result).toMatchObject({ outcome: 'refused', files: [{ error: { code: 'wrong-columns', details: ['Connections.csv', 'Connected On'] } }] });
  });

  it('refuses a file over the size limit unread', async () => {
    const file = csvFile('Connections.csv', connectionsCsv(100).text);
    const result = await runImport(db, [file], { maxFileBytes: 1000 });
    // The sizes in bytes: the view writes them in the user's language.
    expect(result).toMatchObject({ outcome: 'refused', files: [{ error: { code: 'too-large', details: [String(file.size), '1000'] } }] });
    expect(await db.contacts.count()).toBe(0);
  });

  it('lists at most MAX_LISTED skipped rows of a file and counts the rest', async () => {
    const rows = Array.from({ length: 10_050 }, (_, i) => csvLine(`P${i}`, 'X', profile(`p-${i}`), '', '', '', 'someday'));
    const result = await runImport(db, [csvFile('Connections.csv', build(header('connections_2024'), rows).text)]);
    expect(result.files[0]).toMatchObject({ imported: 0, unlisted: 50 });
    expect(result.files[0]!.skipped).toHaveLength(10_000);
    expect(result.files[0]!.skipped[0]).toMatchObject({ code: 'bad-date', details: ['Connected On', 'someday'] });
  });
});

describe('what the report says, in both languages', () => {
  const catalog = (language: string) => JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it.each(['en', 'es'])('every code, phase, outcome and kind the view names by a template key has a message in %s', (language) => {
    const messages = catalog(language);
    const key = (code: string) => code.replace(/-/gu, '_');
    const missing = [
      ...[...ROW_ERROR_CODES, ...SKIP_CODES].map((code) => `importSkip_${key(code)}`),
      ...FILE_ERROR_CODES.map((code) => `importError_${key(code)}`),
      ...IMPORT_PHASES.map((phase) => `importPhase_${phase}`),
      ...IMPORT_OUTCOMES.map((outcome) => `importOutcome_${outcome}`),
      ...EXPORT_KINDS.map((kind) => `importKind_${kind}`),
    ].filter((name) => !messages[name]?.message);
    expect(missing).toEqual([]);
  });
});
