import { Dexie } from 'dexie';
import { encodeSignature, fingerprint } from '../core/analysis/fingerprint';
import type { ImportedConnection } from '../core/import/connections';
import type { ImportedInvitation } from '../core/import/invitations';
import type { ImportedMessage } from '../core/import/messages';
import { isMe, normalName, people, samePerson, type Me, type Person } from '../core/import/participants';
import type { RowErrorCode } from '../core/import/problems';
import type { Located } from '../core/import/read';
import { Contact } from '../core/model/contact';
import { nameOnlyId } from '../core/model/name-only';
import { Interaction, keptText, today } from '../core/model/interaction';
import type { Settings } from '../core/model/settings';
import type { VinculoDb } from './db';
import { addToActivity } from './activity';
import { absorbContact, newContact } from './contacts';
import { loadSettings } from './settings';

/*
 * Parsed export records (src/core/import) merged into the database. Every import is idempotent: re-importing
 * the same file writes nothing. They run in transactions of at most `batchSize` records, so a 30,000-row file
 * is many small transactions, never one giant one; a batch is all or nothing.
 */

export interface ImportOptions<R = unknown> {
  /** Records per transaction. */
  batchSize?: number;
  /** Checked between batches: batches already written stay, the rest is not read. */
  signal?: AbortSignal;
  /**
   * After each batch: records handled so far, of `total`, and the report of what is written so far (what a
   * cancelled import tells the user it did).
   */
  onProgress?: (done: number, total: number, soFar: Readonly<R>) => void;
}

export const IMPORT_BATCH_SIZE = 2000;

/** Why a parsed record was not written (a row the parser refused keeps its own code, RowErrorCode). */
export const SKIP_CODES = ['no-profile-link', 'draft', 'group-conversation', 'nobody-else', 'not-in-conversation', 'unknown-person'] as const;
export type SkipCode = RowErrorCode | (typeof SKIP_CODES)[number];

/**
 * A record left out, with its line in the file. `code` says why in any language, `details` are the values the
 * reason names (in order); `reason` is the same in English.
 */
export interface SkippedRecord {
  line: number;
  code: SkipCode;
  reason: string;
  details?: string[];
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

/** The same counts for invitations: new "invitation" interactions, those already there, contacts created. */
export type InvitationImportReport = MessageImportReport;

const PROFILE_NAME_MAX = 200;

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

/** The contacts stored when an import starts, by key only: which rows may merge into one (the others are new). */
interface KnownKeys {
  ids: Set<string>;
  memberIds: Set<string>;
}

async function knownKeys(db: VinculoDb): Promise<KnownKeys> {
  const [ids, memberIds] = await Promise.all([db.contacts.toCollection().primaryKeys(), db.contacts.orderBy('memberId').uniqueKeys()]);
  return { ids: new Set(ids), memberIds: new Set(memberIds.map(String)) };
}

/**
 * One batch of Connections.csv rows merged into contacts, in one transaction. With `known`, only contacts known
 * to exist are read, and new ones are added (never put): one created meanwhile by another page makes the add
 * fail and the batch roll back, to be redone without `known`, reading every id.
 */
async function connectionBatch(db: VinculoDb, batch: readonly Located<ImportedConnection>[], now: number, known: KnownKeys | null) {
  const counts = { imported: 0, merged: 0, unchanged: 0 };
  const skipped: SkippedRecord[] = [];
  await db.transaction('rw', [db.contacts, db.notes, db.interactions, db.activity], async () => {
    const maybe = (id: string | undefined, set: Set<string> | undefined): id is string => !!id && (!set || set.has(id));
    // Name-only ids too: a row without a link is kept by name, and a row with one takes over the name-only
    // contact an older export made of the same person.
    const ids = [...new Set(batch.flatMap(({ record }) => [record.slug, record.memberId, nameOnlyId(record.name)].filter((id) => maybe(id, known?.ids))))];
    const memberIds = [...new Set(batch.flatMap(({ record }) => (maybe(record.memberId, known?.memberIds) ? [record.memberId] : [])))];
    // The batch's contacts, kept current as rows change them (a repeated row finds the first one's result).
    const byId = new Map<string, Contact>();
    const byMemberId = new Map<string, Contact>();
    const remember = (contact: Contact) => {
      byId.set(contact.id, contact);
      if (contact.memberId) byMemberId.set(contact.memberId, contact);
    };
    if (ids.length) for (const contact of await db.contacts.bulkGet(ids)) if (contact) remember(contact);
    if (memberIds.length) for (const contact of await db.contacts.where('memberId').anyOf(memberIds).toArray()) remember(contact);
    const stored = new Set(byId.keys());
    const dirty = new Map<string, Contact>();

    for (const { line, record } of batch) {
      const named = nameOnlyId(record.name);
      const id = record.slug ?? record.memberId ?? named;
      if (!id) {
        skipped.push({
          line,
          code: 'no-profile-link',
          reason: `Neither a LinkedIn profile link nor a usable name for ${record.name}: the contact cannot be told apart from others.`,
          details: [record.name],
        });
        continue;
      }
      let existing =
        (record.slug ? byId.get(record.slug) : undefined) ??
        (record.memberId ? (byId.get(record.memberId) ?? byMemberId.get(record.memberId)) : undefined) ??
        (id === named ? byId.get(named) : undefined);
      const nameOnly = id !== named && named ? byId.get(named) : undefined;
      if (nameOnly) {
        existing = await absorbContact(db, nameOnly, id, existing, now);
        byId.delete(nameOnly.id);
        stored.add(id);
        dirty.delete(nameOnly.id);
        dirty.set(id, existing);
      }
      const candidate = withConnection(existing ?? newContact(id, now), record, now);
      if (!candidate) {
        counts.unchanged++;
        continue;
      }
      const parsed = Contact.safeParse(candidate);
      if (!parsed.success) {
        skipped.push({ line, code: 'invalid', reason: `Not a valid contact (${issues(parsed.error)}).`, details: [issues(parsed.error)] });
        continue;
      }
      remember(parsed.data);
      dirty.set(parsed.data.id, parsed.data);
      if (existing) counts.merged++;
      else counts.imported++;
    }
    const changed = [...dirty.values()];
    const updated = changed.filter((contact) => stored.has(contact.id));
    const added = changed.filter((contact) => !stored.has(contact.id));
    if (updated.length) await db.contacts.bulkPut(updated);
    if (added.length) await (known ? db.contacts.bulkAdd(added) : db.contacts.bulkPut(added));
  });
  return { counts, skipped };
}

/**
 * Connections.csv into contacts, merged by profile slug (or the member id when the URL gives only that; a
 * contact known only by member id is found by it too). Never a duplicate; never overwrites what is known.
 */
export async function importConnections(
  db: VinculoDb,
  records: readonly Located<ImportedConnection>[],
  now = Date.now(),
  options: ImportOptions<ConnectionImportReport> = {},
): Promise<ConnectionImportReport> {
  const report: ConnectionImportReport = { imported: 0, merged: 0, unchanged: 0, skipped: [] };
  // Reading 30,000 absent ids costs more than reading every key once.
  const known = await knownKeys(db);
  let done = 0;
  for (const batch of batches(records, options.batchSize ?? IMPORT_BATCH_SIZE)) {
    options.signal?.throwIfAborted();
    const { counts, skipped } = await connectionBatch(db, batch, now, known).catch((error: unknown) => {
      if (error instanceof Dexie.BulkError) return connectionBatch(db, batch, now, null);
      throw error;
    });
    // Counted only once the batch is written: a failed transaction reports nothing it did not do.
    report.imported += counts.imported;
    report.merged += counts.merged;
    report.unchanged += counts.unchanged;
    report.skipped.push(...skipped);
    done += batch.length;
    options.onProgress?.(done, records.length, report);
  }
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// The people messages and invitations are attached to

/** A deterministic name-based UUID (RFC 9562 version 5: SHA-1 of the key, version and variant bits set). */
export async function stableUuid(key: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(`vinculo:${key}`))).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * People named without a profile link (older exports), or linked by member id only (messages.csv since 2023,
 * while Connections.csv links the same people by their public slug): the one known contact with that name, if
 * exactly one.
 */
class ContactsByName {
  private index: Map<string, string | null> | undefined;

  constructor(private readonly db: VinculoDb) {}

  async find(name: string | undefined): Promise<string | undefined> {
    if (!name) return undefined;
    if (!this.index) {
      const index = new Map<string, string | null>();
      // One getAll, not a cursor: a cursor costs a round trip per contact in Chromium.
      for (const contact of await this.db.contacts.toArray()) {
        const key = normalName(contact.profile.name);
        if (key) index.set(key, index.has(key) ? null : contact.id);
      }
      this.index = index;
    }
    return this.index.get(normalName(name)) ?? undefined;
  }
}

/**
 * The contacts of one batch's people, inside the batch's transaction: found by slug or member id (a contact
 * known only by member id is found by it too), or created when unknown, under the slug or else the member id,
 * with the name the export gives. Someone named without any id is attached only through `named`.
 */
class BatchContacts {
  readonly created = new Map<string, Contact>();
  /** Existing contacts that learnt their member id from this batch (found by name). */
  readonly adopted = new Map<string, Contact>();
  private readonly byId = new Map<string, Contact>();
  private readonly byMemberId = new Map<string, Contact>();

  private constructor(private readonly now: number) {}

  /** Reads every contact the batch's people may be, in two queries (not one per person). */
  static async load(db: VinculoDb, persons: Iterable<Person>, now: number, namedIds: Iterable<string>): Promise<BatchContacts> {
    const found = new BatchContacts(now);
    const ids = new Set<string>(namedIds);
    const memberIds = new Set<string>();
    for (const { slug, memberId } of persons) {
      if (slug) ids.add(slug);
      if (memberId) {
        ids.add(memberId);
        memberIds.add(memberId);
      }
    }
    for (const contact of await db.contacts.bulkGet([...ids])) if (contact) found.remember(contact);
    if (memberIds.size) for (const contact of await db.contacts.where('memberId').anyOf([...memberIds]).toArray()) found.remember(contact);
    return found;
  }

  private remember(contact: Contact): void {
    this.byId.set(contact.id, contact);
    if (contact.memberId) this.byMemberId.set(contact.memberId, contact);
  }

  /**
   * The contact id for a person: by slug or member id; else the contact `namedId` found by their name (which then
   * learns the member id, so the next rows find them directly); else a new contact. Undefined when none can be.
   */
  idOf({ slug, memberId, name }: Person, namedId?: string): string | undefined {
    const found =
      (slug ? this.byId.get(slug) : undefined) ?? (memberId ? (this.byId.get(memberId) ?? this.byMemberId.get(memberId)) : undefined);
    if (found) return found.id;
    const named = namedId ? this.byId.get(namedId) : undefined;
    // A contact with another member id is someone else who shares the name.
    if (named && !(memberId && named.memberId && named.memberId !== memberId)) {
      if (memberId && !named.memberId) {
        const adopted = { ...named, memberId, updatedAt: this.now };
        this.adopted.set(adopted.id, adopted);
        this.remember(adopted);
      }
      return named.id;
    }
    if (!slug && !memberId) return undefined;
    const parsed = Contact.safeParse({
      ...newContact(slug ?? memberId!, this.now),
      ...(memberId && { memberId }),
      profile: name ? { name: clip(name, PROFILE_NAME_MAX) } : {},
    });
    if (!parsed.success) return undefined;
    this.created.set(parsed.data.id, parsed.data);
    this.remember(parsed.data);
    return parsed.data.id;
  }
}

/** An interaction without its contact: what a row gives, checked before its batch's transaction. */
const Unattached = Interaction.omit({ contactId: true });
type Unattached = Omit<Interaction, 'contactId'>;

/** An interaction to write for a row, once its person has a contact; or why the row makes none. */
interface Attachable {
  line: number;
  person: Person;
  id: string;
  interaction: Unattached | { invalid: string };
}

/** Checks an interaction built from a row; a message the user sent that the mass-message check may count gets its fingerprint. */
function unattached(interaction: Unattached, fingerprinted?: string): Attachable['interaction'] {
  const fp = fingerprinted === undefined ? null : fingerprint(fingerprinted);
  const parsed = Unattached.safeParse({ ...interaction, ...(fp && { fingerprint: encodeSignature(fp.signature), bands: fp.bands }) });
  return parsed.success ? parsed.data : { invalid: issues(parsed.error) };
}

const unknownPerson = (line: number, person: Person): SkippedRecord => ({
  line,
  code: 'unknown-person',
  reason: `No profile link for ${person.name ?? 'the other person'}, and no single contact with that name.`,
  details: [person.name ?? ''],
});

/**
 * Writes interactions in batches, each on its person's contact (found, or created when unknown): one
 * transaction per batch with the activity rows, ids already in the database counted as unchanged.
 */
async function attachInteractions(
  db: VinculoDb,
  items: AsyncIterable<Attachable[], void>,
  total: number,
  now: number,
  options: ImportOptions<MessageImportReport>,
  report: MessageImportReport,
): Promise<void> {
  const names = new ContactsByName(db);
  // The ids already stored, read once: thousands of lookups per batch cost more than one read of every key.
  // Imported ids are derived from the export, never random: only another import of the same rows can add one
  // meanwhile, and then the batch's add fails, rolls back, and is redone knowing it.
  const stored = new Set(await db.interactions.toCollection().primaryKeys());

  const attach = async (batch: Attachable[], named: Map<Attachable, string>) => {
    const counts = { imported: 0, unchanged: 0, contactsCreated: 0 };
    const skipped: SkippedRecord[] = [];
    const added = batch.filter((item) => {
      const known = stored.has(item.id);
      if (known) counts.unchanged++;
      return !known;
    });
    if (!added.length) return { counts, skipped };
    const fresh: Interaction[] = [];
    await db.transaction('rw', db.contacts, db.interactions, db.activity, async () => {
      const contacts = await BatchContacts.load(db, added.map((item) => item.person), now, named.values());
      const seen = new Set<string>();
      for (const item of added) {
        const { id, interaction } = item;
        if (seen.has(id)) {
          counts.unchanged++;
          continue;
        }
        if ('invalid' in interaction) {
          skipped.push({ line: item.line, code: 'invalid', reason: `Not a valid interaction (${interaction.invalid}).`, details: [interaction.invalid] });
          continue;
        }
        // A contact's id is a valid one (it was checked as a contact): the interaction stays valid with it.
        const contactId = contacts.idOf(item.person, named.get(item));
        if (!contactId) {
          skipped.push(unknownPerson(item.line, item.person));
          continue;
        }
        seen.add(id);
        fresh.push({ ...interaction, contactId });
      }
      if (contacts.created.size) await db.contacts.bulkAdd([...contacts.created.values()]);
      if (contacts.adopted.size) await db.contacts.bulkPut([...contacts.adopted.values()]);
      if (fresh.length) await db.interactions.bulkAdd(fresh);
      await addToActivity(db, fresh);
      counts.imported = fresh.length;
      counts.contactsCreated = contacts.created.size;
    });
    for (const { id } of fresh) stored.add(id);
    return { counts, skipped };
  };

  let done = 0;
  const batches = items[Symbol.asyncIterator]();
  let next = batches.next();
  for (;;) {
    const { value: batch, done: finished } = await next;
    if (finished) break;
    // The next batch is made (its ids hashed off the main thread, its interactions checked) while this one is written.
    next = batches.next();
    options.signal?.throwIfAborted();
    const named = new Map<Attachable, string>();
    for (const item of batch) {
      if (item.person.slug) continue;
      const id = await names.find(item.person.name);
      if (id) named.set(item, id);
    }
    const { counts, skipped } = await attach(batch, named).catch(async (error: unknown) => {
      if (!(error instanceof Dexie.BulkError)) throw error;
      for (const row of await db.interactions.bulkGet(batch.map((item) => item.id))) if (row) stored.add(row.id);
      return attach(batch, named);
    });
    // Counted only once the batch is written: a failed transaction reports nothing it did not do.
    report.imported += counts.imported;
    report.unchanged += counts.unchanged;
    report.contactsCreated += counts.contactsCreated;
    report.skipped.push(...skipped);
    done += batch.length;
    options.onProgress?.(done, total, report);
  }
  report.skipped.sort((a, b) => a.line - b.line);
}

/** `items` in batches, each with its ids computed (crypto.subtle hashes a batch in parallel). */
async function* batched<T>(items: readonly T[], size: number, attachable: (item: T) => Promise<Attachable>): AsyncGenerator<Attachable[]> {
  for (let i = 0; i < items.length; i += size) yield Promise.all(items.slice(i, i + size).map(attachable));
}

/** The longest look-back the guard's mass-message setting allows (Settings guard.massWindowDays, at most 365). */
export const MASS_WINDOW_MAX_DAYS = 365;
const DAY_MS = 86_400_000;

export interface MessageImportOptions extends ImportOptions<MessageImportReport> {
  /** How much text to keep; the user's `sentMessageText` setting when absent. */
  textMode?: Settings['sentMessageText'];
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

interface Planned {
  line: number;
  message: ImportedMessage;
  other: Person;
  outgoing: boolean;
  conversation: string;
}

/**
 * messages.csv into "message" interactions on the other person's timeline, in both directions. Only 1:1
 * conversations: a group's messages are skipped (one interaction per participant would fake a personal
 * exchange with each). Drafts are skipped. The interaction id is derived from (conversation, date, direction,
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
      report.skipped.push({ line: located.line, code: 'draft', reason: 'A draft, never sent.' });
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
    let problem: Omit<SkippedRecord, 'line'> | null = null;
    if (others.length > 1) {
      problem = {
        code: 'group-conversation',
        reason: `A group conversation (${others.length} other people): only one-to-one conversations are imported.`,
        details: [String(others.length)],
      };
    } else if (others.length === 0) {
      problem = { code: 'nobody-else', reason: 'Nobody but you in this conversation.' };
    } else if (everyone.length === others.length) {
      problem = { code: 'not-in-conversation', reason: 'You are not in this conversation (check who you are in the import).' };
    }
    if (problem) {
      for (const { line } of rows) report.skipped.push({ line, ...problem });
      continue;
    }
    const other = others[0]!;
    for (const { line, record } of rows) {
      const from = people([record.from])[0];
      planned.push({ line, message: record, other, outgoing: !from || !samePerson(from, other), conversation });
    }
  }

  const fingerprintsSince = now - MASS_WINDOW_MAX_DAYS * DAY_MS;
  const attachable = async (item: Planned): Promise<Attachable> => {
    const { message } = item;
    // What stays the same from one export to the next: the conversation (2018 files have no id: the other person's
    // name), when, which way and what. Not how the sender is linked: exports since 2023 link by member id where
    // older ones gave the public slug, and a slug can change; a re-import of a newer export must not duplicate.
    const conversation = item.conversation.startsWith('c:') ? item.conversation : `n:${normalName(item.other.name)}`;
    const id = await stableUuid(JSON.stringify([conversation, message.date, item.outgoing ? 'out' : 'in', message.text]));
    const interaction: Unattached = {
      id,
      kind: 'message',
      direction: item.outgoing ? 'out' : 'in',
      day: today(new Date(message.date)),
      text: keptText(message.text, mode),
      // When it was written, not when imported: the timeline orders by it, the mass-message check counts by it.
      createdAt: message.date,
      updatedAt: message.date,
    };
    // Only what the mass-message check can still count carries a fingerprint (its indexed bands are most of the
    // cost of writing a sent message): the check looks back at most MASS_WINDOW_MAX_DAYS.
    const counted = item.outgoing && message.date >= fingerprintsSince;
    return { line: item.line, person: item.other, id, interaction: unattached(interaction, counted ? message.text : undefined) };
  };
  await attachInteractions(db, batched(planned, options.batchSize ?? IMPORT_BATCH_SIZE, attachable), planned.length, now, options, report);
  return report;
}

// ---------------------------------------------------------------------------------------------------------------
// Invitations

/** The other side of an invitation: the invitee of one the user sent, the inviter of one they received. */
function otherOf(invitation: ImportedInvitation): Person {
  const outgoing = invitation.direction === 'OUTGOING';
  const slug = outgoing ? invitation.inviteeSlug : invitation.inviterSlug;
  const memberId = outgoing ? invitation.inviteeMemberId : invitation.inviterMemberId;
  return { ...(slug && { slug }), ...(memberId && { memberId }), name: outgoing ? invitation.to : invitation.from };
}

/**
 * Invitations.csv into "invitation" interactions (not real interactions: they count for no cadence, seed 004)
 * on the other person's timeline: direction out for the invitations the user sent, in for those received, with
 * the note as the sentMessageText setting keeps it. The same contact rules as messages; the id is derived from
 * (direction, person, time), so re-importing never duplicates.
 */
export async function importInvitations(
  db: VinculoDb,
  records: readonly Located<ImportedInvitation>[],
  now = Date.now(),
  options: MessageImportOptions = {},
): Promise<InvitationImportReport> {
  const report: InvitationImportReport = { imported: 0, unchanged: 0, contactsCreated: 0, skipped: [] };
  const mode = options.textMode ?? (await loadSettings(db)).sentMessageText;
  const attachable = async ({ line, record }: Located<ImportedInvitation>): Promise<Attachable> => {
    const person = otherOf(record);
    // By name, not by link, for the same reason as messages (a slug can change between two exports).
    const id = await stableUuid(JSON.stringify(['invitation', record.direction, normalName(person.name) || person.slug || person.memberId, record.sentAt]));
    const interaction: Unattached = {
      id,
      kind: 'invitation',
      direction: record.direction === 'OUTGOING' ? 'out' : 'in',
      day: today(new Date(record.sentAt)),
      text: keptText(record.message, mode),
      createdAt: record.sentAt,
      updatedAt: record.sentAt,
    };
    return { line, person, id, interaction: unattached(interaction) };
  };
  await attachInteractions(db, batched(records, options.batchSize ?? IMPORT_BATCH_SIZE, attachable), records.length, now, options, report);
  return report;
}
