/*
 * The protocol's plain values: the limits its schemas enforce, the storage.local keys the worker, the pages and the
 * content script share, and how a message names a page. Apart from protocol.ts because the content script needs
 * these at run time but protocol's schemas only as types: importing protocol.ts would build every one of its zod
 * schemas on each LinkedIn page load (about 3 ms of the page's main thread, test/bench/page-cost-bench.ts).
 * protocol.ts re-exports them for everyone else.
 */

/** A draft as long as LinkedIn allows and some: longer text is not judged (see MAX_MESSAGE_BYTES). */
export const MAX_DRAFT_LENGTH = 20_000;

/** An invitation note: LinkedIn allows 300 characters (200 on a free account); longer text is not judged. */
export const MAX_NOTE_LENGTH = 1000;

/** Most people one lookup may ask about: a screenful of names, with room to spare. */
export const MAX_LOOKUP = 250;

/**
 * How messages name a page: origin and path only. The path is the page; LinkedIn's query strings (tracking ids,
 * open modals) change on the same page and can run past any limit.
 */
export function pageOf(url: string): string | null {
  try {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  } catch {
    return null;
  }
}

/**
 * storage.local key the worker and extension pages bump after the user's people data changes (a note, a
 * stage, a tag, an interaction, a thread seen): content scripts drop the history summaries they cached.
 */
export const PEOPLE_CHANGED_KEY = 'peopleChangedAt';

/**
 * storage.local key of the messages in the language the user chose in Vínculo, present only while it is not the
 * browser's: extension pages write it (pages/language.ts, shaped by protocol's ChosenCatalog) so that the content
 * script, which bundles no catalog (its size budget), speaks that language on LinkedIn too (content/language.ts).
 */
export const CHOSEN_CATALOG_KEY = 'chosenCatalog';
