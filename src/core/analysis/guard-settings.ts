/** The compose guard's thresholds (PRODUCT.md: every threshold is a setting). */
export interface GuardSettings {
  /** A recipient connected this many days ago or less is a new connection. */
  newConnectionDays: number;
  /** A draft is a mass message once near-duplicates went to at least this many other people… */
  massMinRecipients: number;
  /** …at this estimated similarity (0…1) or more… */
  massSimilarity: number;
  /** …within this many days (the caller looks back this far when it counts `sentToOthers`). */
  massWindowDays: number;
}

export const DEFAULT_GUARD_SETTINGS: Readonly<GuardSettings> = Object.freeze({
  newConnectionDays: 14,
  massMinRecipients: 3,
  massSimilarity: 0.8,
  massWindowDays: 14,
});
