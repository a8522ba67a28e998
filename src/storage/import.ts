import { encodeSignature, fingerprint } from '../core/analysis/fingerprint';
import type { ImportedConnection } from '../core/import/connections';
import type { ImportedMessage, Participant } from '../core/import/messages';
import type { Located } from '../core/import/read';
import { Contact } from '../core/model/contact';
import { Interaction, keptText, today } from '../core/model/interaction';
import type { Settings } from '../core/model/settings';
import { DEFAULT_STAGE } from '../core/model/stage';
import type { VinculoDb } from './db';
import { addToActivity } from './activity';
import { loadSettings } from './settings';

/*
 * Parsed export records (src/core/import) merged into the database. Both imports are idempotent: re-importing
 * the same file writes nothing. They run in transactions of at most `batchSize` records, so a 30,000-row file
 * is many small transactions, never one giant one; a batch is all or nothing.
 */

export interface ImportOptions {
  /** Records per transaction. */
  batchSize?: number;
  /** Checked between batches: batches already written stay, the rest is not read. */
  signal?: AbortSignal;
  /** After each batch: records handled so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
}

export const IMPORT_BATCH_SIZE = 2000;

export interface SkippedRecord {
  line: number;
  reason: string;
}

export interface ConnectionImportReport {
  /** New contacts. */
  imported: number;
  /** Existing contacts that gained something (an empty profile field, the member id, the connection date). */
  merged: number;
  /** Rows whose contact already knew everything the row says. */
  unchanged: number;
  skipped: SkippedRecord[];
}

export interface MessageImportReport {
  /** New "message" interactions. */
  imported: number;
  /** Messages already in the timeline (an earlier import of the same file, or a repeated row). */
  unchanged: number;
  /** Contacts created for people the user wrote with who were not known yet. */
  contactsCreated: number;
  skipped: SkippedRecord[];
}

/** Who the user is in the export: their own rows are told apart from the other person's by these. */
export interface Me {
  slug?: string;
  memberId?: string;
  name?: string;
}

const PROFILE_NAME_MAX = 200;

function newContact(id: string, now: number): Contact {
  return { id, profile: {}, stage: DEFAULT_STAGE, tags: [], createdAt: now, updatedAt: now };
}

/** Midnight of a Day ('YYYY-MM-DD') in the user's time zone, as epoch ms. */
export function localMidnight(day: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(y, m - 1, d).getTime();
}

function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const clip = (text: string, max: number) => text.slice(0, max).trim();

/**
 * What a Connections.csv row adds to a contact: only the profile fields still empty, the member id when unknown,
 * and connectedAt when not already set (the guard's "new connection" is counted from it). Stage, tags and notes
 * are never touched. Null when the row adds nothing.
 */
function withConnection(contact: Contact, row: ImportedConnection, now: number): Contact | null {
  const profile = { ...contact.profile };
  if (!profile.name) profile.name = clip(row.name, PROFILE_NAME_MAX);
  if (!profile.company && row.company) profile.company = row.company;
  if (!profile.position && row.position) profile.position = row.position;
  const memberId = contact.memberId ?? row.memberId;
  const connectedAt = contact.connectedAt ?? localMidnight(row.connectedOn);
  const same =
    profile.name === contact.profile.name &&
    profile.company === contact.profile.company &&
    profile.position === contact.profile.position &&
    memberId === contact.memberId &&
    connectedAt === contact.connectedAt;
  if (same) return null;
  return { ...contact, profile, ...(memberId && { memberId }), connectedAt, updatedAt: now };
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || 'value'}: ${issue.message}`).join('; ');
}

/**
 * Connections.csv into contacts, merged by profile slug (or the member id when the URL gives only that; a
 * contact known only by member id is found by it too). Never a duplicate; never overwrites what is known.
 */
export async function importConnections(
  db: VinculoDb,
  records: readonly Located<ImportedConnection>[],
  now = Date.now(),
  options: ImportOptions = {},
): Promise<ConnectionImportReport> {
  const report: ConnectionImportReport = { imported: 0, merged: 0, unchanged: 0, skipped: [] };
  let done = 0;
  for (const batch of batches(records, options.batchSize ?? IMPORT_BATCH_SIZE)) {
    options.signal?.throwIfAborted();
    const counts = { imported: 0, merged: 0, unchanged: 0 };
    const skipped: SkippedRecord[] = [];
    await db.transaction('rw', db.contacts, async () => {
      const ids = [...new Set(batch.flatMap(({ record }) => [record.slug, record.memberId].filter((id): id is string => !!id)))];
      const memberIds = [...new Set(batch.flatMap(({ record }) => (record.memberId ? [record.memberId] : [])))];
      // The batch's contacts, kept current as rows change them (a repeated row finds the first one's result).
      const byId = new Map<string, Contact>();
      const byMemberId = new Map<string, Contact>();
      const remember = (contact: Contact) => {
        byId.set(contact.id, contact);
        if (contact.memberId) byMemberId.set(contact.memberId, contact);
      };
      for (const contact of await db.contacts.bulkGet(ids)) if (contact) remember(contact);
      if (memberIds.length) for (const contact of await db.contacts.where('memberId').anyOf(memberIds).toArray()) remember(contact);
      const dirty = new Map<string, Contact>();

      for (const { line, record } of batch) {
        const id = record.slug ?? record.memberId;
        if (!id) {
          skipped.push({ line, reason: `No LinkedIn profile link for ${record.name}: without it the contact cannot be told apart from others.` });
          continue;
        }
        const existing =
          (record.slug ? byId.get(record.slug) : undefined) ??
          (record.memberId ? (byId.get(record.memberId) ?? byMemberId.get(record.memberId)) : undefined);
        const candidate = withConnection(existing ?? newContact(id, now), record, now);
        if (!candidate) {
          counts.unchanged++;
          continue;
        }
        const parsed = Contact.safeParse(candidate);
        if (!parsed.success) {
          skipped.push({ line, reason: `Not a valid contact (${issues(parsed.error)}).` });
          continue;
        }
        remember(parsed.data);
        dirty.set(parsed.data.id, parsed.data);
        if (existing) counts.merged++;
        else counts.imported++;
      }
      if (dirty.size) await db.contacts.bulkPut([...dirty.values()]);
    });
    // Counted only once the batch is written: a failed transaction reports nothing it did not do.
    report.imported += counts.imported;
    report.merged += counts.merged;
    report.unchanged += counts.unchanged;
    report.skipped.push(...skipped);
    done += batch.length;
    options.onProgress?.(done, records.length);
  }
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

const normalName = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase().replace(/\s+/gu, ' ');

/** A participant as one conversation knows them: everything every row said about them, merged. */
interface Person {
  slug?: string;
  memberId?: string;
  name?: string;
}

function isMe(person: Person, me: Me): boolean {
  if (person.slug && me.slug && person.slug.toLowerCase() === me.slug.toLowerCase()) return true;
  if (person.memberId && me.memberId && person.memberId === me.memberId) return true;
  // A name decides only when no id contradicts it (two people may share a name).
  const contradicted = (person.slug && me.slug) || (person.memberId && me.memberId);
  return !contradicted && !!person.name && normalName(person.name) === normalName(me.name);
}

function samePerson(a: Person, b: Person): boolean {
  if (a.slug && b.slug) return a.slug === b.slug;
  if (a.memberId && b.memberId) return a.memberId === b.memberId;
  return !!a.name && normalName(a.name) === normalName(b.name);
}

/** The distinct people of a conversation: rows naming someone by slug, member id or name alone are joined. */
function people(participants: readonly Participant[]): Person[] {
  const found: Person[] = [];
  for (const p of participants) {
    const person: Person = { ...(p.slug && { slug: p.slug }), ...(p.memberId && { memberId: p.memberId }), ...(p.name && { name: p.name }) };
    if (!person.slug && !person.memberId && !person.name) continue;
    const same = found.find((known) => samePerson(known, person));
    if (same) {
      same.slug ??= person.slug;
      same.memberId ??= person.memberId;
      same.name ??= person.name;
    } else {
      found.push(person);
    }
  }
  return found;
}

/** A deterministic name-based UUID (RFC 9562 version 5: SHA-1 of the key, version and variant bits set). */
export async function stableUuid(key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(`vinculo:${key}`))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Planned {
  line: number;
  message: ImportedMessage;
  other: Person;
  outgoing: boolean;
  conversation: string;
}

export interface MessageImportOptions extends ImportOptions {
  /** How much text to keep; the user's `sentMessageText` setting when absent. */
  textMode?: Settings['sentMessageText'];
}

/**
 * messages.csv into "message" interactions on the other person's timeline, in both directions. Only 1:1
 * conversations: a group's messages are skipped (one interaction per participant would fake a personal
 * exchange with each). Drafts are skipped. The interaction id is derived from (conversation, date, sender,
 * text), so re-importing never duplicates.
 */
export async function importMessages(
  db: VinculoDb,
  records: readonly Located<ImportedMessage>[],
  me: Me,
  now = Date.now(),
  options: MessageImportOptions = {},
): Promise<MessageImportReport> {
  const report: MessageImportReport = { imported: 0, unchanged: 0, contactsCreated: 0, skipped: [] };
  const mode = options.textMode ?? (await loadSettings(db)).sentMessageText;

  // Conversations first: whether one is a group, and who the other person is, takes all its rows.
  const conversations = new Map<string, Located<ImportedMessage>[]>();
  for (const located of records) {
    const key = located.record.conversationId;
    if (located.record.isDraft) {
      report.skipped.push({ line: located.line, reason: 'A draft, never sent.' });
      continue;
    }
    // 2018 exports have no conversation id: each row stands alone, its other person found from FROM / TO.
    const id = key ? `c:${key}` : `l:${located.line}`;
    const rows = conversations.get(id);
    if (rows) rows.push(located);
    else conversations.set(id, [located]);
  }

  const planned: Planned[] = [];
  for (const [conversation, rows] of conversations) {
    const everyone = people(rows.flatMap(({ record }) => [record.from, ...record.to]));
    const others = everyone.filter((person) => !isMe(person, me));
    let reason: string | null = null;
    if (others.length > 1) reason = `A group conversation (${others.length} other people): only one-to-one conversations are imported.`;
    else if (others.length === 0) reason = 'Nobody but you in this conversation.';
    else if (everyone.length === others.length) reason = 'You are not in this conversation (check who you are in the import).';
    if (reason) {
      for (const { line } of rows) report.skipped.push({ line, reason });
      continue;
    }
    const other = others[0]!;
    for (const { line, record } of rows) {
      const from = people([record.from])[0];
      planned.push({ line, message: record, other, outgoing: !from || !samePerson(from, other), conversation });
    }
  }

  // People named without a profile link (older exports): the one known contact with that name, if exactly one.
  let byName: Map<string, string | null> | undefined;
  const contactByName = async (name: string | undefined): Promise<string | undefined> => {
    if (!name) return undefined;
    if (!byName) {
      byName = new Map();
      await db.contacts.each((contact) => {
        const key = normalName(contact.profile.name);
        if (key) byName!.set(key, byName!.has(key) ? null : contact.id);
      });
    }
    return byName.get(normalName(name)) ?? undefined;
  };

  let done = 0;
  for (const batch of batches(planned, options.batchSize ?? IMPORT_BATCH_SIZE)) {
    options.signal?.throwIfAborted();
    const skipped: SkippedRecord[] = [];
    const nameIds = new Map<Planned, string>();
    for (const item of batch) {
      if (item.other.slug || item.other.memberId) continue;
      const id = await contactByName(item.other.name);
      if (id) nameIds.set(item, id);
    }
    const interactions = await Promise.all(
      batch.map(async (item) => {
        const { message } = item;
        const sender = message.from.slug ?? message.from.memberId ?? normalName(message.from.name);
        const key = JSON.stringify([item.conversation, message.date, sender, message.text]);
        return { item, id: await stableUuid(key) };
      }),
    );
    const counts = { imported: 0, unchanged: 0, contactsCreated: 0 };
    await db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
      const ids = interactions.map(({ id }) => id);
      const existing = new Set((await db.interactions.bulkGet(ids)).flatMap((row) => (row ? [row.id] : [])));
      const contactIds = new Map<string, string>();
      const created = new Map<string, Contact>();
      const fresh: Interaction[] = [];

      const contactOf = async (item: Planned): Promise<string | undefined> => {
        const { slug, memberId, name } = item.other;
        const named = nameIds.get(item);
        if (named) return named;
        const key = `${slug ?? ''}|${memberId ?? ''}`;
        if (!slug && !memberId) return undefined;
        const cached = contactIds.get(key);
        if (cached) return cached;
        const found =
          (slug ? await db.contacts.get(slug) : undefined) ??
          (memberId ? ((await db.contacts.get(memberId)) ?? (await db.contacts.where('memberId').equals(memberId).first())) : undefined) ??
          created.get(slug ?? memberId!);
        let id = found?.id;
        if (!id) {
          const parsed = Contact.safeParse({
            ...newContact(slug ?? memberId!, now),
            ...(memberId && { memberId }),
            profile: name ? { name: clip(name, PROFILE_NAME_MAX) } : {},
          });
          if (!parsed.success) return undefined;
          created.set(parsed.data.id, parsed.data);
          id = parsed.data.id;
        }
        contactIds.set(key, id);
        return id;
      };

      const seen = new Set<string>();
      for (const { item, id } of interactions) {
        if (existing.has(id) || seen.has(id)) {
          counts.unchanged++;
          continue;
        }
        const contactId = await contactOf(item);
        if (!contactId) {
          skipped.push({
            line: item.line,
            reason: `No profile link for ${item.other.name ?? 'the other person'}, and no single contact with that name.`,
          });
          continue;
        }
        const fp = item.outgoing ? fingerprint(item.message.text) : null;
        const parsed = Interaction.safeParse({
          id,
          contactId,
          kind: 'message',
          direction: item.outgoing ? 'out' : 'in',
          day: today(new Date(item.message.date)),
          text: keptText(item.message.text, mode),
          // When it was written, not when imported: the timeline orders by it, the mass-message check counts by it.
          createdAt: item.message.date,
          updatedAt: item.message.date,
          ...(fp && { fingerprint: encodeSignature(fp.signature), bands: fp.bands }),
        });
        if (!parsed.success) {
          skipped.push({ line: item.line, reason: `Not a valid interaction (${issues(parsed.error)}).` });
          continue;
        }
        seen.add(id);
        fresh.push(parsed.data);
      }
      if (created.size) await db.contacts.bulkAdd([...created.values()]);
      if (fresh.length) await db.interactions.bulkAdd(fresh);
      await addToActivity(db, fresh);
      counts.imported = fresh.length;
      counts.contactsCreated = created.size;
    });
    report.imported += counts.imported;
    report.unchanged += counts.unchanged;
    report.contactsCreated += counts.contactsCreated;
    report.skipped.push(...skipped);
    done += batch.length;
    options.onProgress?.(done, planned.length);
  }
  report.skipped.sort((a, b) => a.line - b.line);
  return report;
}
