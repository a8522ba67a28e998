/*
 * Mass-message lookup at 10k and 100k sent messages: fingerprint the draft, fetch the candidates sharing an LSH
 * band (here an in-memory bucket map standing in for the worker's IndexedDB multiEntry index), and compare them.
 */
import { fingerprint, type Fingerprint } from '../../src/core/analysis/fingerprint';
import { sentToOthers, type SentFingerprint } from '../../src/core/analysis/mass';
import { ms, timeIt } from './stats';

const VOCABULARY = 'the a to of and in for on with team work project talk post meetup idea design data research product nurse hospital music book coffee call week thanks question article study'.split(' ');

/** A made-up message of `n` words from a seeded generator: the same inputs on every run. */
function message(seed: number, n: number): string {
  let state = seed || 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out.push(VOCABULARY[state % VOCABULARY.length]!);
  }
  return out.join(' ');
}

/** `count` sent messages, one in a hundred a copy of `template` to another name (a user's mass mailing). */
function index(count: number, template: string): Map<string, SentFingerprint[]> {
  const buckets = new Map<string, SentFingerprint[]>();
  for (let i = 0; i < count; i++) {
    const fp = fingerprint(i % 100 === 0 ? `Hi person${i}, ${template}` : message(i + 1, 40 + (i % 60)))!;
    const sent = { recipient: `r${i % 5000}`, at: i, signature: fp.signature };
    for (const band of fp.bands) (buckets.get(band) ?? buckets.set(band, []).get(band)!).push(sent);
  }
  return buckets;
}

function candidates(buckets: Map<string, SentFingerprint[]>, draft: Fingerprint): Set<SentFingerprint> {
  const out = new Set<SentFingerprint>();
  for (const band of draft.bands) for (const sent of buckets.get(band) ?? []) out.add(sent);
  return out;
}

export function benchMass(): string[] {
  const template = message(424242, 400).slice(0, 1990);
  const draftText = `Hi Ana, ${template}`;
  const lines = [`Mass-message lookup (draft of ${draftText.length} characters)`];
  const fp = timeIt(() => fingerprint(draftText), 500);
  lines.push(`  fingerprint of the draft          p50 ${ms(fp.p50)}  p99 ${ms(fp.p99)}`);
  for (const count of [10_000, 100_000]) {
    const buckets = index(count, template);
    const draft = fingerprint(draftText)!;
    let result = { recipients: 0, similarity: 0 };
    const lookup = timeIt(() => {
      result = sentToOthers(draft, candidates(buckets, draft), { since: 0, similarity: 0.8 });
    }, 200);
    const compared = candidates(buckets, draft).size;
    lines.push(
      `  lookup + compare, ${String(count).padStart(7)} sent     p50 ${ms(lookup.p50)}  p99 ${ms(lookup.p99)}  (${compared} compared, not ${count}; ${result.recipients} near-duplicate recipients)`,
    );
  }
  return lines;
}
