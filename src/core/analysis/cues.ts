import { spanOf, type Folded, type Span } from './fold';

/**
 * A lexicon entry: how much a phrase says on its own, and the phrase as a regular expression over folded text
 * (lowercase, no accents, straight apostrophes; see fold.ts) without capturing groups.
 *
 * Points: 3 = says it alone ("free trial", "I came across your profile"); 2 = a strong hint that needs one
 * more; 1 = a weak hint, common in ordinary messages, that counts only together with others. A signal fires at
 * THRESHOLD points from distinct entries, so a single weak word never flags a message.
 */
export type Cue = readonly [points: 1 | 2 | 3, pattern: string];

export const THRESHOLD = 3;

export interface Hit extends Span {
  cue: number;
  points: number;
}

export interface Matcher {
  /** Every match in the folded text, in order, at most `limit` of them. */
  find(folded: Folded, limit?: number): Hit[];
}

/** Letters and digits of folded text: a phrase must not start or end inside a word ("demo" in "democracy"). */
const EDGE_BEFORE = '(?<![a-z0-9])';
const EDGE_AFTER = '(?![a-z0-9])';

/**
 * One regular expression per lexicon, an alternation with one capturing group per entry, compiled once at
 * module load: a single pass over the draft finds every entry, and the group that matched names it.
 */
export function compile(cues: readonly Cue[]): Matcher {
  for (const [, pattern] of cues) {
    // A capturing group inside an entry would shift the numbering that identifies entries.
    if (new RegExp(`${pattern}|`, 'u').exec('')!.length !== 1) throw new Error(`capturing group in cue ${pattern}`);
  }
  const regex = new RegExp(`${EDGE_BEFORE}(?:${cues.map(([, pattern]) => `(${pattern})`).join('|')})${EDGE_AFTER}`, 'gu');
  return {
    find(folded, limit = 200) {
      const hits: Hit[] = [];
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while (hits.length < limit && (match = regex.exec(folded.text)) !== null) {
        if (match[0] === '') {
          regex.lastIndex++;
          continue;
        }
        let cue = 1;
        while (match[cue] === undefined) cue++;
        hits.push({ ...spanOf(folded, match.index, match.index + match[0].length), cue: cue - 1, points: cues[cue - 1]![0] });
      }
      return hits;
    },
  };
}

/** Points from distinct entries: the same phrase twice is still one hint. */
export function score(hits: readonly Hit[]): number {
  let total = 0;
  const seen = new Set<number>();
  for (const hit of hits) {
    if (seen.has(hit.cue)) continue;
    seen.add(hit.cue);
    total += hit.points;
  }
  return total;
}
