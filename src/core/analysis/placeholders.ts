import type { Span } from './fold';

/*
 * Unfilled placeholders: the slots of a template that nobody filled in. They run on the draft as typed, not
 * folded, because case tells a merge tag (FNAME) from a word.
 */
const PLACEHOLDER = new RegExp(
  [
    // {{company}}, {{ first_name }}
    String.raw`\{\{[^{}\n]{1,40}\}\}`,
    // {first_name}, {Name}, {nombre del referente}
    String.raw`\{[\p{L}_][\p{L}\p{N}_ ./-]{0,38}\}`,
    // [Name], [Nombre], [tu especialización], [CLIENTE_IDEAL]; not a Markdown link "[text](url)"
    String.raw`\[[\p{L}_][\p{L}\p{N}_ ./&'’-]{0,48}\](?!\()`,
    // <nombre>, <first name>; HTML tags are told apart below
    String.raw`<[\p{L}_][\p{L}\p{N}_ .-]{0,30}>`,
    // %FIRSTNAME%, *|FNAME|* (mail-merge tags)
    String.raw`%[A-Za-z_]{2,30}%|\*\|[A-Z_]{2,30}\|\*`,
    // Blanks to fill: "Hi ___,"
    String.raw`_{3,}`,
    // Bare merge-field names as mail tools leave them
    String.raw`(?<![\p{L}\p{N}_])(?:FNAME|LNAME|FIRSTNAME|LASTNAME|FIRST_NAME|LAST_NAME|FULL_NAME|COMPANY_NAME|COMPANYNAME|JOB_TITLE|NOMBRE|XXX+)(?![\p{L}\p{N}_])`,
  ].join('|'),
  'gu',
);

/** Bracketed words that are annotations, not slots: "[sic]", "[edit]", "[EN]" before a translation. */
const ANNOTATION = /^\[(?:sic|edit|edited|update|updated|en|es|pt|fr|de|it|eng|esp)\]$/iu;

/** Angle-bracketed words that are HTML, not a "<name>" slot. */
const HTML_TAG =
  /^<(?:a|abbr|b|blockquote|body|br|button|center|code|div|em|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|label|li|link|main|meta|nav|ol|p|pre|s|script|section|small|span|strong|style|sub|sup|table|tbody|td|th|title|tr|u|ul|video)>$/iu;

/** A line of underscores is a separator, not a blank. */
const SEPARATOR_LINE = /^[\s_]*$/u;

function isSlot(text: string, source: string, start: number): boolean {
  if (text.startsWith('[')) return !ANNOTATION.test(text);
  if (text.startsWith('<')) return !HTML_TAG.test(text);
  if (text.startsWith('_')) {
    const lineStart = source.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = source.indexOf('\n', start);
    return !SEPARATOR_LINE.test(source.slice(lineStart, lineEnd === -1 ? source.length : lineEnd));
  }
  return true;
}

/** Every unfilled placeholder of the draft, at most `limit`. */
export function findPlaceholders(source: string, limit = 50): Span[] {
  const found: Span[] = [];
  PLACEHOLDER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (found.length < limit && (match = PLACEHOLDER.exec(source)) !== null) {
    if (isSlot(match[0], source, match.index)) found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The draft without its placeholders, for evaluating the other signals on their own. */
export function stripPlaceholders(source: string): string {
  let out = '';
  let from = 0;
  for (const { start, end } of findPlaceholders(source, Infinity)) {
    out += source.slice(from, start);
    from = end;
  }
  return (out + source.slice(from)).replace(/[ \t]{2,}/gu, ' ').replace(/ ([,.!?])/gu, '$1');
}
