import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReaderRun } from '../../../src/core/model/health';
import { PROFILE_FIELDS, ProfileSnapshot } from '../../../src/core/model/profile';
import { Thread } from '../../../src/core/model/thread';
import { isLinkedInUrl } from '../../../src/linkedin/routes';
import { composer as composerSel, invite as inviteSel, people as peopleSel } from '../../../src/linkedin/selectors';
import { draftText, findComposeBoxes, type ComposePart } from '../../../src/linkedin/read/composer';
import { pageLanguages, text } from '../../../src/linkedin/read/dom';
import { findInviteDialogs, type InvitePart } from '../../../src/linkedin/read/invite';
import { inferPageUrl, readPage } from '../../../src/linkedin/read/page';
import { findPeopleMentions, pageIsDark, showsDarkTheme } from '../../../src/linkedin/read/people';
import { profileOnPage, readProfile } from '../../../src/linkedin/read/profile';
import { ember } from '../../../src/linkedin/read/profile/ember';
import { ember2020 } from '../../../src/linkedin/read/profile/ember-2020';
import { sdui2026 } from '../../../src/linkedin/read/profile/sdui-2026';
import { postOfUrl, readThreads, SKIP_REASONS, THREAD_FIELDS } from '../../../src/linkedin/read/thread';
import { readDom } from '../../../src/linkedin/read/thread/dom';
import { readEmbeddedJson } from '../../../src/linkedin/read/thread/json';
import { postUrnsIn } from '../../../src/linkedin/read/thread/raw';
import { hasSharedFixtures, OWN_FIXTURES, SHARED_FIXTURES } from './helpers';
import { PageMutator, seedOf } from './mutations';

/*
 * The resilience run shared by resilience*.test.ts: every reader on every saved page and on ≥ 1,000 mutated copies
 * of it (mutations.ts). A reader passes a variant when it returns without throwing, its result is well-formed (the
 * schemas health and storage validate with), what it reports missing agrees with what it returns, and nothing shows
 * that it swallowed an exception: the readers catch everything and then report a page they could read as
 * unreadable, which would blame LinkedIn in the health record for our own bug.
 */

export type ReaderId = 'profile' | 'thread' | 'composer' | 'invite' | 'people' | 'page';
export const READERS: readonly ReaderId[] = ['profile', 'thread', 'composer', 'invite', 'people', 'page'];

export interface Outcome {
  /** Whether the reader found what it reads on this page (decides whether it runs on every variant). */
  found: boolean;
  /** What the reader reports missing (its health run), as field names. */
  missing: string[];
  /** Broken promises: a malformed result, a health report that contradicts the result, a swallowed exception. */
  problems: string[];
}

const DIALOG_URL = 'https://www.linkedin.com/in/someone/';

function partitionProblems(all: readonly string[], found: readonly string[], missing: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = [...found, ...missing];
  if (seen.length !== all.length || new Set(seen).size !== all.length || !all.every((f) => seen.includes(f))) {
    problems.push(`found ${JSON.stringify(found)} and missing ${JSON.stringify(missing)} do not split ${JSON.stringify(all)}`);
  }
  return problems;
}

function runProblems(run: unknown): string[] {
  const parsed = ReaderRun.safeParse(run);
  return parsed.success ? [] : [`health run rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
}

const PROFILE_GENERATIONS = [sdui2026, ember, ember2020];

function profile(doc: Document, url: string): Outcome {
  const reading = readProfile(doc, url);
  const problems = [
    ...partitionProblems(PROFILE_FIELDS, reading.found, reading.missing),
    ...runProblems({ reader: 'profile', pageKind: reading.pageKind, url, at: 0, found: reading.found, missing: reading.missing }),
  ];
  if (!['profile-sdui-2026', 'profile-ember', 'profile-ember-2020', 'unrecognised'].includes(reading.pageKind)) problems.push(`pageKind ${reading.pageKind}`);
  if (reading.record !== null && !ProfileSnapshot.safeParse(reading.record).success) problems.push('record fails ProfileSnapshot');
  for (const field of reading.found) if (reading.record?.[field] === undefined) problems.push(`${field} reported found, not in the record`);
  for (const field of reading.missing) if (reading.record?.[field] !== undefined) problems.push(`${field} reported missing, in the record`);
  if (typeof reading.stale !== 'boolean') problems.push('stale is not a boolean');
  // readProfile says 'unrecognised' for a page a generation recognises only from its catch: run the generation's
  // steps unguarded so that the exception surfaces with its stack, else say what happened.
  if (reading.pageKind === 'unrecognised' && PROFILE_GENERATIONS.some((g) => g.recognises(doc))) {
    const generation = PROFILE_GENERATIONS.find((g) => g.recognises(doc))!;
    for (const card of generation.topCards(doc)) generation.read(card, { doc, langs: pageLanguages(doc), slug: 'someone' });
    profileOnPage(doc);
    problems.push(`readProfile answered 'unrecognised' on a ${generation.pageKind} page: it swallowed an exception`);
  }
  return { found: reading.pageKind !== 'unrecognised', missing: reading.missing, problems };
}

function thread(doc: Document, url: string): Outcome {
  const reading = readThreads(doc, url);
  const problems = [
    ...partitionProblems(THREAD_FIELDS, reading.found, reading.missing),
    ...runProblems({ reader: 'thread', pageKind: reading.pageKind, url, at: 0, found: reading.found, missing: reading.missing, skipped: reading.skipped }),
  ];
  if (!['thread-ember', 'thread-sdui-2026', 'thread-json', 'unrecognised'].includes(reading.pageKind)) problems.push(`pageKind ${reading.pageKind}`);
  for (const t of reading.threads) {
    const parsed = Thread.safeParse(t);
    if (!parsed.success) problems.push(`thread ${t.id} fails Thread: ${parsed.error.issues[0]?.message}`);
  }
  if (reading.found.includes('post') !== reading.threads.length > 0) problems.push('post found/missing disagrees with the threads');
  if (reading.found.includes('comments') !== reading.threads.some((t) => t.comments.length > 0)) problems.push('comments found/missing disagrees with the threads');
  const reasons = reading.skipped.map((s) => s.reason);
  if (new Set(reasons).size !== reasons.length || reading.skipped.some((s) => !SKIP_REASONS.includes(s.reason) || !Number.isInteger(s.count) || s.count < 1)) {
    problems.push(`skipped ${JSON.stringify(reading.skipped)}`);
  }
  // 'unrecognised' with a DOM generation that reads the page comes only from readThreads' catch: surface the exception.
  if (reading.pageKind === 'unrecognised') {
    const dom = readDom(doc, postOfUrl(url));
    readEmbeddedJson(doc, new Set([...postUrnsIn(url), ...dom.threads.map((t) => t.id)]));
    if (dom.pageKind !== null) problems.push(`readThreads answered 'unrecognised' on a ${dom.pageKind} page: it swallowed an exception`);
  }
  return { found: reading.pageKind !== 'unrecognised', missing: reading.missing, problems };
}

const COMPOSE_PARTS: readonly ComposePart[] = ['editor', 'sendButton', 'recipient'];
const isElementNode = (value: unknown): value is Element => typeof value === 'object' && value !== null && (value as Node).nodeType === 1;

function composer(doc: Document, url: string): Outcome {
  const boxes = findComposeBoxes(doc);
  const problems: string[] = [];
  const missing = new Set<string>();
  if (boxes.length === 0 && doc.querySelector(composerSel.form.join(', '))) problems.push('no compose box on a page with a .msg-form: findComposeBoxes swallowed an exception');
  for (const box of boxes) {
    for (const part of box.missing) missing.add(part);
    if (!['overlay', 'thread', 'compose', 'inmail', 'unknown'].includes(box.kind)) problems.push(`kind ${box.kind}`);
    if (!isElementNode(box.form)) problems.push('form is not an element');
    if (box.editor !== null && !box.form.contains(box.editor)) problems.push('editor outside its form');
    if (box.sendButton !== null && !box.form.contains(box.sendButton)) problems.push('Send outside its form');
    if (box.missing.some((p) => !COMPOSE_PARTS.includes(p)) || new Set(box.missing).size !== box.missing.length) problems.push(`missing ${JSON.stringify(box.missing)}`);
    if (box.missing.includes('editor') !== (box.editor === null)) problems.push('editor found/missing disagrees');
    if (box.missing.includes('sendButton') !== (box.sendButton === null)) problems.push('Send found/missing disagrees');
    if (box.missing.includes('recipient') !== (box.recipient === null)) problems.push('recipient found/missing disagrees');
    const r = box.recipient;
    if (r && (Object.keys(r).length === 0 || Object.values(r).some((v) => typeof v !== 'string' || v === ''))) problems.push(`recipient ${JSON.stringify(r)}`);
    if (![true, false, undefined].includes(box.enterToSend)) problems.push('enterToSend');
    if (box.editor && typeof draftText(box.editor) !== 'string') problems.push('draftText is not a string');
    problems.push(
      ...runProblems({ reader: 'composer', pageKind: `composer-${box.kind}`, url, at: 0, found: COMPOSE_PARTS.filter((p) => !box.missing.includes(p)), missing: box.missing }),
    );
    // An editor in the form that the reader reports missing: readBox's catch answered for it.
    const editorInForm = composerSel.editor.some((s) => [...box.form.querySelectorAll(s)].some((el) => !el.closest(composerSel.foreign)));
    if (box.editor === null && editorInForm) problems.push('editor reported missing though the form has one: readBox swallowed an exception');
  }
  if (boxes.length === 0) missing.add('form');
  return { found: boxes.length > 0, missing: [...missing].sort(), problems };
}

const INVITE_PARTS: readonly InvitePart[] = ['addNoteButton', 'sendWithoutNoteButton', 'inviteeName', 'noteField', 'sendButton', 'maxLength'];
const UNKNOWN_STEP_MISSING = ['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'];

function invite(doc: Document): Outcome {
  const dialogs = findInviteDialogs(doc);
  const problems: string[] = [];
  const missing = new Set<string>();
  if (dialogs.length === 0 && doc.querySelector(inviteSel.dialog.join(', '))) problems.push('no dialog on a page with .send-invite: findInviteDialogs swallowed an exception');
  for (const d of dialogs) {
    for (const part of d.missing) missing.add(part);
    if (!isElementNode(d.dialog)) problems.push('dialog is not an element');
    if (d.missing.some((p) => !INVITE_PARTS.includes(p)) || new Set(d.missing).size !== d.missing.length) problems.push(`missing ${JSON.stringify(d.missing)}`);
    for (const el of [d.addNoteButton, d.sendWithoutNoteButton, d.noteField, d.sendButton]) if (el && !d.dialog.contains(el)) problems.push('a control outside its dialog');
    const says = (part: InvitePart, absent: boolean) => d.missing.includes(part) !== absent && problems.push(`${part} found/missing disagrees (step ${d.step})`);
    if (d.step === 'choose') {
      says('addNoteButton', d.addNoteButton === null);
      says('sendWithoutNoteButton', d.sendWithoutNoteButton === null);
      says('inviteeName', d.inviteeName === undefined);
      if (d.noteField || d.sendButton) problems.push('step 1 with step 2 controls');
    } else if (d.step === 'note') {
      if (!d.noteField) problems.push('step 2 without its note field');
      says('sendButton', d.sendButton === null);
      says('maxLength', d.maxLength === undefined);
    } else if (d.step === 'unknown') {
      if (d.addNoteButton || d.sendWithoutNoteButton || d.noteField || d.sendButton) problems.push('unknown step with controls');
      if (JSON.stringify([...d.missing].sort()) !== JSON.stringify([...UNKNOWN_STEP_MISSING].sort())) problems.push(`unknown step missing ${JSON.stringify(d.missing)}`);
      // A note field makes the step 'note' (linkedom renders everything): 'unknown' with one is readDialog's catch.
      if (inviteSel.noteField.some((s) => d.dialog.querySelector(s))) problems.push("'unknown' step on a dialog with a note field: readDialog swallowed an exception");
    } else problems.push(`step ${String(d.step)}`);
    if (d.maxLength !== undefined && !(Number.isInteger(d.maxLength) && d.maxLength > 0)) problems.push(`maxLength ${d.maxLength}`);
    if (d.remainingPersonalized !== undefined && !(Number.isInteger(d.remainingPersonalized) && d.remainingPersonalized >= 0)) problems.push(`remaining ${d.remainingPersonalized}`);
    if (d.inviteeName !== undefined && !(d.inviteeName.length > 0 && d.inviteeName.length <= 100)) problems.push('inviteeName length');
    problems.push(...runProblems({ reader: 'invite', pageKind: `invite-${d.step}`, url: DIALOG_URL, at: 0, found: [], missing: d.missing }));
  }
  if (dialogs.length === 0) missing.add('dialog');
  return { found: dialogs.length > 0, missing: [...missing].sort(), problems };
}

const MENTION_LIMIT = 500;

function people(doc: Document): Outcome {
  const mentions = findPeopleMentions(doc, MENTION_LIMIT);
  const problems: string[] = [];
  if (mentions.length > MENTION_LIMIT) problems.push('more mentions than the limit');
  if (new Set(mentions.map((m) => m.link)).size !== mentions.length) problems.push('a link mentioned twice');
  for (const m of mentions) {
    if (!m.link.matches(peopleSel.profileLink)) problems.push('a mention whose link is not a profile link');
    if (m.nameElement !== m.link && !m.link.contains(m.nameElement)) problems.push('a name outside its link');
    if (m.name !== text(m.nameElement) || m.name.length === 0 || m.name.length > 80) problems.push(`name ${JSON.stringify(m.name.slice(0, 40))}`);
    if (!m.slug && !m.memberId) problems.push('a mention with neither slug nor member id');
    if (m.href !== m.link.getAttribute('href')) problems.push('href differs from the link');
  }
  const dark = pageIsDark(doc);
  if (dark !== true && dark !== false && dark !== null) problems.push(`pageIsDark ${String(dark)}`);
  if (typeof showsDarkTheme(doc) !== 'boolean') problems.push('showsDarkTheme is not a boolean');
  return { found: mentions.length > 0, missing: mentions.length ? [] : ['mentions'], problems };
}

function page(doc: Document, url: string): Outcome {
  const problems: string[] = [];
  const inferred = inferPageUrl(doc);
  if (inferred && (!isLinkedInUrl(inferred.url) || !['canonical link', 'og:url', 'top-card self link'].includes(inferred.source))) problems.push(`inferred ${JSON.stringify(inferred)}`);
  const owner = profileOnPage(doc);
  if (owner && [owner.slug, owner.memberId].some((v) => v !== null && typeof v !== 'string')) problems.push(`profileOnPage ${JSON.stringify(owner)}`);
  // readPage routes to readProfile / readThreads, which run as readers of their own with the page's URL: only a URL the
  // mutated page declares differently is a new reading.
  if (inferred && inferred.url !== url) {
    for (const output of readPage(doc, inferred.url)) if (!['profile', 'thread'].includes(output.reader)) problems.push(`readPage gave ${output.reader}`);
  }
  return { found: inferred !== null, missing: inferred ? [] : ['url'], problems };
}

export const READ: Record<ReaderId, (doc: Document, url: string) => Outcome> = { profile, thread, composer, invite, people, page };

/** A saved page to mutate: its file's text, and the URL it was at (the readers take one). */
export interface SavedPage {
  name: string;
  html: string;
  url: string;
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Voyager capture as LinkedIn serves it (as thread-real.test.ts rebuilds it): the payload entity-escaped in
 * `code#bpr-guid-N`, its descriptor beside it, and the descriptors of every other block the page had.
 */
function voyagerPage(): SavedPage {
  const capture = JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'voyager_feed_update_comments_2026.json'), 'utf8')) as { datalet: { body: string }; payload: unknown };
  const index = JSON.parse(readFileSync(resolve(SHARED_FIXTURES, 'voyager_datalet_index_feed_update_2026.json'), 'utf8')) as { body: string }[];
  const id = capture.datalet.body;
  const descriptors = index
    .filter((d) => d.body !== id)
    .map((d) => `<code style="display: none" id="datalet-${escapeHtml(d.body)}">${escapeHtml(JSON.stringify(d))}</code>`);
  const html = `<!DOCTYPE html><html lang="en"><head><title>Hugo Clément on LinkedIn</title></head><body>
    <code style="display: none" id="${id}">${escapeHtml(JSON.stringify(capture.payload))}</code>
    <code style="display: none" id="datalet-${id}">${escapeHtml(JSON.stringify(capture.datalet))}</code>${descriptors.join('')}</body></html>`;
  return { name: 'voyager_feed_update_comments_2026.json', html, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7415738731510468608/' };
}

function urlOf(html: string): string {
  try {
    return inferPageUrl(new PageMutator(html, 0).doc)?.url ?? '';
  } catch {
    return '';
  }
}

function htmlPages(folder: string): SavedPage[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(resolve(folder, name), 'utf8');
      return { name, html, url: urlOf(html) };
    });
}

/** Our minimised pages (always present). */
export const ownPages = (): SavedPage[] => htmlPages(OWN_FIXTURES);

/** The real pages of ../shared (none when it is absent: the caller says so), with the Voyager JSON made a page. */
export const sharedPages = (): SavedPage[] => (hasSharedFixtures ? [...htmlPages(SHARED_FIXTURES), voyagerPage()] : []);

/** Variants per page (≥ 1,000 by default; VINCULO_MUTATION_VARIANTS raises it for a longer local hunt). */
export const VARIANTS = Math.max(1000, Number(process.env.VINCULO_MUTATION_VARIANTS) || 0);
/** Mixed into every page's seed: VINCULO_MUTATION_SEED explores other variants; the default is what CI runs. */
const SEED = Number(process.env.VINCULO_MUTATION_SEED) || 0;
/** Readers that find nothing on a page still run on it, on every CROSS_EVERY-th variant (and the unmutated page). */
export const CROSS_EVERY = 4;

export interface Failure {
  variant: number;
  reader: ReaderId | 'mutation' | 'undo';
  steps: string[];
  message: string;
}

export interface PageSummary {
  page: string;
  variants: number;
  /** Readers run on every variant (they found something on the unmutated page). */
  applying: ReaderId[];
  runs: number;
  /** Exceptions that escaped a reader, and other broken promises (Outcome.problems, a broken undo), all counted. */
  exceptions: number;
  problems: number;
  /** The first MAX_FAILURES of them, in detail. */
  failures: Failure[];
  /** Per reader: variants in which it reported missing something it had found on the unmutated page. */
  healthReports: Partial<Record<ReaderId, number>>;
  slowestMs: number;
  ms: number;
}

const MAX_FAILURES = 20;

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return `threw ${String(error)}`;
  const frame = error.stack?.split('\n').find((line) => line.includes('/src/'));
  return `threw ${error.name}: ${error.message.slice(0, 200)}${frame ? ` ${frame.trim()}` : ''}`;
}

/** Runs every reader on the page and on its variants; collects failures rather than stopping at the first. */
export function runPage(saved: SavedPage, variants = VARIANTS): PageSummary {
  const started = performance.now();
  const mutator = new PageMutator(saved.html, (seedOf(saved.name) ^ SEED) >>> 0);
  const original = mutator.serialize();
  const failures: Failure[] = [];
  let exceptions = 0;
  let problems = 0;
  const fail = (failure: Failure, thrown = false) => {
    if (thrown) exceptions += 1;
    else problems += 1;
    if (failures.length < MAX_FAILURES) failures.push(failure);
  };
  const baseline = new Map<ReaderId, Outcome>();
  for (const reader of READERS) {
    try {
      const outcome = READ[reader](mutator.doc, saved.url);
      baseline.set(reader, outcome);
      for (const message of outcome.problems) fail({ variant: -1, reader, steps: ['unmutated'], message });
    } catch (error) {
      fail({ variant: -1, reader, steps: ['unmutated'], message: errorMessage(error) }, true);
    }
  }
  const applying = READERS.filter((r) => baseline.get(r)?.found);
  const healthReports: Partial<Record<ReaderId, number>> = {};
  let runs = 0;
  let slowestMs = 0;

  for (let i = 0; i < variants; i++) {
    let variant;
    try {
      variant = mutator.variant(i);
    } catch (error) {
      fail({ variant: i, reader: 'mutation', steps: [], message: errorMessage(error) }, true);
      continue;
    }
    const variantStarted = performance.now();
    for (const reader of READERS) {
      if (!applying.includes(reader) && i % CROSS_EVERY !== 0) continue;
      runs += 1;
      try {
        const outcome = READ[reader](variant.doc, saved.url);
        for (const message of outcome.problems) fail({ variant: i, reader, steps: variant.steps, message });
        const before = baseline.get(reader)?.missing ?? [];
        if (outcome.missing.some((field) => !before.includes(field))) healthReports[reader] = (healthReports[reader] ?? 0) + 1;
      } catch (error) {
        fail({ variant: i, reader, steps: variant.steps, message: errorMessage(error) }, true);
      }
    }
    slowestMs = Math.max(slowestMs, performance.now() - variantStarted);
    try {
      variant.undo();
    } catch (error) {
      fail({ variant: i, reader: 'undo', steps: variant.steps, message: errorMessage(error) }, true);
      break;
    }
    // The next variants build on this page: check now and then that the undo restored it exactly.
    if ((i % 100 === 99 || i === variants - 1) && mutator.serialize() !== original) {
      fail({ variant: i, reader: 'undo', steps: variant.steps, message: 'the page differs from the original after undoing variants up to this one' });
      break;
    }
  }
  return { page: saved.name, variants, applying, runs, exceptions, problems, failures, healthReports, slowestMs: Math.round(slowestMs), ms: Math.round(performance.now() - started) };
}

/** One short line per page for the test log. */
export function summaryLine(s: PageSummary): string {
  const reports = Object.entries(s.healthReports)
    .map(([reader, n]) => `${reader} ${n}`)
    .join(' ');
  const cross = READERS.length - s.applying.length;
  return `${s.page}: ${s.variants} variants × [${s.applying.join(' ')}${cross ? ` +${cross} on every ${CROSS_EVERY}th` : ''}] = ${s.runs} runs, exceptions ${s.exceptions}, problems ${s.problems}, new missing reported: ${reports || 'none'}; ${(s.ms / 1000).toFixed(1)} s (slowest variant ${s.slowestMs} ms)`;
}

/** Failures as the assertion message shows them: enough to replay one (page, variant index, steps). */
export function describeFailures(s: PageSummary): string[] {
  return s.failures.map((f) => `${s.page} #${f.variant} ${f.reader}: ${f.message} ← ${f.steps.join(' | ').slice(0, 400)}`);
}
