/*
 * End-to-end harness: the built extension (dist/) in Debian's Chromium, driven by playwright-core, with
 * saved pages served as https://www.linkedin.com and no network at all.
 *
 *   const ext = await launchExtension({ locale: 'es' });
 *   ext.servePage('https://www.linkedin.com/in/someone/', '../shared/fixtures/linkedin/profile.html');
 *   const page = await openLinkedInPage(ext, 'https://www.linkedin.com/in/someone/');
 *   await waitForContentScript(page, ext.extensionId);
 *   const panel = await openExtensionPage(ext.context, ext.extensionId, `src/sidepanel/index.html?tab=${tabId}`);
 *   assertNoExternalRequests(ext);
 *   await ext.close();                       // or close({ keepProfile: true }) and relaunch with { userDataDir }
 *
 * What "no external requests" covers — three nets, from fine to coarse:
 * 1. context.route('**\/*') sees every HTTP(S) request made by pages (LinkedIn tabs and the content scripts
 *    in them, extension pages) and, in Chromium, by the extension's service worker. LinkedIn URLs are
 *    answered locally; anything else is recorded with its URL and aborted.
 * 2. context.on('request') records the same sources again, in case a request is seen but not routed.
 * 3. Chromium runs behind a local proxy that refuses everything. Whatever escapes 1 and 2 (requests the
 *    service worker made before the route was installed, WebSockets, preconnects, Chromium's own traffic)
 *    reaches it; it sees only the host (CONNECT host:443) and cannot tell who asked. Non-LinkedIn hosts are
 *    recorded as "proxy: CONNECT host:port", except the few Chromium itself contacts (CHROMIUM_OWN_HOSTS),
 *    which go to `networkAttempts` only. WebRTC is told not to bypass the proxy.
 * Not covered: anything Chromium does without the network stack (DNS is not used behind the proxy), and the
 * identity of a proxy-level requester. Requests the served page itself makes are recorded too: a saved page
 * that references third-party hosts (analytics, preconnect hints) shows up here, so strip those from fixtures
 * or filter them in the test.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built extension's Chrome build (vite.config.ts); VINCULO_DIST points elsewhere (e.g. a build of another checkout). */
export const DIST = resolve(REPO_ROOT, process.env.VINCULO_DIST ?? 'dist', 'chrome');
export const SCREENSHOTS_DIR = join(REPO_ROOT, 'test/e2e/screenshots');

/** Hosts Chromium contacts on its own (component updater, GAIA, time sync) even with background networking off. */
const CHROMIUM_OWN_HOSTS = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients1.google.com',
  'clients2.google.com',
  'optimizationguide-pa.googleapis.com',
  'content-autofill.googleapis.com',
  'redirector.gvt1.com',
  'edgedl.me.gvt1.com',
  'dl.google.com',
  // Google Cloud Messaging: Debian's Chromium 150 registers with it a few seconds after start, extensions or not
  // (seen with the build of 1b33ba1 too); the manifest asks for no gcm permission.
  'android.clients.google.com',
]);

export interface LaunchOptions {
  /** Browser UI language: drives chrome.i18n.getMessage (via --lang) and navigator.language (via Playwright). */
  locale?: 'en' | 'es';
  /** Reuse a profile kept by an earlier `close({ keepProfile: true })`; default: a fresh temporary one. */
  userDataDir?: string;
  /** Default true. false opens a window (npm run demo) whose pages take the window's size, not a fixed viewport. */
  headless?: boolean;
  /** Markup for top-level https://www.linkedin.com pages never registered with servePage (still a 404). */
  unservedPage?: string;
  /** More Chromium flags, after the harness's own. */
  args?: string[];
}

export interface ServeOptions {
  status?: number;
  /** Default: text/html; charset=utf-8 */
  contentType?: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the latest one, if Chromium restarted it). */
  readonly serviceWorker: Worker;
  userDataDir: string;
  /** Requests to hosts other than LinkedIn's (linkedin.com, licdn.com); all were aborted. */
  externalRequests: string[];
  /** Every connection that reached the refusing proxy, Chromium's own included (for debugging). */
  networkAttempts: string[];
  /** Top-level https://www.linkedin.com pages requested but never registered with servePage (answered 404). */
  unservedPages: string[];
  /**
   * Answers `url` (exact, ignoring #hash; a registration without query string also matches with one) with
   * `htmlOrFilePath`: markup if it contains "<", otherwise a file path (relative paths from the repo root).
   */
  servePage(url: string, htmlOrFilePath: string, options?: ServeOptions): void;
  /** Closes Chromium; deletes the profile unless keepProfile (then relaunch with { userDataDir }). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** dist/chrome/manifest.json as built (crxjs and vite.config.ts rewrite the source manifest). */
export function builtManifest(): Record<string, unknown> {
  const path = join(DIST, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const locale = options.locale ?? 'en';
  builtManifest();
  const executablePath = findChromium();
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'vinculo-e2e-'));
  mkdirSync(userDataDir, { recursive: true });

  const externalRequests: string[] = [];
  const networkAttempts: string[] = [];
  const unservedPages: string[] = [];
  const pages = new Map<string, { body: string; status: number; contentType: string }>();
  const proxy = await startRefusingProxy((attempt, host) => {
    networkAttempts.push(attempt);
    if (!isLinkedInHost(host) && !CHROMIUM_OWN_HOSTS.has(host)) externalRequests.push(`proxy: ${attempt}`);
  });

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless ?? true,
      ...(options.headless === false && { viewport: null }),
      locale,
      // Chromium's own language on Linux (native controls: a date field reads dd/mm/aaaa in Spanish); it takes effect
      // only where Debian's chromium-l10n is installed (npm run screenshots wants it), and does nothing elsewhere.
      env: { ...process.env, LANGUAGE: locale },
      proxy: { server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${DIST}`,
        `--load-extension=${DIST}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
        `--lang=${locale}`,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await closeServer(proxy);
    throw error;
  }

  const recorded = new WeakSet<Request>();
  const record = (request: Request): void => {
    if (recorded.has(request)) return;
    recorded.add(request);
    externalRequests.push(`${request.method()} ${request.url()}`);
  };
  context.on('request', (request) => {
    if (isExternal(request.url())) record(request);
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    if (!isLinkedInHost(url.hostname)) {
      record(request);
      return route.abort('blockedbyclient');
    }
    if (url.hostname === 'www.linkedin.com') {
      const page = pages.get(pageKey(url)) ?? pages.get(pageKey(url, { dropQuery: true }));
      if (page) return route.fulfill({ status: page.status, contentType: page.contentType, body: page.body });
      if (request.resourceType() === 'document' && isTopLevel(request)) {
        unservedPages.push(url.href);
        return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: options.unservedPage ?? '<!doctype html><title>Not served by the test</title>' });
      }
    }
    // Saved pages reference LinkedIn's scripts, images, APIs and iframes (/preload/): answer them empty, never
    // let them out.
    return route.fulfill({ status: 204, body: '' });
  });

  let serviceWorker: Worker;
  try {
    serviceWorker = await findServiceWorker(context);
  } catch (error) {
    await context.close().catch(() => {});
    await closeServer(proxy);
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(serviceWorker.url()).host;
  context.on('serviceworker', (worker) => {
    if (worker.url().startsWith(`chrome-extension://${extensionId}/`)) serviceWorker = worker;
  });

  return {
    context,
    extensionId,
    get serviceWorker() {
      return serviceWorker;
    },
    userDataDir,
    externalRequests,
    networkAttempts,
    unservedPages,
    servePage(url, htmlOrFilePath, serveOptions = {}) {
      pages.set(pageKey(new URL(url)), {
        body: loadHtml(htmlOrFilePath),
        status: serveOptions.status ?? 200,
        contentType: serveOptions.contentType ?? 'text/html; charset=utf-8',
      });
    },
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => {});
      await closeServer(proxy);
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** Throws, listing them, if any request to a non-LinkedIn host was seen. */
export function assertNoExternalRequests(harness: Pick<ExtensionHarness, 'externalRequests'>): void {
  if (harness.externalRequests.length > 0) {
    throw new Error(`Requests left for non-LinkedIn hosts (all were blocked):\n  ${harness.externalRequests.join('\n  ')}`);
  }
}

// ---- pages -----------------------------------------------------------------------------------------------

interface PageError {
  text: string;
  /** Where it came from: the console message's script URL, or the error's stack. */
  origin: string;
}
const collectedErrors = new WeakMap<Page, PageError[]>();

/** Starts collecting console.error messages, uncaught errors (all worlds, content scripts included) and crashes. */
export function watchPageErrors(page: Page): void {
  if (collectedErrors.has(page)) return;
  const list: PageError[] = [];
  collectedErrors.set(page, list);
  page.on('console', (message) => {
    if (message.type() === 'error') list.push({ text: `console.error: ${message.text()} (${message.location().url})`, origin: message.location().url });
  });
  page.on('pageerror', (error) => list.push({ text: `pageerror: ${error.message}`, origin: error.stack ?? '' }));
  page.on('crash', () => list.push({ text: 'page crashed', origin: '' }));
}

/** Every error collected for a page opened by this harness (or passed to watchPageErrors). */
export function pageErrors(page: Page): string[] {
  return (collectedErrors.get(page) ?? []).map((error) => error.text);
}

/**
 * Only the errors raised by extension code (content script, extension pages): on a saved LinkedIn page the
 * page's own noise (its CSP blocking its scripts, missing assets) is not ours to fix.
 */
export function extensionErrors(page: Page): string[] {
  return (collectedErrors.get(page) ?? []).filter((error) => error.origin.includes('chrome-extension://')).map((error) => error.text);
}

/** Opens chrome-extension://<id>/<path> (e.g. 'src/sidepanel/index.html?tab=123') in a new tab, errors watched. */
export async function openExtensionPage(context: BrowserContext, extensionId: string, path: string): Promise<Page> {
  const page = await context.newPage();
  watchPageErrors(page);
  await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`, { waitUntil: 'load' });
  return page;
}

/** Opens `url` in a new tab (serving `htmlOrFilePath` there first, if given), errors watched. */
export async function openLinkedInPage(harness: ExtensionHarness, url: string, htmlOrFilePath?: string): Promise<Page> {
  if (htmlOrFilePath !== undefined) harness.servePage(url, htmlOrFilePath);
  const page = await harness.context.newPage();
  watchPageErrors(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Simulates LinkedIn's in-page navigation: the body is replaced by the body of `htmlOrFilePath` (parsed with
 * DOMParser and imported, so its scripts do not run), the title updated, then history.pushState(url).
 */
export async function spaNavigate(page: Page, url: string, htmlOrFilePath: string): Promise<void> {
  const html = loadHtml(htmlOrFilePath);
  await page.evaluate(
    ({ url, html }) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
      document.title = parsed.title;
      history.pushState({}, '', url);
    },
    { url, html },
  );
}

/** Saves a full-page screenshot to test/e2e/screenshots/<name>.png (gitignored); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// ---- inside the extension --------------------------------------------------------------------------------

interface ChromeTabs {
  chrome: { tabs: { query(queryInfo: object): Promise<{ id?: number; url?: string }[]> } };
}

/** Id of the tab whose URL starts with `urlPrefix`, as the extension sees it (chrome.tabs.query in the worker). */
export async function linkedinTabId(serviceWorker: Worker, urlPrefix: string, { timeout = 10_000 } = {}): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const id = await serviceWorker.evaluate(async (prefix) => {
      const { chrome } = globalThis as unknown as ChromeTabs;
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url?.startsWith(prefix))?.id ?? null;
    }, urlPrefix);
    if (id !== null) return id;
    if (Date.now() > deadline) throw new Error(`No tab whose URL starts with ${urlPrefix} within ${timeout} ms.`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

export interface ContentScriptWorld {
  /** CDP execution context id of the content script's isolated world in the page's main frame. */
  contextId: number;
  /** Evaluates a JavaScript expression in that world (sees the DOM and chrome.runtime, not LinkedIn's globals). */
  evaluate<T = unknown>(expression: string): Promise<T>;
}

/**
 * Waits until the extension's content script runs in `page` (main frame), without marking LinkedIn's DOM: Chromium
 * reports each content script's isolated world over CDP with origin chrome-extension://<id>.
 */
export async function waitForContentScript(page: Page, extensionId: string, { timeout = 10_000 } = {}): Promise<ContentScriptWorld> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const mainFrameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const contextId = await new Promise<number>((resolveId, reject) => {
    const timer = setTimeout(() => reject(new Error(`The content script did not run in ${page.url()} within ${timeout} ms.`)), timeout);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const frameId = (context.auxData as { frameId?: string } | undefined)?.frameId;
      if (context.origin === origin && frameId === mainFrameId) {
        clearTimeout(timer);
        resolveId(context.id);
      }
    });
    // Enabling replays the contexts that already exist.
    cdp.send('Runtime.enable').catch(reject);
  });
  return {
    contextId,
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`In the content script: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    },
  };
}

// ---- internals -------------------------------------------------------------------------------------------

function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: `apt-get install -y chromium`, or set CHROMIUM_PATH.');
  }
}

function isTopLevel(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return true; // not from a frame (service worker)
  }
}

function isLinkedInHost(host: string): boolean {
  return /(^|\.)(linkedin\.com|licdn\.com)$/.test(host);
}

function isExternal(rawUrl: string): boolean {
  const url = new URL(rawUrl);
  return (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !isLinkedInHost(url.hostname);
}

function pageKey(url: URL, { dropQuery = false } = {}): string {
  return `${url.origin}${url.pathname}${dropQuery ? '' : url.search}`;
}

function loadHtml(htmlOrFilePath: string): string {
  if (htmlOrFilePath.includes('<')) return htmlOrFilePath;
  const path = resolve(REPO_ROOT, htmlOrFilePath);
  if (!existsSync(path)) throw new Error(`Not markup and no such file: ${path}`);
  return readFileSync(path, 'utf8');
}

async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker): boolean => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  try {
    return await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 });
  } catch {
    throw new Error(`The extension's service worker did not start: Chromium did not load ${DIST}.\n${await extensionLoadErrors()}`);
  }
}

/** Asks Chromium itself why dist/ does not load (it only says so in its log). */
async function extensionLoadErrors(): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'vinculo-diagnose-'));
  const child = spawn(
    findChromium(),
    ['--headless', '--no-sandbox', '--disable-gpu', '--enable-logging=stderr', '--v=0', `--user-data-dir=${profile}`,
      `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--no-first-run', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise((done) => child.once('exit', done));
  await new Promise((done) => setTimeout(done, 4000));
  child.kill();
  await exited;
  rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  const lines = log.split('\n').filter((line) => /extension|manifest/i.test(line));
  return lines.length > 0 ? `Chromium says:\n${lines.join('\n')}` : 'Chromium logged no extension error.';
}

/** An HTTP proxy that refuses everything and reports each attempt ("CONNECT host:port" or "GET url") with its host. */
async function startRefusingProxy(onAttempt: (attempt: string, host: string) => void): Promise<Server> {
  const server = createServer((request, response) => {
    const host = (() => {
      try {
        return new URL(request.url ?? '').hostname;
      } catch {
        return '';
      }
    })();
    onAttempt(`${request.method} ${request.url}`, host);
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    // Chromium may reset the connection (on closing, or before reading the refusal): not an error of the test.
    socket.on('error', () => undefined);
    const target = request.url ?? '';
    onAttempt(`CONNECT ${target}`, target.replace(/:\d+$/, ''));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return server;
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}

// ---- the extension's database --------------------------------------------------------------------------

/**
 * Reads our IndexedDB from an extension page (the database lives only in the extension's origin): one record
 * by key, or with `index`, every record whose index value is `key`; without a key, every record.
 */
export function readDatabase<T>(page: Page, store: 'contacts' | 'interactions' | 'notes' | 'sightings' | 'threads' | 'health' | 'activity' | 'settings', query: { key?: string; index?: string } = {}): Promise<T> {
  return page.evaluate(
    ({ store, key, index }) =>
      new Promise<T>((done, fail) => {
        const open = indexedDB.open('vinculo');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(store).objectStore(store);
          // No key: every record of the store, in key order.
          const request = index ? objects.index(index).getAll(key) : key === undefined ? objects.getAll() : objects.get(key);
          request.onsuccess = () => {
            done(request.result as T);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    { store, ...query },
  );
}

/** How many records a store of our IndexedDB holds. */
export function countRecords(page: Page, store: 'contacts' | 'interactions' | 'notes' | 'sightings' | 'threads' | 'health' | 'activity'): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('vinculo');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).count();
          request.onsuccess = () => {
            done(request.result);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

export interface StoredInteraction {
  kind: string;
  text: string;
  fingerprint?: string;
}

/** A contact's interactions as stored (any order). */
export const storedTimeline = (page: Page, contactId: string) => readDatabase<StoredInteraction[]>(page, 'interactions', { key: contactId, index: 'contactId' });

/** A contact as stored, or undefined. */
export const storedContact = (page: Page, id: string) => readDatabase<Record<string, unknown> | undefined>(page, 'contacts', { key: id });
