/*
 * `npx tsx test/bench/judge-bench.ts`: time of judge() (src/core/analysis/judge.ts) on a 2,000-character draft,
 * the guard's per-pause cost while the user types (issue #3 target: p50 ≤ 0.2 ms, p99 ≤ 1 ms in node), and on a
 * 20,000-character one. The drafts are made up here: a personal note with some pitch and template phrases, so
 * every lexicon finds something, and a recipient so the personalisation check runs too.
 */
import { judge, type JudgeContext } from '../../src/core/analysis/judge';
import { ms, timeIt } from './stats';

const PARAGRAPH =
  'Hola Ana, thanks again for the talk at the meetup in Lisboa. I hope you are doing well! The part about research ops ' +
  'in hospitals stayed with me, and our team tried the checklist you showed last week. Would love to connect and hear ' +
  'how the pilot went; if it helps, we could book a call, but no rush at all. Un abrazo y gracias por compartir. ';

function draft(length: number): string {
  let text = '';
  while (text.length < length) text += PARAGRAPH;
  return text.slice(0, length);
}

const context: JudgeContext = {
  recipient: { name: 'Ana García', headline: 'Research operations lead at Hospital Clínic', company: 'Hospital Clínic', connectedDaysAgo: 3, messagesExchanged: 0 },
  sentToOthers: { recipients: 1, similarity: 0.4 },
};

for (const length of [2_000, 20_000]) {
  const text = draft(length);
  // Warm up: compile the lexicons and let the JIT settle, as a content script would have after the first keystrokes.
  for (let i = 0; i < 300; i++) judge(text, context);
  const { p50, p99 } = timeIt(() => judge(text, context), length > 2_000 ? 300 : 3_000);
  console.log(`judge() on a ${length.toLocaleString('en')}-character draft   p50 ${ms(p50)}  p99 ${ms(p99)}`);
}
