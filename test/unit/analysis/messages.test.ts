import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_MESSAGE_KEYS, judge, type JudgeContext } from '../../../src/core/analysis/judge';

/*
 * The judgement speaks in _locales keys; the UI and `npm run judge` render them. Every key it can emit must
 * exist in both languages, and each message must use exactly the parameters the judgement passes.
 */
const load = (lang: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
const catalogues = { en: load('en'), es: load('es') };
const slots = (message: string) => new Set([...message.matchAll(/\$(\d)/gu)].map(([, n]) => Number(n)));

describe('guard messages', () => {
  it.each(GUARD_MESSAGE_KEYS)('%s is in English and Spanish', (key) => {
    expect(catalogues.en).toHaveProperty(key);
    expect(catalogues.es).toHaveProperty(key);
    expect(slots(catalogues.es[key]!.message)).toEqual(slots(catalogues.en[key]!.message));
  });

  it('every emitted message fills exactly the slots its text has', () => {
    const drafts: [string, JudgeContext][] = [
      ['Hi [Name], we help companies like yours. Free trial here!', { recipient: { name: 'Ana', connectedDaysAgo: 5 } }],
      ['I came across your profile and would love to connect.', { recipient: { name: 'Ana Ruiz', messagesExchanged: 0 } }],
      ["I'd like to add you to my professional network.", { recipient: { connectedDaysAgo: 0 } }],
      ['Do you have 15 minutes for a quick call?', { recipient: { connectedDaysAgo: 1, messagesExchanged: 0, company: 'Acme' } }],
      ['Thanks!', { sentToOthers: { recipients: 5, similarity: 1 } }],
    ];
    const seen = new Set<string>();
    for (const [text, context] of drafts) {
      const j = judge(text, context);
      for (const m of [...j.reasons.map((r) => r.message), ...j.suggestions]) {
        seen.add(m.key);
        const expected = new Set(m.params.map((_, i) => i + 1));
        expect(slots(catalogues.en[m.key]!.message), m.key).toEqual(expected);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });
});
