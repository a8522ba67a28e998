/*
 * What a judgement can say, without how it is reached: the message keys and the limits judge() keeps to.
 * The wire schema (schema.ts) needs these at run time and ships in the content script; judge.ts, with its
 * lexicons and matchers (~14 KB gzipped), runs in the background worker only (eslint.config.js enforces it).
 */

/** Every _locales key a judgement can carry (test/unit/analysis checks both languages have them). */
export const GUARD_MESSAGE_KEYS = [
  'guard_reasonPitch',
  'guard_reasonMeetingAsk',
  'guard_reasonTemplate',
  'guard_reasonDefaultInvitation',
  'guard_reasonNotPersonal',
  'guard_reasonNotPersonalNamed',
  'guard_reasonPlaceholder',
  'guard_reasonMass',
  'guard_reasonNewConnectionToday',
  'guard_reasonNewConnectionYesterday',
  'guard_reasonNewConnectionDays',
  'guard_reasonNewConnectionNoMessages',
  'guard_suggestGiveFirst',
  'guard_suggestPitchLater',
  'guard_suggestPersonalise',
  'guard_suggestPersonaliseNamed',
  'guard_suggestWriteNote',
  'guard_suggestFillPlaceholders',
  'guard_suggestRewriteForThem',
] as const;
export type GuardMessageKey = (typeof GUARD_MESSAGE_KEYS)[number];

/** Spans per reason: enough for the UI to highlight and for the message to quote. */
export const MAX_EVIDENCE = 10;

/** A quoted trigger in a message ("“free trial”") is cut to this many characters: a line of blanks can be long. */
export const MAX_QUOTED_CHARS = 80;
