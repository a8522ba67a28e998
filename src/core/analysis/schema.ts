// zod/mini: this travels with the content script (40 KB gzipped budget), like core/model/profile.ts.
import * as z from 'zod/mini';
import type { JudgeContext, Recipient } from './judge';

/*
 * What a judgement's context looks like when it crosses a boundary (a JSON line given to `npm run judge`,
 * later the content script's request to the worker): unknown until these accept it. judge() itself trusts its
 * typed arguments and parses nothing, so typing stays fast.
 */

const count = z.number().check(z.int(), z.nonnegative());
const days = z.number().check(z.nonnegative(), z.lte(1e6));

export const RecipientInput = z.object({
  name: z.optional(z.string().check(z.maxLength(300))),
  headline: z.optional(z.string().check(z.maxLength(1000))),
  company: z.optional(z.string().check(z.maxLength(300))),
  connectedDaysAgo: z.optional(days),
  messagesExchanged: z.optional(count),
});

export const GuardSettingsInput = z.object({
  newConnectionDays: z.optional(days),
  massMinRecipients: z.optional(count.check(z.positive())),
  massSimilarity: z.optional(z.number().check(z.gte(0), z.lte(1))),
  massWindowDays: z.optional(days),
});

export const JudgeContextInput = z.object({
  recipient: z.optional(RecipientInput),
  sentToOthers: z.optional(z.object({ recipients: count, similarity: z.number().check(z.gte(0), z.lte(1)) })),
  settings: z.optional(GuardSettingsInput),
});

// Whatever the schemas accept, judge() takes.
type Accepts<T, U extends T> = U;
export type RecipientInput = Accepts<Recipient, z.infer<typeof RecipientInput>>;
export type JudgeContextInput = Accepts<JudgeContext, z.infer<typeof JudgeContextInput>>;
