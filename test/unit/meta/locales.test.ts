import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const load = (lang: string) => JSON.parse(readFileSync(join(root, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const es = load('es');
const placeholders = (text: string) => [...text.matchAll(/\$\d/gu)].map(([p]) => p).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/u.test(name) ? [path] : [];
  });
}

describe('_locales', () => {
  it('English and Spanish have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(message.trim(), key).not.toBe('');
      expect(es[key]!.message.trim(), key).not.toBe('');
      expect(placeholders(es[key]!.message), key).toEqual(placeholders(message));
    }
  });

  it('every key the code asks for exists (t("key") and template keys like `stage_${…}`)', () => {
    const used = new Set<string>();
    const prefixes = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, key] of code.matchAll(/\bt\(\s*'([A-Za-z_]+)'/gu)) used.add(key!);
      for (const [, prefix] of code.matchAll(/`([A-Za-z]+_)\$\{/gu)) prefixes.add(prefix!);
    }
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) expect(en, key).toHaveProperty(key);
    for (const prefix of prefixes) expect(Object.keys(en).some((k) => k.startsWith(prefix)), prefix).toBe(true);
  });
});
