import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/core/analysis/cues';
import { fold, spanOf } from '../../../src/core/analysis/fold';

describe('fold', () => {
  it('lowercases, strips accents and straightens typography in place', () => {
    const folded = fold('¡AGENDÁR Reunião, I’d — “sí”!');
    expect(folded.text).toBe("¡agendar reuniao, i'd - \"si\"!");
    expect(folded.map).toBeNull();
    expect(folded.text).toHaveLength(folded.source.length);
  });

  it('keeps emoji and characters without a one-letter fold as they are', () => {
    expect(fold('👍 ß ﬁ œ').text).toBe('👍 ß ﬁ œ');
  });

  it('drops combining accents and maps positions back to the draft', () => {
    const source = 'Cafe\u0301 con An\u0303a';
    const folded = fold(source);
    expect(folded.text).toBe('cafe con ana');
    const at = folded.text.indexOf('ana');
    expect(spanOf(folded, at, at + 3)).toEqual({ text: 'An\u0303a', start: 10, end: 14 });
    // The accent after the last matched letter belongs to that letter.
    expect(spanOf(folded, 0, 4)).toEqual({ text: 'Cafe\u0301', start: 0, end: 5 });
  });

  it('handles letters whose lowercase is longer ("İ")', () => {
    const folded = fold('İstanbul free trial');
    expect(folded.text).toBe('istanbul free trial');
    const at = folded.text.indexOf('free');
    expect(spanOf(folded, at, at + 10).text).toBe('free trial');
  });
});

describe('cue matcher', () => {
  const matcher = compile([
    [3, 'free trial'],
    [1, 'demos?'],
  ]);

  it('matches whole words only, and says which entry matched', () => {
    expect(matcher.find(fold('Democracy, demos and a Free Trial')).map((h) => [h.text, h.cue, h.points])).toEqual([
      ['demos', 1, 1],
      ['Free Trial', 0, 3],
    ]);
  });

  it('stops at the limit', () => {
    expect(matcher.find(fold('demo '.repeat(500)), 7)).toHaveLength(7);
  });

  it('refuses an entry with a capturing group (it would shift the entry numbering)', () => {
    expect(() => compile([[3, 'free (trial)']])).toThrow(/capturing group/u);
  });
});
