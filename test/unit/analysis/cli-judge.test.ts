import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run judge` is `tsx src/cli/judge.ts`: run it the same way, in a child process. */
const REPO = resolve(import.meta.dirname, '../../..');
function run(...args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/judge.ts', ...args], { cwd: REPO, encoding: 'utf8' });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'vinculo-judge-'));
function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('npm run judge', () => {
  const input = file('drafts.jsonl', [
    JSON.stringify({ text: 'Hi Ana, we help companies like yours. Quick demo?', recipient: { name: 'Ana García', connectedDaysAgo: 2, messagesExchanged: 0 }, id: 'a' }),
    JSON.stringify({ text: 'Thanks for the talk yesterday, Ana!', label: 'personal' }),
    'not json',
    JSON.stringify({ text: 42 }),
    '',
    JSON.stringify({ text: 'Hola [Nombre], me gustaría agregarte a mi red' }),
  ]);

  it('prints one JSON line per input line, errors in place', () => {
    const { status, stdout } = run(input);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      level: 'warn',
      reasons: [
        { kind: 'pitch', evidence: ['we help companies', 'Quick demo'], message: 'Reads like a sales pitch: “we help companies”, “Quick demo”.' },
        { kind: 'new_connection', evidence: [], message: 'New connection (connected 2 days ago): this message is their first impression of you.' },
      ],
    });
    expect(lines[1]).toEqual({ level: 'ok', reasons: [] });
    expect(lines[2].error).toMatch(/^line 3: /u);
    expect(lines[3].error).toMatch(/^line 4: text: /u);
    expect(lines[4].reasons.map((r: { kind: string }) => r.kind)).toEqual(['placeholder', 'template']);
  });

  it('speaks Spanish with --lang es', () => {
    const [first] = run(input, '--lang', 'es').stdout.split('\n');
    expect(JSON.parse(first!).reasons[0].message).toBe('Suena a venta: “we help companies”, “Quick demo”.');
  });

  it('--eval reports figures, false alarms and misses', () => {
    const labelled = file('labelled.jsonl', [
      JSON.stringify({ id: 'p1', text: 'Start your free trial today.', label: 'pitch', confidence: 'high' }),
      JSON.stringify({ id: 'p2', text: 'When are you free?', label: 'pitch', confidence: 'medium' }),
      JSON.stringify({ id: 't1', text: "I'd like to add you to my professional network.", label: 'template' }),
      JSON.stringify({ id: 'n1', text: 'Thanks for the intro, Marta!', label: 'personal' }),
      JSON.stringify({ id: 'n2', text: 'Hi [name], loved your post on retention.', label: 'personal', confidence: 'low' }),
    ]);
    const { status, stdout } = run(labelled, '--eval');
    expect(status).toBe(0);
    expect(stdout).toContain('Headline, confidence low left out (4 messages)');
    expect(stdout).toContain('flagged pitch+template   66.7 %');
    expect(stdout).toContain('false alarms on personal 0.0 % (0/1)');
    expect(stdout).toContain('false alarms on personal 50.0 % (1/2)');
    expect(stdout).toMatch(/False alarms \(1\):\n {2}n2 personal\/low -> warn placeholder\[\[name\]\]/u);
    expect(stdout).toMatch(/Misses \(1\):\n {2}p2 pitch\/medium -> ok/u);
  });

  it.each([
    ['no file', [], 'expected one .jsonl file'],
    ['a missing file', [join(dir, 'nope.jsonl')], 'cannot read'],
    ['an unknown language', [join(dir, 'drafts.jsonl'), '--lang', 'fr'], '--lang must be en or es'],
    ['an unknown option', ['x.jsonl', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 with a clear message on %s', (_, args, message) => {
    const { status, stdout, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run judge -- <file.jsonl>');
  });
});
