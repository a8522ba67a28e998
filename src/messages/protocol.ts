// zod/mini, as the models it is built from (core/model/profile.ts). The content script takes only this module's
// types (its run-time values are in wire.ts): the worker checks requests and its own answers (registry.ts).
import * as z from 'zod/mini';
import { JudgementOutput, RecipientInput } from '../core/analysis/schema';
import { ReaderRun } from '../core/model/health';
import { MemberId, PROFILE_FIELDS, ProfileSnapshot, Slug } from '../core/model/profile';
import { STAGES } from '../core/model/stage';
import { ActivityUrn, SeenThread } from '../core/model/thread';
import { MAX_DRAFT_LENGTH, MAX_LOOKUP, MAX_NOTE_LENGTH } from './wire';

export { CHOSEN_CATALOG_KEY, MAX_DRAFT_LENGTH, MAX_LOOKUP, MAX_NOTE_LENGTH, PEOPLE_CHANGED_KEY, pageOf } from './wire';

/** The latest note as a summary carries it (a line, with the ellipsis). */
const SUMMARY_NOTE_MAX = 141;

/** No honest message comes near this; anything larger is rejected before parsing. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** Who a message or invitation goes to, as the page tells it. */
export const Recipient = z.object({
  slug: z.optional(Slug),
  memberId: z.optional(MemberId),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});

/** What the background knows of a recipient, for the judgement (core/analysis/judge.ts). */
export const RecipientContext = z.object({
  name: z.optional(z.string()),
  headline: z.optional(z.string()),
  company: z.optional(z.string()),
  connectedDaysAgo: z.optional(z.number()),
  messagesExchanged: z.optional(z.number()),
});

/** Someone a page names, by slug and/or member id. */
export const PersonRef = z
  .object({ slug: z.optional(Slug), memberId: z.optional(MemberId) })
  .check(z.refine((p) => Boolean(p.slug ?? p.memberId), 'a slug or a member id'));

/** What the history badge and popover show about one person (storage/people.ts lookupPeople). */
export const PersonSummary = z.object({
  contactId: z.optional(z.string().check(z.maxLength(100))),
  name: z.optional(z.string().check(z.maxLength(200))),
  stage: z.enum(STAGES),
  tags: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(20)),
  notes: z.number(),
  latestNote: z.optional(z.string().check(z.maxLength(SUMMARY_NOTE_MAX))),
  lastInteraction: z.optional(z.object({ kind: z.string().check(z.regex(/^[a-z_]{1,30}$/u)), day: z.string().check(z.maxLength(10)) })),
  remindWhenAccepted: z.optional(z.number()),
  threads: z.number(),
  recurring: z.boolean(),
});
export type PersonSummary = z.infer<typeof PersonSummary>;

/**
 * Every request a content script can make of the background worker, with its response.
 * Both directions are `unknown` until these schemas accept them. `fromFrames`: also accepted from LinkedIn's
 * same-origin iframes (some 2025–26 pages put the messaging overlay in one); the rest speak for the page the
 * tab shows, which only its top frame may.
 */
export const PROTOCOL = {
  /** The tab shows a new LinkedIn page (first load or in-page navigation). */
  'page.visited': {
    request: z.object({ url: z.url().check(z.maxLength(2000)), route: z.enum(['profile', 'other']), slug: z.optional(Slug) }),
    response: z.object({ ok: z.literal(true) }),
  },
  /**
   * What the profile reader read on the current page, sent again whenever a later read finds more (LinkedIn
   * renders the profile in pieces). `missing` lists what it could not find (yet).
   */
  'profile.read': {
    request: z.object({ snapshot: ProfileSnapshot, missing: z.array(z.enum(PROFILE_FIELDS)) }),
    response: z.object({ contactId: z.nullable(Slug) }),
  },
  /**
   * The compose guard's verdict on a draft, from the worker: `judgement` is judge() (core/analysis/judge.ts) of
   * exactly this text for this recipient, with what the worker knows of them (connection age, what was
   * exchanged), how many other people recently got a near-duplicate, and the guard settings. The judging runs
   * in the worker so that the content script does not carry the lexicons (its 40 KB budget); the content
   * script only renders the verdict and decides at Send.
   */
  'guard.context': {
    fromFrames: true,
    request: z.object({ recipient: z.nullable(Recipient), text: z.string().check(z.maxLength(MAX_DRAFT_LENGTH)) }),
    response: z.object({
      recipient: z.nullable(RecipientContext),
      sentToOthers: z.object({ recipients: z.number(), similarity: z.number() }),
      guard: z.object({
        hold: z.boolean(),
        newConnectionDays: z.number(),
        massMinRecipients: z.number(),
        massSimilarity: z.number(),
        massWindowDays: z.number(),
      }),
      judgement: JudgementOutput,
    }),
  },
  /**
   * The connect nudge's advice on an invitation note as it is typed: judge() of the note, for the invitee as the
   * dialog and the profile on screen show them, with nothing exchanged yet (an invitation is a first contact).
   */
  'invite.judge': {
    fromFrames: true,
    request: z.object({
      invitee: z.pick(RecipientInput, { name: true, headline: true, company: true }),
      note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
    }),
    response: z.object({ judgement: JudgementOutput }),
  },
  /** The user sent a message through LinkedIn: it joins the recipient's timeline with its fingerprint. */
  'message.sent': {
    fromFrames: true,
    request: z.object({ recipient: z.nullable(Recipient), text: z.string().check(z.minLength(1), z.maxLength(MAX_DRAFT_LENGTH)) }),
    response: z.object({ contactId: z.nullable(Slug) }),
  },
  /** The user sent a connection request (with or without a note): it joins the person's timeline. */
  'invite.sent': {
    fromFrames: true,
    request: z.object({ recipient: Recipient, note: z.string().check(z.maxLength(1000)) }),
    response: z.object({ contactId: z.nullable(Slug) }),
  },
  /**
   * No personal note was possible (LinkedIn's monthly quota): the user asks to be reminded to write them a
   * personal message once they accept.
   */
  'invite.remind': {
    fromFrames: true,
    request: z.object({ recipient: Recipient }),
    response: z.object({ contactId: z.nullable(Slug) }),
  },
  /** A reader is done with a page: one health run per page view, however many readings it sent. */
  'reader.ran': {
    fromFrames: true,
    request: z.omit(ReaderRun, { at: true }),
    response: z.object({ ok: z.literal(true) }),
  },
  /**
   * F2: a thread the user is viewing and who took part in it. A big thread comes in several messages (each at
   * most MAX_SEEN_PARTICIPANTS people) and again as more comments load; the worker merges them all.
   */
  'thread.seen': {
    /** `url`: the page the tab shows; `link`: the post's own page, where "seen in N threads" links to. */
    request: z.object({ url: z.url().check(z.maxLength(2000)), link: z.url().check(z.maxLength(2000)), thread: SeenThread }),
    response: z.object({ ok: z.literal(true) }),
  },
  /**
   * F7: what the user has with each person a page lists, in the order asked; null where there is nothing worth
   * a badge. One message per batch of names on screen, never one per name.
   */
  'people.lookup': {
    request: z.object({ people: z.array(PersonRef).check(z.minLength(1), z.maxLength(MAX_LOOKUP)) }),
    response: z.object({ people: z.array(z.nullable(PersonSummary)) }),
  },
  /**
   * F5: threads the user read where someone took part (newest first, a few), for the connect nudge's openings.
   * From frames too: the invitation dialog may open in one.
   */
  'person.threads': {
    fromFrames: true,
    request: z.object({ person: PersonRef }),
    response: z.object({
      threads: z.array(z.object({ title: z.optional(z.string().check(z.maxLength(200))), authorName: z.optional(z.string().check(z.maxLength(200))) })).check(z.maxLength(3)),
    }),
  },
  /**
   * The user asked (a click in the history popover) to see someone in the side panel. The worker opens it while
   * the click's user gesture lasts, then tells the panel whom to show.
   */
  'panel.open': {
    request: z.object({ person: PersonRef }),
    response: z.object({ opened: z.boolean() }),
  },
} as const;

export type RequestType = keyof typeof PROTOCOL;
export type RequestOf<T extends RequestType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof PROTOCOL)[T]['response']>;

const requestTypes = Object.keys(PROTOCOL) as [RequestType, ...RequestType[]];

/** The wire format of a request: `{ type, payload }`. */
export const Envelope = z.object({ type: z.enum(requestTypes), payload: z.unknown() });

/** The wire format of every answer. */
export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof Reply>;

/** What the background knows about the tab a content script runs in (shown by the side panel and popup). */
export const TabState = z.object({
  url: z.string(),
  route: z.enum(['profile', 'other']),
  slug: z.optional(Slug),
  /** Set once the reader has read this page; `missing` lists what it could not find. */
  read: z.optional(z.object({ contactId: z.nullable(Slug), missing: z.array(z.string()), at: z.number() })),
  /** The threads read on this page (F2): the side panel lists their participants. */
  threads: z.optional(z.array(ActivityUrn).check(z.maxLength(200))),
  /** Someone the user asked to see from this page (the history popover's "open in side panel"). */
  focus: z.optional(z.object({ contactId: z.string().check(z.minLength(2), z.maxLength(100)), at: z.number() })),
});
export type TabState = z.infer<typeof TabState>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/**
 * The popup's write-ahead for a quick note (storage.local, key NOTE_DRAFT_PREFIX + note id). A popup closes the
 * moment the user clicks elsewhere, and an IndexedDB save started then may never commit; a storage write is
 * handed to the browser at once. The popup removes the draft once its own save is done; the worker saves any
 * draft left behind (same note id, so a save made twice is one note).
 */
export const NOTE_DRAFT_PREFIX = 'noteDraft:';
export const NoteDraft = z.object({
  id: z.uuid(),
  contactId: Slug,
  text: z.string().check(z.maxLength(200_000)),
  at: z.number(),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

/**
 * What is stored under CHOSEN_CATALOG_KEY (wire.ts): the chosen language's messages. `version`: the extension's, so
 * a catalog from before an update is replaced.
 */
export const ChosenCatalog = z.object({
  language: z.enum(['en', 'es']),
  version: z.string(),
  catalog: z.record(z.string(), z.object({ message: z.string() })),
});
export type ChosenCatalog = z.infer<typeof ChosenCatalog>;

/**
 * storage.local key of the follow-ups due today, as the worker last counted them (with the toolbar badge): the
 * popup and side panel show them at once from here instead of reading 30,000 contacts each time they open.
 */
export const DUE_NOW_KEY = 'followUpsDueNow';
/** How many due people the snapshot names (the popup lists five; the workspace has them all). */
export const DUE_NOW_LISTED = 20;
export const DueNowSnapshot = z.object({
  at: z.number(),
  total: z.number().check(z.int(), z.nonnegative()),
  items: z
    .array(
      z.object({
        contactId: Slug,
        name: z.string().check(z.maxLength(200)),
        followUp: z.object({ due: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u)) }),
        overdueDays: z.number().check(z.int()),
      }),
    )
    .check(z.maxLength(DUE_NOW_LISTED)),
});
export type DueNowSnapshot = z.infer<typeof DueNowSnapshot>;
