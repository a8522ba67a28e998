/*
 * The draft's language, from its most common short words. The lexicons run in every language whatever this
 * says (a draft that mixes Spanish and English is judged on both); the language only tells the caller what the
 * draft is written in.
 */
export const DRAFT_LANGUAGES = ['en', 'es', 'pt', 'fr'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number] | 'other';

/**
 * Words common in one language and rare in the others (folded: lowercase, no accents). A word shared by
 * several languages ("que", "de") is listed under each: it counts for all of them, and the distinctive words
 * decide.
 */
const MARKERS: Record<(typeof DRAFT_LANGUAGES)[number], string> = {
  en: "the and you your to of is in on for with that this it would be are have we our my at i'm i'd i've thanks thank hi hello love what about from will can just not more how was if or",
  es: 'que de la en el los las y una es por con del al muy gracias hola pero como lo mi me te se no esta estas estes esto eso tambien porque cuando donde usted ustedes quiero puedo tienes saludos hay bien',
  pt: 'que de o os eu gostaria estou um uma nao voce seu sua do da dos das na me te se no obrigado obrigada ola oi mais com em isso tambem muito pelo pela ate meu minha e tem tudo bem',
  fr: "que de la en le les des et une est pour avec qui je vous nous pas ce du au sur te se merci bonjour mais tres c'est j'ai il elle ca tout suis votre vos ton",
};

/** Each marker word and the languages it counts for (a bit per language, in DRAFT_LANGUAGES order). */
const LANGUAGES_OF = new Map<string, number>();
DRAFT_LANGUAGES.forEach((language, bit) => {
  for (const word of MARKERS[language].split(' ')) LANGUAGES_OF.set(word, (LANGUAGES_OF.get(word) ?? 0) | (1 << bit));
});

const WORD = /[a-z]+(?:'[a-z]+)?/gu;

/** Enough to tell the language; the rest of a long draft would only cost time. */
const SAMPLE = 1000;

/** The language most of the draft's words belong to; 'other' when none of the marker words appear. */
export function detectLanguage(folded: string): DraftLanguage {
  const counts = [0, 0, 0, 0];
  const sample = folded.length > SAMPLE ? folded.slice(0, SAMPLE) : folded;
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(sample)) !== null) {
    const bits = LANGUAGES_OF.get(match[0]);
    if (bits === undefined) continue;
    for (let bit = 0; bit < counts.length; bit++) if (bits & (1 << bit)) counts[bit]!++;
  }
  let best = -1;
  let bestCount = 0;
  counts.forEach((count, index) => {
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best === -1 ? 'other' : DRAFT_LANGUAGES[best]!;
}
