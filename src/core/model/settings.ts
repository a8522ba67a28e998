import { z } from 'zod';

export const LANGUAGES = ['en', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/**
 * The user's settings. Every field has a default so that a settings record written by an older version
 * (missing fields) still parses.
 */
export const Settings = z.object({
  /** "auto" follows the browser's language. */
  language: z.union([z.literal('auto'), Language]).default('auto'),
  /**
   * What the timeline keeps of each message the user sends: the whole text, a snippet, or nothing (the
   * fingerprint that detects mass messages is kept in every case; it cannot be turned back into text).
   */
  sentMessageText: z.enum(['full', 'snippet', 'none']).default('snippet'),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
