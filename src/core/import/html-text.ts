/**
 * messages.csv CONTENT is plain text for most messages but HTML for some (InMail, sponsored and older
 * messages: `<p>…</p>`, `<br>`, `&amp;`). This turns it into plain text without a DOM (it runs in node and in
 * workers, and LinkedIn content must never become markup in our pages): tags dropped, entities decoded, line
 * breaks kept from <br>, </p>, </div> and </li>.
 */

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', euro: '€', copy: '©', reg: '®',
  trade: '™', middot: '·', bull: '•', iexcl: '¡', iquest: '¿', aacute: 'á', eacute: 'é', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó',
  Uacute: 'Ú', Ntilde: 'Ñ', Uuml: 'Ü', ccedil: 'ç', Ccedil: 'Ç',
};

/** A tag: "<" then a letter (or "/" and a letter, or "!--"): "a < b" and "<3" stay text. */
const LOOKS_LIKE_HTML = /<\/?[a-zA-Z][^<>]*>|<!--|&(?:#\d+|#x[\da-fA-F]+|[a-zA-Z]+);/u;
const HIDDEN = /<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/giu;
const BREAK = /<br\b[^>]*>|<\/(?:p|div|li|h[1-6]|tr|blockquote)\s*>/giu;
const TAG = /<\/?[a-zA-Z][^<>]*>/gu;
const ENTITY = /&(#\d+|#x[\da-fA-F]+|[a-zA-Z]+);/gu;

function decodeEntity(match: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : match;
  }
  return NAMED[body] ?? match;
}

export function htmlToText(content: string): string {
  if (!LOOKS_LIKE_HTML.test(content)) return content;
  const text = content
    .replace(HIDDEN, '')
    .replace(BREAK, '\n')
    .replace(TAG, '')
    .replace(ENTITY, decodeEntity)
    .replace(/\u00A0/gu, ' ')
    .replace(/[ \t]+\n/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n');
  return text.trim();
}
