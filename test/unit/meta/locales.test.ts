import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReaderName } from '../../../src/core/model/health';
import { INTERACTION_KINDS } from '../../../src/core/model/interaction';
import { Degree } from '../../../src/core/model/profile';
import { LANGUAGES } from '../../../src/core/model/settings';
import { STAGES } from '../../../src/core/model/stage';
import { SKIP_REASONS } from '../../../src/linkedin/read/thread';
import { MILESTONES } from '../../../src/core/model/activity';
import { BACKUP_TABLES } from '../../../src/core/model/backup';
import { LAST_INTERACTION_FILTERS, SORTS } from '../../../src/core/relationship/network';
import { REVIEW_ORDERS } from '../../../src/core/relationship/review';
import { VIEW_IDS } from '../../../src/options/view-ids';
import { CSV_COLUMNS } from '../../../src/storage/backup';

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
  it('every key is one Chrome accepts (ASCII letters, digits and _): one bad key and the extension does not load', () => {
    for (const key of [...Object.keys(en), ...Object.keys(es)]) expect(key).toMatch(/^[A-Za-z0-9_]+$/u);
  });

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
    expect([...prefixes].sort()).toEqual([
      'csv_',
      'dataTable_',
      'degree_',
      'funnelStage_',
      'importError_',
      'importKind_',
      'importOutcome_',
      'importPhase_',
      'importSkip_',
      'kind_',
      'language_',
      'milestone_',
      'networkLast_',
      'networkSort_',
      'reader_',
      'reviewOrder_',
      'skip_',
      'stageHelp_',
      'stage_',
      'view_',
    ]);
  });

  it('every message is used: named in the code or the manifest, or reached through a template key', () => {
    const code = [...sources(join(root, 'src')).map((file) => readFileSync(file, 'utf8')), readFileSync(join(root, 'manifest.json'), 'utf8')].join('\n');
    const named = new Set([...code.matchAll(/['"`](?:__MSG_)?([A-Za-z0-9]\w*?)(?:__)?['"`]/gu)].map(([, key]) => key));
    const prefixes = [...new Set([...code.matchAll(/`([A-Za-z]+_)\$\{/gu)].map(([, prefix]) => prefix!))];
    expect(Object.keys(en).filter((key) => !named.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)))).toEqual([]);
  });

  it('every value shown through a template key has its message', () => {
    const expected = [
      ...INTERACTION_KINDS.map((k) => `kind_${k}`),
      ...STAGES.flatMap((s) => [`stage_${s}`, `stageHelp_${s}`]),
      ...Degree.options.map((d) => `degree_${d}`),
      ...ReaderName.options.map((r) => `reader_${r}`),
      ...LANGUAGES.map((l) => `language_${l}`),
      ...SKIP_REASONS.map((r) => `skip_${r.replaceAll('-', '_')}`),
      ...VIEW_IDS.map((v) => `view_${v}`),
      ...STAGES.map((s) => `funnelStage_${s}`),
      ...MILESTONES.map((m) => `milestone_${m}`),
      ...LAST_INTERACTION_FILTERS.map((f) => `networkLast_${f}`),
      ...SORTS.map((s) => `networkSort_${s}`),
      ...REVIEW_ORDERS.map((o) => `reviewOrder_${o}`),
      ...CSV_COLUMNS.map((c) => `csv_${c}`),
      ...BACKUP_TABLES.map((t) => `dataTable_${t}`),
    ];
    for (const key of expected) expect(en, key).toHaveProperty(key);
  });
});
