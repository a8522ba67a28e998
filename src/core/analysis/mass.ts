import { similarity, type Fingerprint } from './fingerprint';

/** A message the user sent, as the history keeps it: to whom, when, and its fingerprint (never its text). */
export interface SentFingerprint {
  recipient: string;
  at: number;
  signature: Uint32Array;
}

export interface MassOptions {
  /** The draft's recipient: the same text sent to them before is a follow-up, not a mass message. */
  recipient?: string;
  /** Only messages sent at or after this instant count ("recently"). */
  since: number;
  /** Minimum estimated similarity for a near-duplicate (0…1). */
  similarity: number;
}

/**
 * How many other people recently got a near-duplicate of the draft, and the closest similarity among them:
 * what the judgement's mass-message signal needs. `candidates` are the messages sharing an LSH band with the
 * draft (the storage's index lookup); each is checked on its full signature here.
 */
export function sentToOthers(draft: Fingerprint, candidates: Iterable<SentFingerprint>, options: MassOptions): { recipients: number; similarity: number } {
  const recipients = new Set<string>();
  let best = 0;
  for (const sent of candidates) {
    if (sent.at < options.since || sent.recipient === options.recipient) continue;
    const s = similarity(draft.signature, sent.signature);
    if (s < options.similarity) continue;
    recipients.add(sent.recipient);
    if (s > best) best = s;
  }
  return { recipients: recipients.size, similarity: best };
}
