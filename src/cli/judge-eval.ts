/**
 * The judgement measured on labelled messages (the format of ../shared/data/messages/messages.jsonl): what
 * `npm run judge -- --eval` prints and what test/unit/analysis/evaluation.test.ts asserts. "Flagged" is any
 * level but ok, judged as the CLI does (recipient context only where the line gives one).
 */
import * as z from 'zod/mini';
import { judge, type Judgement } from '../core/analysis/judge';
import { stripPlaceholders } from '../core/analysis/placeholders';
import { RecipientInput } from '../core/analysis/schema';

export const LABELS = ['pitch', 'template', 'personal'] as const;
export type Label = (typeof LABELS)[number];

export const LabelledMessage = z.object({
  id: z.optional(z.string()),
  text: z.string(),
  label: z.enum(LABELS),
  confidence: z.optional(z.enum(['high', 'medium', 'low'])),
  recipient: z.optional(RecipientInput),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

export interface Outcome {
  item: LabelledMessage;
  judgement: Judgement;
  flagged: boolean;
  predicted: Label;
}

export interface Figures {
  count: number;
  perLabel: Record<Label, { actual: number; predicted: number; correct: number; precision: number; recall: number }>;
  /** Share of pitch and template messages flagged (any level but ok). */
  recall: number;
  /** Personal messages flagged. */
  falseAlarms: number;
  personal: number;
  falseAlarmRate: number;
  /** Pitch messages with their placeholders removed: share still carrying a pitch reason, and share still flagged. */
  strippedPitch: { count: number; pitchReason: number; flagged: number };
}

export interface Evaluation {
  /** Without `confidence: low` items (the data README: leave them out of headline figures). */
  headline: Figures;
  /** Every item. */
  all: Figures;
  outcomes: Outcome[];
}

/** What the judgement says the message is: pitch before template, nothing flagged = personal. */
function predictedLabel(judgement: Judgement): Label {
  if (judgement.level === 'ok') return 'personal';
  return judgement.reasons.some((reason) => reason.kind === 'pitch') ? 'pitch' : 'template';
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

function figures(outcomes: readonly Outcome[]): Figures {
  const perLabel = {} as Figures['perLabel'];
  for (const label of LABELS) {
    const actual = outcomes.filter((o) => o.item.label === label).length;
    const predicted = outcomes.filter((o) => o.predicted === label).length;
    const correct = outcomes.filter((o) => o.item.label === label && o.predicted === label).length;
    perLabel[label] = { actual, predicted, correct, precision: ratio(correct, predicted), recall: ratio(correct, actual) };
  }
  const unwanted = outcomes.filter((o) => o.item.label !== 'personal');
  const personal = outcomes.filter((o) => o.item.label === 'personal');
  const falseAlarms = personal.filter((o) => o.flagged).length;
  const pitches = outcomes.filter((o) => o.item.label === 'pitch');
  const stripped = pitches.map((o) => judge(stripPlaceholders(o.item.text), o.item.recipient ? { recipient: o.item.recipient } : {}));
  return {
    count: outcomes.length,
    perLabel,
    recall: ratio(unwanted.filter((o) => o.flagged).length, unwanted.length),
    falseAlarms,
    personal: personal.length,
    falseAlarmRate: ratio(falseAlarms, personal.length),
    strippedPitch: {
      count: pitches.length,
      pitchReason: ratio(stripped.filter((j) => j.reasons.some((r) => r.kind === 'pitch')).length, pitches.length),
      flagged: ratio(stripped.filter((j) => j.level !== 'ok').length, pitches.length),
    },
  };
}

export function evaluate(items: readonly LabelledMessage[]): Evaluation {
  const outcomes = items.map((item) => {
    const judgement = judge(item.text, item.recipient ? { recipient: item.recipient } : {});
    return { item, judgement, flagged: judgement.level !== 'ok', predicted: predictedLabel(judgement) };
  });
  return { headline: figures(outcomes.filter((o) => o.item.confidence !== 'low')), all: figures(outcomes), outcomes };
}

const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

function formatFigures(title: string, f: Figures): string[] {
  const lines = [`${title} (${f.count} messages)`];
  for (const label of LABELS) {
    const l = f.perLabel[label];
    lines.push(`  ${label.padEnd(9)} precision ${pct(l.precision).padStart(7)} (${l.correct}/${l.predicted})  recall ${pct(l.recall).padStart(7)} (${l.correct}/${l.actual})`);
  }
  lines.push(`  flagged pitch+template   ${pct(f.recall)}`);
  lines.push(`  false alarms on personal ${pct(f.falseAlarmRate)} (${f.falseAlarms}/${f.personal})`);
  lines.push(
    `  pitch, placeholders stripped: pitch reason ${pct(f.strippedPitch.pitchReason)}, flagged ${pct(f.strippedPitch.flagged)} (of ${f.strippedPitch.count})`,
  );
  return lines;
}

function describe(o: Outcome): string {
  const reasons = o.judgement.reasons.map((r) => `${r.kind}[${r.evidence.map((e) => e.text).join(' | ')}]`).join(' ');
  const snippet = o.item.text.replace(/\s+/gu, ' ').slice(0, 110);
  return `  ${o.item.id ?? '?'} ${o.item.label}/${o.item.confidence ?? '-'} -> ${o.judgement.level} ${reasons}\n      ${snippet}`;
}

export function formatEvaluation(evaluation: Evaluation): string {
  const alarms = evaluation.outcomes.filter((o) => o.item.label === 'personal' && o.flagged);
  const misses = evaluation.outcomes.filter((o) => o.item.label !== 'personal' && !o.flagged);
  return [
    ...formatFigures('Headline, confidence low left out', evaluation.headline),
    '',
    ...formatFigures('All, confidence low included', evaluation.all),
    '',
    `False alarms (${alarms.length}):`,
    ...alarms.map(describe),
    '',
    `Misses (${misses.length}):`,
    ...misses.map(describe),
  ].join('\n');
}
