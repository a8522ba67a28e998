/*
 * Issue #4 "Speed", measured on the built extension in Debian's Chromium (real IndexedDB, real content script):
 *
 *   benchPeopleLookup(): 30,000 contacts, 300,000 interactions, ~10,000 notes and a few thousand sightings in the
 *     extension's IndexedDB; a LinkedIn page listing 200 people gets its history badges; then 25 lookups of 200
 *     people straight from the content script's world. Figures: the worker's own time per `people.lookup`
 *     (the `vinculo:people.lookup` User Timing measure, see src/core/measure.ts) and the round trip.
 *   benchFeedScroll(): the feed fixture, then 50 more posts appended in 10 steps with scrolls in between, as
 *     LinkedIn's infinite feed does. Figures: long tasks on the page, the content script's work per DOM batch
 *     (`vinculo:dom-batch`) and per throttled scan (`vinculo:scan`), from src/content/costs.ts, and the threads recorded for the new posts.
 *
 * Both return plain objects (the e2e test asserts on them) and printable lines (`npm run bench` prints them).
 * Needs dist/ (`npm run build`) and Chromium (see test/e2e/harness.ts). Every person here is invented.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { Contact } from '../../src/core/model/contact';
import { Interaction } from '../../src/core/model/interaction';
import { Note } from '../../src/core/model/note';
import { Sighting, ThreadRecord } from '../../src/core/model/sighting';
import { countRecords, DIST, launchExtension, openExtensionPage, openLinkedInPage, REPO_ROOT, waitForContentScript, type ContentScriptWorld, type ExtensionHarness } from '../e2e/harness';
import { injectedButtonLabels } from '../e2e/shadow';
import { seededRng } from '../seeded-rng';

// ---- figures ---------------------------------------------------------------------------------------------

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

const f1 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');
export const formatSummary = (s: Summary) => `median ${f1(s.median)} ms, p95 ${f1(s.p95)} ms, max ${f1(s.max)} ms (n=${s.n})`;

// ---- invented people -------------------------------------------------------------------------------------

const FIRST = ['Ana', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kemi', 'Lucas', 'Mariam', 'Nils', 'Olga', 'Pablo', 'Qing', 'Rania', 'Sven', 'Tamar', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yara', 'Zoltan'];
const LAST = ['Quiroga', 'Lindqvist', 'Okafor', 'Mbeki', 'Sato', 'Hartmann', 'Duarte', 'Nakamura', 'Eriksen', 'Castillo', 'Haddad', 'Moreau', 'Adeyemi', 'Kowalczyk', 'Virtanen', 'Brennan', 'Osei', 'Tanaka', 'Achebe', 'Solberg', 'Idowu', 'Rahimi', 'Kinsella'];
const STAGES = ['contact', 'conversation', 'relationship', 'collaboration'] as const;
const TAGS = ['peer', 'Madrid', 'ex-colleague', 'design', 'mentor', 'hiring', 'conference 2025', 'podcast', 'client', 'investor', 'Lisboa', 'open source'];


interface Person {
  slug: string;
  name: string;
  memberId?: string;
}

const personName = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}-${LAST[(i * 7 + 3) % LAST.length]}`;
const slugOf = (name: string, i: number, prefix = '') => `${prefix}${name.toLowerCase().replace(/[^a-z]+/gu, '-')}-${i.toString(36)}`;
/** Member ids look like LinkedIn's (ACoAA…), invented. */
const memberIdOf = (i: number, salt: string) => `ACoAA${salt}${i.toString(36).padStart(10, '0')}Xq`;
const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

function contactPerson(i: number): Person {
  const name = personName(i);
  return { slug: slugOf(name, i), name, memberId: i % 2 === 0 ? memberIdOf(i, 'Bm') : undefined };
}

/** People the user never kept but saw in threads (`recurring` ones in 3 or more). */
function stranger(k: number): Person & { threads: number } {
  const name = personName(k + 90_000);
  return { slug: slugOf(name, k, 'x-'), name, threads: (k % 5) + 1 };
}

/** People the database has never heard of. */
function nobody(k: number): Person {
  const name = personName(k + 50_000);
  return { slug: slugOf(name, k, 'n-'), name };
}

export interface SeedSpec {
  contacts: number;
  interactionsPerContact: number;
  threads: number;
  strangers: number;
  now: number;
}

export const DEFAULT_SEED: SeedSpec = { contacts: 30_000, interactionsPerContact: 10, threads: 400, strangers: 300, now: Date.UTC(2026, 10, 20, 12) };

/** Contacts, notes, threads and sightings, generated here (and validated with the zod models). */
function seedRecords(spec: SeedSpec) {
  const random = seededRng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const contacts: Contact[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < spec.contacts; i++) {
    const p = contactPerson(i);
    const r = random();
    // Most people stay contacts; fewer reach each later stage.
    const stage = STAGES[r < 0.55 ? 0 : r < 0.8 ? 1 : r < 0.95 ? 2 : 3];
    const tags = random() < 0.4 ? [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TAGS)))] : [];
    const createdAt = spec.now - Math.floor(random() * 2000 * 86_400_000);
    contacts.push({
      id: p.slug,
      ...(p.memberId ? { memberId: p.memberId } : {}),
      profile: { name: p.name, headline: `${pick(['Product designer', 'Data engineer', 'Founder', 'Recruiter', 'Researcher', 'Head of sales'])} at ${pick(LAST)} ${pick(['Labs', 'Studio', 'Group', 'Analytics'])}` },
      stage,
      tags,
      createdAt,
      updatedAt: createdAt + Math.floor(random() * 86_400_000),
    });
    if (i % 3 === 0) {
      notes.push({
        id: `${hex(i, 8)}-0000-4000-8000-00000000a001`,
        contactId: p.slug,
        text: `Met ${p.name.split(' ')[0]} at ${pick(['the Lisbon meetup', 'a design critique', 'a podcast recording', 'the hiring fair'])}; ${pick(['follow up about the case study', 'send the reading list', 'ask about their team', 'intro to a peer'])}.`,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  const threads: ThreadRecord[] = [];
  const sightings: Sighting[] = [];
  const threadId = (t: number) => `urn:li:activity:${(BigInt(spec.now - t * 3_600_000) << 22n).toString()}`;
  const sight = (t: number, p: Person, author: boolean) => {
    const id = threadId(t);
    const keys = [p.slug, ...(p.memberId ? [p.memberId] : [])];
    sightings.push({ id: `${id}|${p.slug}`, threadId: id, keys, name: p.name, slug: p.slug, ...(p.memberId ? { memberId: p.memberId } : {}), author, comments: author ? 0 : 1 + Math.floor(random() * 3), firstSeenAt: spec.now - t * 3_600_000, lastSeenAt: spec.now - t * 3_600_000 });
  };
  for (let t = 0; t < spec.threads; t++) {
    const seen = new Set<number>();
    for (let j = 0; j < 10; j++) {
      const i = Math.floor(random() * spec.contacts);
      if (seen.has(i)) continue;
      seen.add(i);
      sight(t, contactPerson(i), j === 0);
    }
  }
  for (let k = 0; k < spec.strangers; k++) {
    const s = stranger(k);
    for (let n = 0; n < s.threads; n++) sight((k * 7 + n * 13) % spec.threads, s, false);
  }
  for (let t = 0; t < spec.threads; t++) {
    const id = threadId(t);
    threads.push({ id, url: `https://www.linkedin.com/feed/update/${id}/`, title: `Invented post ${t}`, participants: sightings.filter((s) => s.threadId === id).length, firstSeenAt: spec.now - t * 3_600_000, lastSeenAt: spec.now - t * 3_600_000 });
  }
  // What the app itself would refuse to store, the bench does not store either.
  for (const c of contacts) Contact.parse(c);
  for (const n of notes) Note.parse(n);
  for (const s of sightings) Sighting.parse(s);
  for (const t of threads) ThreadRecord.parse(t);
  return { contacts, notes, threads, sightings };
}

export interface SeedResult {
  /** Time to generate and write the records (0 when the profile came from the cache). */
  ms: number;
  /** The seeded profile was copied from an earlier run's (see launchSeeded). */
  cached: boolean;
  contacts: number;
  notes: number;
  interactions: number;
  sightings: number;
  threads: number;
  /** The worker's rebuild of the activity summaries from every interaction (storage/activity.ts), ms; 0 when cached. */
  activityMs: number;
}

/** The extension running on a profile whose database holds the seed. */
export interface Seeded {
  ext: ExtensionHarness;
  seed: SeedResult;
  spec: SeedSpec;
}

const CACHE_ROOT = join(REPO_ROOT, 'node_modules/.cache/vinculo-bench');
/** Bump when seedRecords or seedDatabase change what they write: cached profiles of other versions are not used. */
const SEED_VERSION = 4;

/**
 * What the seeded profile depends on: the seed, the generator's version, the database schema and models,
 * Chromium, and where dist/ lives (an unpacked extension's id, hence its database's origin, comes from its path).
 */
function cacheKey(spec: SeedSpec): string {
  const hash = createHash('sha256').update(JSON.stringify({ spec, SEED_VERSION }));
  for (const dir of ['src/storage/migrations', 'src/core/model']) {
    for (const file of readdirSync(join(REPO_ROOT, dir)).sort()) hash.update(file).update(readFileSync(join(REPO_ROOT, dir, file)));
  }
  hash.update(DIST).update(chromiumVersion());
  return hash.digest('hex').slice(0, 16);
}

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? 'chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Copies a Chromium profile without its locks and caches. */
function copyProfile(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (path) => !/[\\/](Singleton\w*|Service Worker|Cache|Code Cache|GPUCache|GrShaderCache|ShaderCache|Crashpad)$/u.test(path),
  });
}

/**
 * Launches the extension on a profile holding the seed. Writing 330,000 records costs Chromium's IndexedDB
 * about 150 µs each on a two-core machine (~50 s, whatever the batch size or durability), so the seeded
 * profile is kept under node_modules/.cache/vinculo-bench/ and later runs start from a copy of it
 * (VINCULO_BENCH_CACHE=0: seed every time). The copy leaves out the service worker's registration and script
 * cache, so the worker always runs the dist/ of now, not the one that seeded. Either way the figures are taken on a database Chromium reopened,
 * as a user's is, not one still compacting what was just written.
 */
export async function launchSeeded(spec: SeedSpec = DEFAULT_SEED): Promise<Seeded> {
  const useCache = process.env.VINCULO_BENCH_CACHE !== '0';
  const cached = join(CACHE_ROOT, cacheKey(spec));
  const meta = join(cached, 'seed.json');
  let seed: SeedResult;
  if (useCache && existsSync(meta)) {
    seed = { ...(JSON.parse(readFileSync(meta, 'utf8')) as SeedResult), ms: 0, cached: true };
    const now = new Date();
    utimesSync(cached, now, now);
  } else {
    const fresh = await launchExtension();
    try {
      seed = await seedDatabase(fresh, spec);
    } catch (error) {
      await fresh.close();
      throw error;
    }
    await fresh.close({ keepProfile: true });
    seed.activityMs = await fillActivity(fresh.userDataDir, seed.contacts);
    // Reopened, so the figures are never taken while Chromium still compacts what was just written.
    if (!useCache) return { ext: await launchExtension({ userDataDir: fresh.userDataDir }), seed, spec };
    mkdirSync(CACHE_ROOT, { recursive: true });
    // ~100 MB each: keep the two most recently used besides this one (another checkout's dist/ has its own).
    const others = readdirSync(CACHE_ROOT)
      .filter((name) => /^[0-9a-f]{16}$/u.test(name) && name !== basename(cached))
      .map((name) => ({ name, at: statSync(join(CACHE_ROOT, name)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of others.slice(2)) rmSync(join(CACHE_ROOT, old.name), { recursive: true, force: true });
    // Written aside, then renamed: a run in parallel never copies half a profile.
    const partial = `${cached}.${process.pid}.partial`;
    copyProfile(fresh.userDataDir, join(partial, 'profile'));
    writeFileSync(join(partial, 'seed.json'), JSON.stringify(seed));
    rmSync(cached, { recursive: true, force: true });
    renameSync(partial, cached);
    rmSync(fresh.userDataDir, { recursive: true, force: true, maxRetries: 3 });
  }
  const profile = mkdtempSync(join(tmpdir(), 'vinculo-bench-'));
  copyProfile(join(cached, 'profile'), profile);
  return { ext: await launchExtension({ userDataDir: profile }), seed, spec };
}

/**
 * The seed writes interactions straight into IndexedDB; their summaries (the activity table) are the worker's to
 * derive, as after a database upgrade: it does so when it starts and finds the table empty. Relaunches on the
 * profile, waits for every contact's row, and returns how long the worker took.
 */
async function fillActivity(userDataDir: string, contacts: number): Promise<number> {
  const ext = await launchExtension({ userDataDir });
  try {
    const started = performance.now();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    for (;;) {
      if ((await countRecords(page, 'activity')) >= contacts) break;
      if (performance.now() - started > 180_000) throw new Error('the worker did not fill the activity table within 3 minutes');
      await page.waitForTimeout(250);
    }
    return performance.now() - started;
  } finally {
    await ext.close({ keepProfile: true });
  }
}

async function seedDatabase(ext: ExtensionHarness, spec: SeedSpec): Promise<SeedResult> {
  const started = performance.now();
  const records = seedRecords(spec);
  const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
  await nameShim(page);
  try {
    const result = await page.evaluate(
      async ({ records, perContact, now }) => {
        const open = async (): Promise<IDBDatabase> => {
          // The options page opens the database with Dexie (creating version 3); wait for its stores.
          for (let attempt = 0; attempt < 100; attempt++) {
            const db = await new Promise<IDBDatabase>((done, fail) => {
              const request = indexedDB.open('vinculo');
              request.onsuccess = () => done(request.result);
              request.onerror = () => fail(request.error);
            });
            if (db.objectStoreNames.contains('sightings')) return db;
            db.close();
            await new Promise((done) => setTimeout(done, 100));
          }
          throw new Error('the vinculo database was never created');
        };
        const db = await open();
        const write = (store: string, rows: unknown[]) =>
          new Promise<void>((done, fail) => {
            const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
            const objects = tx.objectStore(store);
            for (const row of rows) objects.put(row);
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
            tx.onabort = () => fail(tx.error ?? new Error(`${store}: aborted`));
          });
        await write('contacts', records.contacts);
        await write('notes', records.notes);
        await write('threads', records.threads);
        await write('sightings', records.sightings);

        // Interactions: `perContact` each on random days of the last seven years, generated here.
        let state = 7;
        const random = () => {
          state = (state + 0x6d2b79f5) >>> 0;
          let t = state;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const kinds = ['message', 'comment', 'call', 'video_call', 'in_person', 'email', 'introduction', 'help_given', 'help_received', 'invitation', 'other'];
        const texts = ['', '', '', 'Coffee about the case study', 'Asked about their team', 'Shared the reading list', 'Intro to a peer designer'];
        const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
        const DAY = 86_400_000;
        let interactions = 0;
        const BATCH = 100_000;
        let rows: unknown[] = [];
        for (let i = 0; i < records.contacts.length; i++) {
          const contactId = records.contacts[i]!.id;
          for (let j = 0; j < perContact; j++) {
            const at = now - Math.floor(random() * 7 * 365) * DAY;
            rows.push({
              id: `${hex(i, 8)}-${hex(j, 4)}-4000-9000-00000000b001`,
              contactId,
              kind: kinds[Math.floor(random() * kinds.length)],
              day: new Date(at).toISOString().slice(0, 10),
              text: texts[Math.floor(random() * texts.length)],
              createdAt: at + j,
              updatedAt: at + j,
            });
            if (rows.length === BATCH) {
              await write('interactions', rows);
              interactions += rows.length;
              rows = [];
            }
          }
        }
        if (rows.length) await write('interactions', rows);
        interactions += rows.length;
        // Interactions written behind the extension's back, as a database from before v4 holds them: the worker
        // filled the activity table at install (nothing to fill then), so its mark goes, and it fills it again.
        await new Promise<void>((done, fail) => {
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').delete('activityFilledAt');
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
        });

        // A sample read back, for the zod models in node.
        const sample = await new Promise<unknown[]>((done, fail) => {
          const request = db.transaction('interactions').objectStore('interactions').getAll(null, 50);
          request.onsuccess = () => done(request.result as unknown[]);
          request.onerror = () => fail(request.error);
        });
        db.close();
        return { interactions, sample };
      },
      { records, perContact: spec.interactionsPerContact, now: spec.now },
    );
    for (const row of result.sample) Interaction.parse(row);
    return {
      ms: performance.now() - started,
      cached: false,
      contacts: records.contacts.length,
      notes: records.notes.length,
      interactions: result.interactions,
      sightings: records.sightings.length,
      threads: records.threads.length,
      activityMs: 0,
    };
  } finally {
    await page.close();
  }
}

// ---- people lookup ---------------------------------------------------------------------------------------

export interface LookupFigures {
  seed: SeedResult;
  page: {
    names: number;
    known: number;
    /** Known people (all have interactions) plus strangers seen in 3+ threads. */
    expectedBadges: number;
    badges: number;
    /** From the page's load until every badge was there (polled every 100 ms). */
    badgesAfterMs: number;
    /** The worker's time for each people.lookup the page sent (the first pays for opening the database). */
    lookups: number[];
  };
  direct: { runs: number; names: number; worker: Summary; roundTrip: Summary };
  /** Known people, for benchFeedScroll to name in its posts. */
  known: Person[];
  lines: string[];
}

/** 200 people as a page lists them: `known` from the contacts, a quarter of the rest strangers seen in threads (three in five of them in 3 or more: recurring), the others nobodies. */
function pickPeople(spec: SeedSpec, random: () => number, known: number, total: number): { people: Person[]; expectedBadges: number } {
  const people: Person[] = [];
  const taken = new Set<number>();
  while (people.length < known) {
    const i = Math.floor(random() * spec.contacts);
    if (taken.has(i)) continue;
    taken.add(i);
    people.push(contactPerson(i));
  }
  let expectedBadges = known;
  const strangers = Math.floor((total - known) / 4);
  const seenStrangers = new Set<number>();
  while (seenStrangers.size < strangers) seenStrangers.add(Math.floor(random() * spec.strangers));
  for (const k of seenStrangers) {
    const s = stranger(k);
    people.push(s);
    if (s.threads >= 3) expectedBadges += 1;
  }
  const base = Math.floor(random() * 1_000_000);
  while (people.length < total) people.push(nobody(base + people.length));
  // Shuffled, as a page mixes them.
  for (let i = people.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [people[i], people[j]] = [people[j]!, people[i]!];
  }
  return { people, expectedBadges };
}

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

/** A results page in the shape of LinkedIn's lists: one item per person, the name in a profile link. */
function peoplePage(people: readonly Person[]): string {
  const items = people.map((p) => {
    // Feed and search links often carry the member id too (?miniProfileUrn=…); half of these do.
    const query = p.memberId ? `?miniProfileUrn=${encodeURIComponent(`urn:li:fsd_profile:${p.memberId}`)}` : '';
    return `<li class="reusable-search__result-container"><div class="entity-result"><span class="entity-result__title-text"><a class="app-aware-link" href="https://www.linkedin.com/in/${p.slug}/${query}"><span dir="ltr"><span aria-hidden="true">${escapeHtml(p.name)}</span><span class="visually-hidden">View ${escapeHtml(p.name)}’s profile</span></span></a></span><div class="entity-result__primary-subtitle">Invented headline</div></div></li>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head><body><main><h1>People</h1><ul class="reusable-search__entity-result-list">\n${items.join('\n')}\n</ul></main></body></html>`;
}

/**
 * tsx (esbuild with keepNames) wraps named functions in `__name(...)`, a helper that exists in node but not in the
 * page a function is sent to; under vitest it is not emitted. Pages that evaluate our functions get a stand-in.
 */
async function nameShim(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (f) => f');
}

const LOOKUP = 'vinculo:people.lookup';
const workerDurations = (ext: ExtensionHarness, name: string) => ext.serviceWorker.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);

async function waitForBadges(page: Page, expected: number, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  let count = 0;
  for (;;) {
    count = (await injectedButtonLabels(page)).filter((l) => l.startsWith('Vínculo: your history with')).length;
    if (count >= expected || Date.now() > deadline) return count;
    await new Promise((done) => setTimeout(done, 100));
  }
}

export interface LookupOptions {
  /** A seeded extension to use (left open); default: launchSeeded(), closed at the end. */
  seeded?: Seeded;
  runs?: number;
  names?: number;
}

export async function benchPeopleLookup(options: LookupOptions = {}): Promise<LookupFigures> {
  const runs = options.runs ?? 25;
  const names = options.names ?? 200;
  const known = Math.round(names * 0.6);
  const seeded = options.seeded ?? (await launchSeeded());
  const { ext, seed, spec } = seeded;
  try {
    const random = seededRng(2026);

    // A page listing `names` people: the history badges look them up as the page loads.
    const before = (await workerDurations(ext, LOOKUP)).length;
    const listed = pickPeople(spec, random, known, names);
    const opened = performance.now();
    const page = await openLinkedInPage(ext, 'https://www.linkedin.com/search/results/people/?keywords=bench', peoplePage(listed.people));
    const content = await waitForContentScript(page, ext.extensionId);
    const badges = await waitForBadges(page, listed.expectedBadges);
    const badgesAfterMs = performance.now() - opened;
    const lookups = (await workerDurations(ext, LOOKUP)).slice(before);

    // Straight from the content script's world: a new set of people each time (no run reads what the last read).
    const worker: number[] = [];
    const roundTrip: number[] = [];
    for (let run = 0; run < runs; run++) {
      const { people } = pickPeople(spec, random, known, names);
      const refs = people.map((p) => ({ slug: p.slug, ...(p.memberId ? { memberId: p.memberId } : {}) }));
      const count = (await workerDurations(ext, LOOKUP)).length;
      roundTrip.push(await timedLookup(content, refs));
      const after = await workerDurations(ext, LOOKUP);
      if (after.length !== count + 1) throw new Error(`expected one more ${LOOKUP} measure, got ${after.length - count}`);
      worker.push(after[after.length - 1]!);
    }
    await page.close();

    const figures = {
      seed,
      page: { names, known, expectedBadges: listed.expectedBadges, badges, badgesAfterMs, lookups },
      direct: { runs, names, worker: summarize(worker), roundTrip: summarize(roundTrip) },
      known: Array.from({ length: 30 }, (_, i) => contactPerson(i * 997)),
    };
    return { ...figures, lines: lookupLines(figures) };
  } finally {
    if (!options.seeded) await ext.close();
  }
}

async function timedLookup(content: ContentScriptWorld, people: { slug: string; memberId?: string }[]): Promise<number> {
  return content.evaluate<number>(`(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage({ type: 'people.lookup', payload: { people: ${JSON.stringify(people)} } });
    const elapsed = performance.now() - started;
    if (!reply || !reply.ok) throw new Error('people.lookup: ' + (reply && reply.error));
    if (reply.value.people.length !== ${people.length}) throw new Error('people.lookup answered ' + reply.value.people.length + ' people');
    return elapsed;
  })()`);
}

function lookupLines(f: Omit<LookupFigures, 'lines'>): string[] {
  const s = f.seed;
  return [
    `People lookup in Chromium IndexedDB: ${s.contacts.toLocaleString('en')} contacts, ${s.interactions.toLocaleString('en')} interactions, ${s.notes.toLocaleString('en')} notes, ${s.sightings.toLocaleString('en')} sightings in ${s.threads} threads (${s.cached ? 'profile copied from an earlier run' : `seeded in ${(s.ms / 1000).toFixed(1)} s, activity summaries rebuilt by the worker in ${(s.activityMs / 1000).toFixed(1)} s`})`,
    `  page listing ${f.page.names} people (${f.page.known} known): ${f.page.badges}/${f.page.expectedBadges} badges within ${Math.round(f.page.badgesAfterMs)} ms of opening; its people.lookup: ${f.page.lookups.map((d) => `${f1(d)} ms`).join(', ') || 'none'} in the worker`,
    `  ${f.direct.runs} lookups of ${f.direct.names} people (${Math.round(f.direct.names * 0.6)} known), worker: ${formatSummary(f.direct.worker)}`,
    `  same lookups, round trip from the content script: ${formatSummary(f.direct.roundTrip)}`,
  ];
}

// ---- feed scroll -----------------------------------------------------------------------------------------

const FEED_URL = 'https://www.linkedin.com/feed/';
const FEED_FIXTURE = 'test/fixtures/linkedin/thread_feed_ember_2026_en.html';

export interface FeedFigures {
  posts: number;
  steps: number;
  longTasks: { duringScroll: number[]; beforeScroll: number[] };
  /**
   * Each long task during the scroll with the time our measured work (`vinculo:*` User Timing entries) overlaps it;
   * work not measured (a lookup's answer painting badges) is not counted.
   */
  longTaskWork: { duration: number; ours: number }[];
  /** Long animation frames (LoAF, > 50 ms) during the scroll: script and rendering time, the scripts Chromium names. */
  longFrames: { duration: number; blocking: number; render: number; styleAndLayout: number; scripts: string[] }[];
  /** A 60 ms busy task in the content script's world is seen by the page's longtask observer (so 0 means 0). */
  observerSeesContentScript: boolean;
  domBatch: Summary;
  scan: Summary;
  /** During the scroll only. */
  domBatchTotalMs: number;
  scanTotalMs: number;
  /** New posts (all have comments on screen) recorded as threads, and their sightings (3 people each). */
  threadsRecorded: number;
  sightingsRecorded: number;
  badges: number;
  lines: string[];
}

export interface FeedOptions {
  ext?: ExtensionHarness;
  posts?: number;
  steps?: number;
  /** People the database knows (benchPeopleLookup's `known`): some of the new posts name them, so badges render too. */
  known?: readonly Person[];
}

/** What the page and the content script recorded, read from both worlds. */
interface Timeline {
  longTasks: { start: number; duration: number }[];
  longFrames: { start: number; duration: number; blocking: number; render: number; styleAndLayout: number; scripts: string[] }[];
  measures: { name: string; start: number; duration: number }[];
}

export async function benchFeedScroll(options: FeedOptions = {}): Promise<FeedFigures> {
  const posts = options.posts ?? 50;
  const steps = options.steps ?? 10;
  const ext = options.ext ?? (await launchExtension());
  try {
    const page = await openLinkedInPage(ext, FEED_URL, FEED_FIXTURE);
    await page.setViewportSize({ width: 1280, height: 900 });
    const content = await waitForContentScript(page, ext.extensionId);
    await nameShim(page);
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __longFrames: unknown[] };
      w.__longTasks = [];
      w.__longFrames = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
        type Script = { invoker: string; sourceURL: string; sourceFunctionName: string; duration: number };
        type Frame = PerformanceEntry & { blockingDuration: number; renderStart: number; styleAndLayoutStart: number; scripts: Script[] };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Frame[]) {
            const end = e.startTime + e.duration;
            w.__longFrames.push({
              start: e.startTime,
              duration: e.duration,
              blocking: e.blockingDuration,
              // Rendering: from the frame's render start (rAF callbacks, then style and layout) to its end.
              render: e.renderStart ? end - e.renderStart : 0,
              styleAndLayout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
              // Scripts of an extension's isolated world come without a URL; the page here runs none of its own.
              scripts: e.scripts.map((x) => `${x.invoker || '?'}${x.sourceURL ? ` ${x.sourceURL.split('/').pop()}` : ''}${x.sourceFunctionName ? ` ${x.sourceFunctionName}()` : ''} ${Math.round(x.duration)} ms`),
            });
          }
        }).observe({ type: 'long-animation-frame', buffered: true });
      }
    });
    // Let the first scans settle (throttle, lookups) before the scroll starts.
    await page.waitForTimeout(600);

    const people = feedPeople(posts, options.known ?? []);
    const scrollStart = await page.evaluate(
      async ({ people, steps }) => {
        const feed = document.querySelector('[data-finite-scroll-hotkey-context="FEED"]')!;
        const template = document.querySelector('[data-finite-scroll-hotkey-item="0"]')!.outerHTML;
        const DAY0 = BigInt(Date.UTC(2026, 10, 21, 8));
        const urn = (ms: bigint) => (ms << 22n).toString();
        // Markup made before the scroll starts: each step's task on the page is then LinkedIn's part only, inserting
        // the posts (what the page itself costs is not ours to measure).
        const markup = people.map(([author, commenter, replier], n) => {
          const at = DAY0 + BigInt(n) * 600_000n;
          return template
            .replaceAll('7460584685570116235', urn(at))
            .replaceAll('7460599785065224912', urn(at + 60_000n))
            .replaceAll('7460614884559502700', urn(at + 120_000n))
            .replaceAll('ACoAAtooz2lBCShvJ9KyIXY2ZYp4_eBvBxNZpIw', author!.memberId)
            .replaceAll('priya-raman-castillo', author!.slug)
            .replaceAll('Priya Raman-Castillo', author!.name)
            .replaceAll('tomasz-wisniewski-adeyemi', commenter!.slug)
            .replaceAll('Tomasz Wiśniewski-Adeyemi', commenter!.name)
            .replaceAll('yusuf-demir-larsen', replier!.slug)
            .replaceAll('Yusuf Demir-Larsen', replier!.name)
            .replace(/ember(\d+)/gu, (_, id: string) => `ember${(n + 1) * 10_000 + Number(id)}`)
            .replace('data-finite-scroll-hotkey-item="0"', `data-finite-scroll-hotkey-item="${n + 4}"`)
            .replace('Feed post number 1', `Feed post number ${n + 5}`);
        });
        await new Promise((done) => setTimeout(done, 100));
        const started = performance.now();
        const perStep = Math.ceil(people.length / steps);
        for (let step = 0; step < steps; step++) {
          // LinkedIn renders a page of posts at a time when the user nears the end of the feed.
          feed.insertAdjacentHTML('beforeend', markup.slice(step * perStep, (step + 1) * perStep).join('\n'));
          window.scrollTo(0, document.documentElement.scrollHeight);
          await new Promise((done) => setTimeout(done, 100));
        }
        return started;
      },
      { people, steps },
    );
    // The last batch's scan is throttled (250 ms), then its thread.seen messages and lookups.
    await page.waitForTimeout(1500);
    const timeline = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: Timeline['longTasks']; __longFrames: Timeline['longFrames'] };
      return { longTasks: w.__longTasks, longFrames: w.__longFrames };
    });
    const measures = await readMeasures(content);
    const endOfScroll = await page.evaluate(() => performance.now());

    // Calibration: a long task of the content script's world reaches the page's longtask observer.
    await content.evaluate(`setTimeout(() => { const end = performance.now() + 60; while (performance.now() < end); }, 0)`);
    await page.waitForTimeout(200);
    const observerSeesContentScript = await page.evaluate((after) => (window as unknown as { __longTasks: Timeline['longTasks'] }).__longTasks.some((t) => t.start >= after && t.duration >= 50), endOfScroll);

    const during = (start: number) => start >= scrollStart;
    const domBatches = measures.filter((m) => m.name === 'vinculo:dom-batch' && during(m.start)).map((m) => m.duration);
    const scans = measures.filter((m) => m.name === 'vinculo:scan' && during(m.start)).map((m) => m.duration);

    const panel = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
    await nameShim(panel);
    const recorded = await panel.evaluate(
      (ids) =>
        new Promise<{ threads: number; sightings: number }>((done, fail) => {
          const open = indexedDB.open('vinculo');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('sightings');
            const index = tx.objectStore('sightings').index('threadId');
            let threads = 0;
            let sightings = 0;
            for (const id of ids) {
              const request = index.count(id);
              request.onsuccess = () => {
                if (request.result > 0) threads += 1;
                sightings += request.result;
              };
            }
            tx.oncomplete = () => {
              open.result.close();
              done({ threads, sightings });
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      Array.from({ length: posts }, (_, n) => `urn:li:activity:${((BigInt(Date.UTC(2026, 10, 21, 8)) + BigInt(n) * 600_000n) << 22n).toString()}`),
    );
    await panel.close();
    const badges = (await injectedButtonLabels(page)).filter((l) => l.startsWith('Vínculo: your history with')).length;
    await page.close();

    const figures = {
      posts,
      steps,
      longTasks: {
        duringScroll: timeline.longTasks.filter((t) => during(t.start)).map((t) => t.duration),
        beforeScroll: timeline.longTasks.filter((t) => !during(t.start)).map((t) => t.duration),
      },
      longTaskWork: timeline.longTasks
        .filter((t) => during(t.start))
        .map((t) => ({
          duration: t.duration,
          ours: measures
            .filter((m) => m.name !== 'vinculo:dom-batch' || !measures.some((o) => o.name === 'vinculo:scan' && o.start >= m.start && o.start < m.start + m.duration))
            .reduce((sum, m) => sum + Math.max(0, Math.min(m.start + m.duration, t.start + t.duration) - Math.max(m.start, t.start)), 0),
        })),
      longFrames: timeline.longFrames.filter((t) => during(t.start)).map(({ duration, blocking, render, styleAndLayout, scripts }) => ({ duration, blocking, render, styleAndLayout, scripts })),
      observerSeesContentScript,
      domBatch: summarize(domBatches),
      scan: summarize(scans),
      domBatchTotalMs: domBatches.reduce((a, b) => a + b, 0),
      scanTotalMs: scans.reduce((a, b) => a + b, 0),
      threadsRecorded: recorded.threads,
      sightingsRecorded: recorded.sightings,
      badges,
    };
    return { ...figures, lines: feedLines(figures) };
  } finally {
    if (!options.ext) await ext.close();
  }
}

/** Author, commenter and replier of each new post: invented, a few of them known to the database. */
function feedPeople(posts: number, known: readonly Person[]): (Person & { memberId: string })[][] {
  return Array.from({ length: posts }, (_, n) =>
    [0, 1, 2].map((role) => {
      const k = n * 3 + role;
      // Every fifth person, when the caller gave known people: a badge to render beside them.
      const p = known.length && k % 5 === 0 ? known[(k / 5) % known.length]! : { slug: slugOf(personName(k + 70_000), k, 'f-'), name: personName(k + 70_000) };
      return { ...p, memberId: p.memberId ?? memberIdOf(k, 'Fd') };
    }),
  );
}

/** The content script's User Timing entries: from the page's world if Chromium shares them, else the content script's. */
/** The content script's own costs (src/content/costs.ts), read in its isolated world: the page never sees them. */
async function readMeasures(content: ContentScriptWorld): Promise<Timeline['measures']> {
  return content.evaluate<Timeline['measures']>(`(globalThis[Symbol.for('vinculo.costs')] ?? []).map((c) => ({ name: c.name, start: c.start, duration: c.duration }))`);
}

function feedLines(f: Omit<FeedFigures, 'lines'>): string[] {
  const longs = f.longTasks.duringScroll;
  return [
    `Feed scroll in Chromium: ${f.posts} posts appended in ${f.steps} steps (3 people, 2 comments each), scrolled to the bottom after each`,
    `  long tasks (> 50 ms) during the scroll: ${longs.length}${longs.length ? ` (${longs.map((d) => `${Math.round(d)} ms`).join(', ')})` : ''}; before it (page load): ${f.longTasks.beforeScroll.length}; observer sees the content script's: ${f.observerSeesContentScript ? 'yes' : 'NO'}`,
    ...f.longTaskWork.map((t) => `    long task ${Math.round(t.duration)} ms, of which measured vinculo work ${f1(t.ours)} ms`),
    ...f.longFrames.map((l) => `    long animation frame ${Math.round(l.duration)} ms (blocking ${Math.round(l.blocking)} ms, rendering ${Math.round(l.render)} ms of which style+layout ${Math.round(l.styleAndLayout)} ms): ${l.scripts.join('; ') || 'no script named'}`),
    `  vinculo:dom-batch (all listeners per DOM batch): ${formatSummary(f.domBatch)}, ${f1(f.domBatchTotalMs)} ms in all`,
    `  vinculo:scan (each throttled scan): ${formatSummary(f.scan)}, ${f1(f.scanTotalMs)} ms in all`,
    `  threads recorded for the new posts: ${f.threadsRecorded}/${f.posts}, ${f.sightingsRecorded} sightings; ${f.badges} badges on the page`,
  ];
}
