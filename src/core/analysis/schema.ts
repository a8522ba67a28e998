// zod/mini, as the protocol it is part of (the verdicts the content script shows take only its types).
import * as z from 'zod/mini';
import type { Span } from './fold';
import type { judge, JudgeContext, Judgement, Reason, Recipient } from './judge';
import { GUARD_MESSAGE_KEYS, MAX_EVIDENCE } from './judgement';

/*
 * What a judgement's context looks like when it crosses a boundary (a JSON line given to `npm run judge`,
 * the connect nudge's request to the worker): unknown until these accept it. judge() itself trusts its
 * typed arguments and parses nothing, so typing stays fast.
 *
 * Only types come from judge.ts: this module ships in the content script, judge() and its lexicons do not.
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

/*
 * A judgement on its way from the worker to the content script. Bounded, so that no draft can make the answer
 * large: judge() gives at most one reason of each sort (seven in all) and a suggestion per reason, at most
 * MAX_EVIDENCE spans a reason, quotes cut to MAX_QUOTED_CHARS, names from recipients bounded by the protocol.
 * A span travels as offsets only: the receiver holds the exact text it asked about and highlights in it
 * (z.object drops the span's `text`, which judge() keeps for `npm run judge`).
 */
const MAX_REASONS = 8;
const MAX_PARAMS = 4;
const MAX_PARAM_CHARS = 500;
/** Longer than any draft the protocol lets through (MAX_DRAFT_LENGTH, messages/protocol.ts). */
const MAX_OFFSET = 100_000;

const offset = z.number().check(z.int(), z.nonnegative(), z.lte(MAX_OFFSET));

const GuardMessageOutput = z.object({
  key: z.enum(GUARD_MESSAGE_KEYS),
  params: z.array(z.union([z.string().check(z.maxLength(MAX_PARAM_CHARS)), z.number()])).check(z.maxLength(MAX_PARAMS)),
});

export const JudgementOutput = z.object({
  level: z.enum(['ok', 'caution', 'warn']),
  lang: z.enum(['en', 'es', 'pt', 'fr', 'other']),
  reasons: z
    .array(
      z.object({
        kind: z.enum(['pitch', 'template', 'placeholder', 'mass', 'new_connection']),
        evidence: z
          .array(z.object({ start: offset, end: offset }).check(z.refine((span) => span.start <= span.end, 'a span ends before it starts')))
          .check(z.maxLength(MAX_EVIDENCE)),
        message: GuardMessageOutput,
      }),
    )
    .check(z.maxLength(MAX_REASONS)),
  suggestions: z.array(GuardMessageOutput).check(z.maxLength(MAX_REASONS)),
});

// Whatever the schemas accept, judge() takes.
type Accepts<T, U extends T> = U;
export type RecipientInput = Accepts<Recipient, z.infer<typeof RecipientInput>>;
export type JudgeContextInput = Accepts<JudgeContext, z.infer<typeof JudgeContextInput>>;

/** judge()'s Judgement as it travels: the same, its spans without their text. */
type Travelling = Omit<Judgement, 'reasons'> & { reasons: (Omit<Reason, 'evidence'> & { evidence: Omit<Span, 'text'>[] })[] };

// What JudgementOutput lets through is a Judgement as it travels, field for field…
export type JudgementOutput = Accepts<Travelling, z.infer<typeof JudgementOutput>>;
/**
 * …and, both ways, whatever judge() returns it accepts (the worker never fails its own answer) and it requires
 * nothing judge() does not give. Exported only so that these are compiled: an error here means the schema and
 * judge() disagree (a new reason kind, language or message key, a renamed field).
 */
export type JudgementOutputMatchesJudge = [Accepts<z.input<typeof JudgementOutput>, ReturnType<typeof judge>>, Accepts<JudgementOutput, Travelling>];
