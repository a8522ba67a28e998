import { z } from 'zod';
import { DEFAULT_GUARD_SETTINGS as GUARD } from '../analysis/guard-settings';
import { DEFAULT_RECURRING_MIN_THREADS } from '../relationship/recurring';
import { CADENCE_MAX_DAYS } from './contact';
import { Tag } from './tag';

/** Out of the box, a relationship is kept every three months and a collaboration every month (seed 000). */
export const DEFAULT_STAGE_CADENCES = { relationship: 90, collaboration: 30 } as const;

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
  /** The compose guard's thresholds (PRODUCT.md F6): every one a setting, so every warning can be tuned. */
  guard: z
    .object({
      /** Hold a risky message once at Send; off: only the indicator beside Send. */
      hold: z.boolean().default(true),
      /** Connected this many days ago or less: a new connection. */
      newConnectionDays: z.number().int().min(0).max(365).default(GUARD.newConnectionDays),
      /** The same text to at least this many other people… */
      massMinRecipients: z.number().int().min(2).max(100).default(GUARD.massMinRecipients),
      /** …at this similarity or more… */
      massSimilarity: z.number().min(0.5).max(1).default(GUARD.massSimilarity),
      /** …within this many days: a mass message. */
      massWindowDays: z.number().int().min(1).max(365).default(GUARD.massWindowDays),
    })
    .prefault({}),
  /** Seen taking part in this many threads the user read: a recurring participant (seed 002). */
  recurringMinThreads: z.number().int().min(2).max(50).default(DEFAULT_RECURRING_MIN_THREADS),
  /** F9: keep in touch every N days with everyone carrying a tag ("mentor": 60). A contact's own cadence wins. */
  tagCadences: z.record(Tag, z.number().int().min(1).max(CADENCE_MAX_DAYS)).default({}),
  /** F9: a default cadence by stage, for contacts with neither their own nor a tag's (seed 000: regular contact). */
  stageCadences: z
    .object({
      conversation: z.number().int().min(1).max(CADENCE_MAX_DAYS).nullable().default(null),
      relationship: z.number().int().min(1).max(CADENCE_MAX_DAYS).nullable().default(DEFAULT_STAGE_CADENCES.relationship),
      collaboration: z.number().int().min(1).max(CADENCE_MAX_DAYS).nullable().default(DEFAULT_STAGE_CADENCES.collaboration),
    })
    .prefault({}),
  /** F9: a system notification when follow-ups fall due (the notifications permission is asked when turned on). */
  notifyDue: z.boolean().default(false),
  /** F10: a backup file in the downloads folder this often (the downloads permission is asked when turned on). */
  backupEvery: z.enum(['off', 'daily', 'weekly']).default('off'),
  /** Who the user is in LinkedIn's export (messages.csv names both sides): remembered from the first import. */
  me: z
    .object({ slug: z.string().max(100).optional(), memberId: z.string().max(80).optional(), name: z.string().max(200).optional() })
    .optional(),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});
