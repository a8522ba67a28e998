import { fold, type Folded } from './fold';

/*
 * Is the draft about someone in particular? With what we know of the recipient: does it name them, their
 * company or a word of their headline. Without it: does it name anyone or anything at all (a capitalised name
 * mid-sentence, a quoted title, "your post about …"). The template signal weighs stock phrases by it: more in
 * a draft about no one, less in one about something in particular.
 */

export interface RecipientIdentity {
  name?: string | undefined;
  headline?: string | undefined;
  company?: string | undefined;
}

/** Words of names, companies and headlines that say nothing about one person. */
const GENERIC = new Set(
  (
    'the and for with from about our your at of in on to de del la las los el y en con para por a o e da do das dos des du le les et ' +
    'mr mrs ms dr dra sr sra srta phd mba msc bsc inc ltd llc plc gmbh sa sl sas srl bv ag co corp corporation company group grupo ' +
    'holding holdings international global solutions services technologies technology consulting partners team equipo ' +
    'linkedin helping passionate professional profesional experience experiencia expert experto senior junior lead head ' +
    'manager gerente director directora chief officer jefe jefa responsable specialist especialista consultant consultor consultora ' +
    'freelance freelancer founder fundador fundadora cofounder owner ceo cto cfo coo vp hiring open work looking buscando'
  ).split(' '),
);

const TOKEN = /[a-z0-9][a-z0-9'&-]*/gu;

/** The distinctive words of a name, company or headline, folded. */
function distinctive(text: string | undefined, minLength: number): string[] {
  if (!text) return [];
  const words = fold(text).text.match(TOKEN) ?? [];
  return words.filter((word) => word.length >= minLength && !GENERIC.has(word));
}

/** Whether `word` occurs in the folded draft as a whole word. */
function hasWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    const before = folded.charCodeAt(at - 1);
    const after = folded.charCodeAt(at + word.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/** True when the recipient's identity is known well enough to expect the draft to mention some of it. */
export function knowsRecipient(recipient: RecipientIdentity | undefined): boolean {
  return !!recipient && (distinctive(recipient.name, 2).length > 0 || distinctive(recipient.company, 2).length > 0);
}

/** Whether the draft mentions the recipient's name, company, or a word of their headline. */
export function mentionsRecipient(draft: Folded, recipient: RecipientIdentity): boolean {
  const words = [
    ...distinctive(recipient.name, 2),
    ...distinctive(recipient.company, 2),
    // Headline words are often ordinary ("building", "data"): only longer ones count.
    ...distinctive(recipient.headline, 5),
  ];
  return words.some((word) => hasWord(draft.text, word));
}

/**
 * A capitalised word that does not start a sentence and is not a greeting or a common capitalised word: a
 * person, company, place or title ("Hi Sarah", "at Acme", "en Monterrey").
 */
const PROPER_NOUN = /(?<=[^\s.!?¡¿:;"“(\n][\t ]+|[,;][\t ]+)\p{Lu}\p{Ll}+/gu;
const COMMON_CAPITALISED = new Set(
  'I Hi Hello Hey Dear Hola Buenas Buenos Estimado Estimada Bonjour Salut Olá Ola Oi Thanks Thank Gracias Merci Obrigado Obrigada LinkedIn Linkedin AI IA Zoom Teams Google Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** "your post about …", "tu artículo sobre …": a reference to something the person made. */
const THEIR_WORK =
  /(?<![a-z])(?:your|tu|su|seu|sua|votre|ton|ta) (?:[a-z]+ )?(?:post|article|articulo|artigo|talk|charla|ponencia|palestra|conference|comment|comentario|commentaire|book|libro|livro|livre|podcast|video|session|sesion|paper|thread|presentation|presentacion|newsletter|publicacion|publicacao|publication|research|investigacion) (?:about|on|at|in|sobre|de|en|em|sur|a|from)(?![a-z])/u;

/** A greeting just before a name: "Hi Sarah" says whom the draft is for, not what it is about. */
const AFTER_GREETING = /(?:^|[^\p{L}])(?:hi|hello|hey|dear|hola|ola|oi|bonjour|salut|querid[oa]|estimad[oa]|buenas|buenos dias|bom dia)[\s,!]*$/iu;

/**
 * Whether the draft is about something in particular: a name or title beyond the greeting, a quoted title, or
 * a work of the recipient's ("your post about …").
 */
export function looksSpecific(draft: Folded): boolean {
  if (THEIR_WORK.test(draft.text)) return true;
  if (/["“«][^"”»\n]{4,80}["”»]/u.test(draft.source)) return true;
  PROPER_NOUN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = PROPER_NOUN.exec(draft.source)) !== null) {
    if (COMMON_CAPITALISED.has(match[0])) continue;
    if (AFTER_GREETING.test(draft.source.slice(Math.max(0, match.index - 14), match.index))) continue;
    return true;
  }
  return false;
}
