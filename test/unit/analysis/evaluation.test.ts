import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, LabelledMessage, type Evaluation } from '../../../src/cli/judge-eval';

/*
 * The judgement on real messages labelled by others (../shared/data/messages, see its README): the shared
 * folder sits beside the repository and is never copied into it, so a plain checkout may not have it.
 * Flagged = any level but ok, with no recipient context (the CLI case). The floors are what the judgement
 * reaches today, rounded down a little; the issue's own floors are recall ≥ 0.9 and false alarms ≤ 5 %.
 * `npm run judge -- --eval <file>` prints the figures with every false alarm and miss.
 */
const DATA = resolve(import.meta.dirname, '../../../../shared/data/messages/messages.jsonl');
const hasData = existsSync(DATA);
if (!hasData) console.warn('../shared/data/messages not found: evaluation on real messages skipped');
const describeShared = hasData ? describe : describe.skip;

function load(): Evaluation {
  const items = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => LabelledMessage.parse(JSON.parse(line)));
  return evaluate(items);
}

describeShared('evaluation on ../shared/data/messages', () => {
  const { headline, all, outcomes } = hasData ? load() : ({} as Evaluation);

  it('flags pitches and templates (headline: confidence low left out)', () => {
    expect(headline.recall).toBeGreaterThanOrEqual(0.97);
    expect(headline.perLabel.pitch.recall).toBeGreaterThanOrEqual(0.92);
    expect(headline.perLabel.pitch.precision).toBeGreaterThanOrEqual(0.95);
    expect(headline.perLabel.template.recall).toBeGreaterThanOrEqual(0.9);
    expect(headline.perLabel.template.precision).toBeGreaterThanOrEqual(0.8);
    // Low-confidence items are borderline by the labellers' own account; they still count here, lower.
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('raises at most one false alarm on the 25 personal messages, with or without low confidence', () => {
    expect(headline.personal).toBeGreaterThanOrEqual(20);
    expect(headline.falseAlarmRate).toBeLessThanOrEqual(0.05);
    expect(all.falseAlarms).toBeLessThanOrEqual(1);
    // The one accepted false alarm: a personal note whose greeting still holds an unfilled "[name]" slot.
    // Sending it as it is would show the slot to the recipient, so the guard is right to stop it.
    for (const alarm of outcomes.filter((o) => o.item.label === 'personal' && o.flagged)) {
      expect(alarm.judgement.reasons.map((r) => r.kind)).toEqual(['placeholder']);
    }
  });

  it('recognises pitches by their wording alone, placeholders stripped', () => {
    expect(headline.strippedPitch.pitchReason).toBeGreaterThanOrEqual(0.92);
    expect(headline.strippedPitch.flagged).toBeGreaterThanOrEqual(0.94);
  });

  it('marks evidence that slices the message exactly', () => {
    for (const { item, judgement } of outcomes) {
      for (const reason of judgement.reasons) for (const e of reason.evidence) expect(item.text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});
