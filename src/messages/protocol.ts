// zod/mini: this protocol ships in the content script (see core/model/profile.ts).
import * as z from 'zod/mini';
import { ReaderRun } from '../core/model/health';
import { MemberId, PROFILE_FIELDS, ProfileSnapshot, Slug } from '../core/model/profile';

/** No honest message comes near this; anything larger is rejected before parsing. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/** A draft as long as LinkedIn allows and some: longer text is not judged (see MAX_MESSAGE_BYTES). */
export const MAX_DRAFT_LENGTH = 20_000;

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
   * The history-aware part of the compose guard: who the recipient is to the user (connection age, what was
   * exchanged) and how many other people recently got a near-duplicate of the draft; plus the guard settings.
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
    }),
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
});
export type TabState = z.infer<typeof TabState>;

export const tabStateKey = (tabId: number) => `tab:${tabId}`;
