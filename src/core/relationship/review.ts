import { compareRows, type NetworkRow, type NetworkSort } from './network';

/** The orders a review can walk the network in (seed 004 started from the most recent connections). */
export const REVIEW_ORDERS = ['connectedNewest', 'connectedOldest', 'threads', 'name'] as const satisfies readonly NetworkSort[];
export type ReviewOrder = (typeof REVIEW_ORDERS)[number];

/** The contacts not reviewed yet, in `order`: the ids a review session walks through. */
export function reviewQueue(rows: readonly NetworkRow[], order: ReviewOrder): string[] {
  return rows
    .filter((row) => !row.reviewed)
    .sort(compareRows(order))
    .map((row) => row.id);
}
