import { compile, score, THRESHOLD, type Hit } from './cues';
import { fold, type Folded, type Span } from './fold';
import { DEFAULT_GUARD_SETTINGS, type GuardSettings } from './guard-settings';
import { MAX_EVIDENCE, MAX_QUOTED_CHARS, type GuardMessageKey } from './judgement';
import { detectLanguage, type DraftLanguage } from './language';
import { MEETING_ASK, PITCH } from './lexicon/pitch';
import { DEFAULT_INVITATION, TEMPLATE } from './lexicon/template';
import { findPlaceholders } from './placeholders';
import { knowsRecipient, looksSpecific, mentionsRecipient } from './specific';

/**
 * The compose guard's judgement of a draft (PRODUCT.md F5, F6): pure, synchronous, fast enough to run as the
 * user types. It never changes the draft; it says how risky sending it is, why (with the exact words, so the
 * UI can highlight them) and what to change, as _locales keys the UI renders in the user's language.
 * It runs in the background worker, which has the history it needs; the content script gets its verdicts
 * through guard.context and invite.judge (schema.ts: JudgementOutput) and never bundles the lexicons.
 */

export type Level = 'ok' | 'caution' | 'warn';
export type ReasonKind = 'pitch' | 'template' | 'placeholder' | 'mass' | 'new_connection';

// The keys live apart from the lexicons, so the content script's schema can list them without bundling judge().
export { GUARD_MESSAGE_KEYS, type GuardMessageKey } from './judgement';

export interface GuardMessage {
  key: GuardMessageKey;
  /** Substitutions for $1, $2… of the message. */
  params: (string | number)[];
}

export interface Reason {
  kind: ReasonKind;
  /** Spans of the draft that triggered it (text === draft.slice(start, end)); empty when the whole draft did. */
  evidence: Span[];
  message: GuardMessage;
}

export type Suggestion = GuardMessage;

export interface Judgement {
  level: Level;
  /** The draft's language (the lexicons run in all languages regardless). */
  lang: DraftLanguage;
  reasons: Reason[];
  suggestions: Suggestion[];
}

export interface Recipient {
  name?: string | undefined;
  headline?: string | undefined;
  company?: string | undefined;
  connectedDaysAgo?: number | undefined;
  messagesExchanged?: number | undefined;
}

export interface JudgeContext {
  recipient?: Recipient | undefined;
  /**
   * Computed by the caller from the user's sent history (fingerprint.ts, mass.ts): how many OTHER people got a
   * near-duplicate of this text within the window, and the best similarity.
   */
  sentToOthers?: { recipients: number; similarity: number } | undefined;
  settings?: Partial<GuardSettings> | undefined;
}

const pitchCues = compile(PITCH);
const meetingCues = compile(MEETING_ASK);
const templateCues = compile(TEMPLATE);
const invitationCues = compile(DEFAULT_INVITATION);

const QUOTED_IN_MESSAGE = 3;

type Relationship = 'new' | 'established' | 'unknown';

function relationshipWith(recipient: Recipient | undefined, settings: GuardSettings): Relationship {
  const days = recipient?.connectedDaysAgo;
  const messages = recipient?.messagesExchanged;
  if ((days !== undefined && days <= settings.newConnectionDays) || messages === 0) return 'new';
  return days !== undefined || messages !== undefined ? 'established' : 'unknown';
}

function evidenceOf(hits: readonly Span[]): Span[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const { text, start, end } of sorted) {
    // One span per place: overlapping hits from two lexicons would highlight the same words twice.
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    out.push({ text, start, end });
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

/** "“free trial”, “book a call”": the words the message quotes; the UI highlights all of them. */
function quote(spans: readonly Span[]): string {
  const distinct = [...new Set(spans.map((span) => span.text.replace(/\s+/gu, ' ').trim()))];
  return distinct
    .slice(0, QUOTED_IN_MESSAGE)
    .map((text) => `“${text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 1)}…` : text}”`)
    .join(', ');
}

function firstName(name: string | undefined): string | undefined {
  return name?.trim().split(/\s+/u)[0] || undefined;
}

/** The template signal: stock phrases, plus how little the draft says about anyone in particular. */
function templateReasons(draft: Folded, recipient: Recipient | undefined, relationship: Relationship, flagged: boolean): Reason[] {
  const reasons: Reason[] = [];
  const invitation = invitationCues.find(draft);
  if (invitation.length > 0) {
    reasons.push({ kind: 'template', evidence: evidenceOf(invitation), message: { key: 'guard_reasonDefaultInvitation', params: [] } });
  }
  const hits = templateCues.find(draft);
  let points = score(hits);
  // We know who it is for: does it mention any of it (name, company, headline)?
  const expectsMention = knowsRecipient(recipient) && relationship !== 'established';
  const notPersonal = expectsMention && !mentionsRecipient(draft, recipient!);
  if (notPersonal) {
    // A draft that fits anyone. Not enough alone (a short "thanks for connecting!" names no one either), but
    // it tips stock phrases over.
    points += 2;
  } else if (hits.length > 0 && looksSpecific(draft)) {
    // About something in particular (a talk, a place, a post of theirs): a stock phrase weighs less.
    points -= 1;
  } else if (hits.length > 0 && !expectsMention) {
    // No recipient context: a stock phrase in a draft that names nothing and no one.
    points += 1;
  }
  if (points >= THRESHOLD && hits.length > 0) {
    const evidence = evidenceOf(hits);
    reasons.push({ kind: 'template', evidence, message: { key: 'guard_reasonTemplate', params: [quote(evidence)] } });
  }
  // Naming nothing of theirs is said when it tips the balance, and alongside any other reason: a pitch that
  // could go to anyone is worth knowing about too.
  if (notPersonal && (points >= THRESHOLD || flagged)) {
    const name = firstName(recipient?.name);
    reasons.push({
      kind: 'template',
      evidence: [],
      message: name ? { key: 'guard_reasonNotPersonalNamed', params: [name] } : { key: 'guard_reasonNotPersonal', params: [] },
    });
  }
  return reasons;
}

/**
 * The pitch signal. A request for a call or meeting counts as one hint like any other, and as a strong one in
 * a first message (nothing exchanged yet): asking a stranger for their time before any relationship exists.
 */
function pitchReason(draft: Folded, firstMessage: boolean): Reason | null {
  const hits: Hit[] = pitchCues.find(draft);
  const asks: Hit[] = meetingCues.find(draft);
  const pitchPoints = score(hits);
  const askPoints = asks.length > 0 ? score(asks) + (firstMessage ? 1 : 0) : 0;
  if (pitchPoints + askPoints < THRESHOLD) return null;
  const evidence = evidenceOf([...hits, ...asks]);
  const key = pitchPoints === 0 ? 'guard_reasonMeetingAsk' : 'guard_reasonPitch';
  return { kind: 'pitch', evidence, message: { key, params: [quote(evidence)] } };
}

function placeholderReason(source: string): Reason | null {
  const spans = findPlaceholders(source, MAX_EVIDENCE);
  if (spans.length === 0) return null;
  return { kind: 'placeholder', evidence: spans, message: { key: 'guard_reasonPlaceholder', params: [quote(spans)] } };
}

function newConnectionReason(days: number | undefined, settings: GuardSettings): Reason {
  const message: GuardMessage =
    days === undefined || days > settings.newConnectionDays
      ? { key: 'guard_reasonNewConnectionNoMessages', params: [] }
      : days < 1
        ? { key: 'guard_reasonNewConnectionToday', params: [] }
        : days < 2
          ? { key: 'guard_reasonNewConnectionYesterday', params: [] }
          : { key: 'guard_reasonNewConnectionDays', params: [Math.floor(days)] };
  return { kind: 'new_connection', evidence: [], message };
}

function suggestionsFor(reasons: readonly Reason[], recipient: Recipient | undefined, relationship: Relationship): Suggestion[] {
  const out: Suggestion[] = [];
  const add = (key: GuardMessageKey, params: (string | number)[] = []) => {
    if (!out.some((s) => s.key === key)) out.push({ key, params });
  };
  const name = firstName(recipient?.name);
  for (const reason of reasons) {
    switch (reason.kind) {
      case 'placeholder':
        add('guard_suggestFillPlaceholders', reason.message.params);
        break;
      case 'pitch':
        add('guard_suggestGiveFirst');
        if (relationship === 'new') add('guard_suggestPitchLater');
        break;
      case 'template':
        if (reason.message.key === 'guard_reasonDefaultInvitation') add('guard_suggestWriteNote');
        else if (name) add('guard_suggestPersonaliseNamed', [name]);
        else add('guard_suggestPersonalise');
        break;
      case 'mass':
        add('guard_suggestRewriteForThem');
        break;
      case 'new_connection':
        break;
    }
  }
  return out;
}

/** The user's thresholds over the defaults; a field left undefined keeps its default. */
function withDefaults(partial: Partial<GuardSettings> | undefined): GuardSettings {
  const settings = { ...DEFAULT_GUARD_SETTINGS };
  for (const key of Object.keys(settings) as (keyof GuardSettings)[]) {
    const value = partial?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) settings[key] = value;
  }
  return settings;
}

export function judge(text: string, context: JudgeContext = {}): Judgement {
  const settings = withDefaults(context.settings);
  const draft = fold(text);
  const lang = detectLanguage(draft.text);
  if (draft.text.trim() === '') return { level: 'ok', lang, reasons: [], suggestions: [] };

  const recipient = context.recipient;
  const relationship = relationshipWith(recipient, settings);
  const reasons: Reason[] = [];
  const placeholder = placeholderReason(text);
  if (placeholder) reasons.push(placeholder);
  const pitch = pitchReason(draft, recipient?.messagesExchanged === 0);
  if (pitch) reasons.push(pitch);
  reasons.push(...templateReasons(draft, recipient, relationship, reasons.length > 0));

  const others = context.sentToOthers;
  const mass = !!others && others.recipients >= settings.massMinRecipients && others.similarity >= settings.massSimilarity;
  if (mass) {
    reasons.push({ kind: 'mass', evidence: [], message: { key: 'guard_reasonMass', params: [others.recipients, settings.massWindowDays] } });
  }

  if (reasons.length === 0) return { level: 'ok', lang, reasons, suggestions: [] };

  // Being a new connection is context, never a reason on its own: it only sharpens the reasons above.
  if (relationship === 'new') reasons.push(newConnectionReason(recipient?.connectedDaysAgo, settings));

  // An unfilled placeholder or the same text to many is a mistake whoever reads it; a pitch or a template to
  // someone the user already talks with is a judgement call, so it only cautions.
  const level: Level = mass || placeholder || relationship !== 'established' ? 'warn' : 'caution';
  return { level, lang, reasons, suggestions: suggestionsFor(reasons, recipient, relationship) };
}
