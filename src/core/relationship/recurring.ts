/*
 * Seed 002: the people who keep coming back to the same debates become relationships. Someone seen taking
 * part in at least `minThreads` distinct threads the user read is a recurring participant.
 */

/** Default of settings.recurringMinThreads. */
export const DEFAULT_RECURRING_MIN_THREADS = 3;

export function isRecurring(threads: number, minThreads: number): boolean {
  return threads >= minThreads;
}

/** Who took part in a thread, as the side panel orders them. */
export interface ThreadPresence {
  recurring: boolean;
  /** Threads the user read where they took part. */
  threads: number;
  /** Comments in the threads on screen. */
  comments: number;
  name: string;
}

/** Recurring participants first (most threads first), then who wrote most here, then by name. */
export function byRecurrence(a: ThreadPresence, b: ThreadPresence): number {
  return Number(b.recurring) - Number(a.recurring) || b.threads - a.threads || b.comments - a.comments || a.name.localeCompare(b.name);
}

/** What the user keeps about someone, as far as the history badge cares. */
export interface HistoryFacts {
  stage: string;
  tags: number;
  notes: number;
  interactions: number;
  recurring: boolean;
}

/**
 * Whether LinkedIn's pages should show a badge beside this person: the user has a history with them — a note,
 * an interaction, a tag, a stage beyond "contact" — or keeps meeting them in threads. A contact record alone
 * (created by a profile visit) is not a history.
 */
export function hasHistory(facts: HistoryFacts): boolean {
  return facts.notes > 0 || facts.interactions > 0 || facts.tags > 0 || facts.stage !== 'contact' || facts.recurring;
}
