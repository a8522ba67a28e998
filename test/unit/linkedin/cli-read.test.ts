import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_FIXTURES } from './helpers';

/** `npm run read` is `tsx src/cli/read.ts`: run it the same way, in a child process. */
const REPO = resolve(import.meta.dirname, '../../..');
function read(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/read.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run read', () => {
  it('prints the readers\' JSON and says which URL it inferred', () => {
    const { status, stdout, stderr } = read(resolve(OWN_FIXTURES, 'profile_sdui_2026_en_2nd-degree.html'));
    expect(status).toBe(0);
    expect(stderr).toContain('url: https://www.linkedin.com/in/kwame-asante-lindqvist/ (inferred from the top-card self link)');
    const output = JSON.parse(stdout);
    expect(output.url).toBe('https://www.linkedin.com/in/kwame-asante-lindqvist/');
    expect(output.readers).toMatchObject([{ reader: 'profile', pageKind: 'profile-sdui-2026', stale: false, record: { name: 'Kwame Asante-Lindqvist', degree: '2nd' } }]);
  });

  it('reads a thread page: its posts, authors and commenters', () => {
    const { status, stdout, stderr } = read(resolve(OWN_FIXTURES, 'thread_feed_update_ember_2026_en.html'));
    expect(status).toBe(0);
    expect(stderr).toContain('url: https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/ (inferred from the canonical link)');
    const [reading] = JSON.parse(stdout).readers;
    expect(reading).toMatchObject({ reader: 'thread', pageKind: 'thread-ember', threads: [{ id: 'urn:li:activity:7460207198208434201', author: { slug: 'camille-durand-okafor' } }] });
    expect(reading.skipped.map((k: { reason: string }) => k.reason)).toEqual(expect.arrayContaining(['company-author', 'deleted-author']));
  });

  it('uses --url when given (here: another person, so the reading is stale)', () => {
    const { status, stdout } = read(resolve(OWN_FIXTURES, 'profile_sdui_2026_en_2nd-degree.html'), '--url', 'https://www.linkedin.com/in/someone-else/');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).readers).toMatchObject([{ stale: true, record: { slug: 'someone-else' } }]);
  });

  it.each([
    ['no file', [], 'expected one saved page'],
    ['a missing file', ['test/fixtures/linkedin/no-such-page.html'], 'cannot read'],
    ['an unknown option', ['x.html', '--bogus'], "Unknown option '--bogus'"],
    ['a --url that is not LinkedIn', [resolve(OWN_FIXTURES, 'authwall_2026_en.html'), '--url', 'https://example.com/in/x/'], 'not an https LinkedIn URL'],
  ])('exits 2 with a clear message on %s', (_, args, message) => {
    const { status, stdout, stderr } = read(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run read -- <saved-page.html>');
  });
});
