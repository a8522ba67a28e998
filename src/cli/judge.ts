/**
 * `npm run judge -- <file.jsonl> [--lang es] [--eval]`: the compose guard's judgement (src/core/analysis) on
 * JSON lines `{"text": "…", "recipient": {"name", "headline", "company", "connectedDaysAgo", "messagesExchanged"}}`
 * (recipient and each field optional; `sentToOthers` and `settings` as judge() takes them; other fields are
 * ignored). Prints one JSON line per input line: `{"level", "reasons": [{"kind", "evidence": [words], "message"}]}`,
 * messages from public/_locales in English or, with --lang es, Spanish. A malformed line prints
 * `{"error": "line N: …"}` and the run goes on. Exit code 2 on bad arguments or an unreadable file.
 *
 * --eval reads the file as labelled data (`label`: pitch / template / personal, `confidence`, `id`; the format
 * of ../shared/data/messages) and prints how well the judgement separates them, with every false alarm and miss.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { en as zodEnglish } from 'zod/locales';
import { judge, type Judgement } from '../core/analysis/judge';
import { JudgeContextInput } from '../core/analysis/schema';
import { evaluate, formatEvaluation, LabelledMessage } from './judge-eval';

const USAGE = 'usage: npm run judge -- <file.jsonl> [--lang en|es] [--eval]';

function fail(problem: string): never {
  console.error(`judge: ${problem}\n${USAGE}`);
  process.exit(2);
}

function args(): { file: string; lang: 'en' | 'es'; evaluation: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { lang: { type: 'string', default: 'en' }, eval: { type: 'boolean', default: false } } });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) fail(`expected one .jsonl file, got ${parsed.positionals.length}`);
  const { lang } = parsed.values;
  if (lang !== 'en' && lang !== 'es') fail(`--lang must be en or es, not ${lang}`);
  return { file, lang, evaluation: parsed.values.eval };
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The _locales catalogue, read from disk: the CLI shows exactly the wording the extension ships. */
function catalogue(lang: 'en' | 'es'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
}

function render(messages: Record<string, { message: string }>, key: string, params: readonly (string | number)[]): string {
  const template = messages[key]?.message ?? key;
  return template.replace(/\$(\d)/gu, (_, n: string) => String(params[Number(n) - 1] ?? ''));
}

function toOutput(judgement: Judgement, messages: Record<string, { message: string }>) {
  return {
    level: judgement.level,
    reasons: judgement.reasons.map((reason) => ({
      kind: reason.kind,
      evidence: reason.evidence.map((span) => span.text),
      message: render(messages, reason.message.key, reason.message.params),
    })),
  };
}

const Line = z.extend(JudgeContextInput, { text: z.string() });

function issues(error: z.core.$ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

function main(): void {
  // `npm run judge -- f.jsonl | head`: a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { file, lang, evaluation } = args();
  const lines = read(file).split(/\r?\n/u);
  z.config(zodEnglish());

  if (evaluation) {
    const items: LabelledMessage[] = [];
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        const result = LabelledMessage.safeParse(JSON.parse(line));
        if (result.success) items.push(result.data);
        else console.error(`line ${index + 1}: ${issues(result.error)}`);
      } catch (error) {
        console.error(`line ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    console.log(formatEvaluation(evaluate(items)));
    return;
  }

  const messages = catalogue(lang);
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let output: unknown;
    try {
      const result = Line.safeParse(JSON.parse(line));
      output = result.success ? toOutput(judge(result.data.text, result.data), messages) : { error: `line ${index + 1}: ${issues(result.error)}` };
    } catch (error) {
      output = { error: `line ${index + 1}: ${error instanceof Error ? error.message : String(error)}` };
    }
    console.log(JSON.stringify(output));
  });
}

main();
