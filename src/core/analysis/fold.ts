/**
 * The lexicons match a folded copy of the draft (lowercase, no accents, straight quotes and dashes), so that
 * "Agendar", "agendár" and "AGENDAR" are one phrase and "I’d" is "I'd"; the UI highlights what the user
 * typed. A fold keeps both views aligned, so a match in the folded text maps back to an exact span of the draft.
 */
export interface Folded {
  /** The draft as the user typed it. */
  source: string;
  /** Its folded copy, what the lexicons run on. */
  text: string;
  /**
   * Position in `source` of each position of `text`, or null when the two have the same length and positions
   * (the usual case: precomposed accents fold one character to one character).
   */
  map: Uint32Array | null;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Combining accents: what NFD splits off a letter, and what a draft typed on some keyboards already contains. */
const COMBINING = /[\u0300-\u036f]/u;
const COMBINING_ALL = /[\u0300-\u036f]/gu;
const NON_ASCII = /[\u0080-\u{10ffff}]/gu;

/** Typography that people type (or keyboards substitute) interchangeably with plain ASCII. */
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
};

/**
 * Per-character folds, filled as characters are met: a draft uses few distinct non-ASCII characters. Bounded,
 * since a content script lives as long as the tab and may meet whole alphabets.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 4096;

/** One character folded to as many UTF-16 units as it has (emoji stay whole), or '' for a combining accent. */
function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const base = PUNCTUATION[unit] ?? unit.normalize('NFD').replace(COMBINING_ALL, '').toLowerCase();
    // Characters that fold to nothing or to several units (ligatures, "İ" -> "i̇") keep a one-unit form, so
    // positions stay aligned; only combining accents disappear.
    folded = COMBINING.test(unit) ? '' : base.length === 1 ? base : unit.toLowerCase().length === 1 ? unit.toLowerCase() : unit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(unit, folded);
  }
  return folded;
}

export function fold(source: string): Folded {
  const lower = source.toLowerCase();
  // Fast path: lowercasing kept every position (it does except for a few letters such as "İ") and there is
  // no separate combining accent to drop, so each non-ASCII unit folds in place.
  if (lower.length === source.length && !COMBINING.test(source)) {
    return { source, text: lower.replace(NON_ASCII, (unit) => foldUnit(unit)), map: null };
  }
  const units: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const folded = foldUnit(source[i]!);
    if (folded === '') continue;
    units.push(folded);
    positions.push(i);
  }
  return { source, text: units.join(''), map: Uint32Array.from(positions) };
}

/** The span of the draft that the folded range [start, end) came from. */
export function spanOf(folded: Folded, start: number, end: number): Span {
  const { map, source } = folded;
  const from = map ? (map[start] ?? source.length) : start;
  // A combining accent after the last matched letter belongs to that letter: the span runs up to the next kept unit.
  const to = map ? (end < map.length ? map[end]! : source.length) : end;
  return { text: source.slice(from, to), start: from, end: to };
}
