/*
 * Pattern fragments the lexicons share. Lexicon patterns run on folded text (fold.ts): lowercase, no accents,
 * straight apostrophes, "-" for every dash; "¿" and "¡" stay as typed.
 */
export const r = String.raw;

/** A number as people write it: "15", "2.3", "90,5". */
export const N = r`\d+(?:[.,]\d+)?`;

/** Any one word and the space after it, to allow a few words between the parts of a phrase. */
export const W = r`[a-z0-9'-]+ `;

/** A duration in minutes: "15-min", "15 min", "30 minutes", "10 minutos". */
export const MINUTES = r`${N} ?-?(?:min(?:uto|ute)?s?)`;
