/*
 * The Firefox build (<VINCULO_DIST>/firefox, beside harness.ts's DIST) in Debian's firefox-esr, driven over
 * WebDriver BiDi (Firefox's remote protocol; playwright-core cannot drive a stock Firefox), with saved pages
 * served as https://www.linkedin.com and nothing let out to the network.
 *
 *   const ff = await launchFirefox();        // undefined-safe: check findFirefox() first and skip without it
 *   ff.servePage(url, 'test/fixtures/linkedin/profile.html');
 *   const tab = await ff.open(url);           // or ff.open(ff.extensionUrl('src/options/index.html'))
 *   await ff.evaluate(tab, 'document.title');
 *   await ff.close();
 *
 * - The add-on is installed with webExtension.install from its folder: a temporary add-on, as about:debugging's
 *   "Load Temporary Add-on" does, so ESR needs no signature. Its moz-extension:// UUID is fixed through the
 *   extensions.webextensions.uuids pref, so extension pages have a known URL.
 * - network.addIntercept holds every http(s) request of every tab (LinkedIn pages and extension pages alike) and
 *   answers it here: www.linkedin.com from servePage (404 otherwise), LinkedIn's other hosts empty, anything
 *   else recorded in externalRequests and failed. Answered this way, https pages need no certificate.
 * - Firefox's own traffic (updates, telemetry, remote settings; the remote agent already turns most of it off)
 *   goes through a proxy that refuses every connection, so nothing leaves the machine either way.
 * - log.entryAdded collects errors of every tab (`errors`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import WebSocket from 'ws';
import { DIST, REPO_ROOT } from './harness';

export const FIREFOX_DIST = join(dirname(DIST), 'firefox');
/** The moz-extension:// host the tests give the add-on (any UUID works; fixed so pages have known URLs). */
const EXTENSION_UUID = '7b1d0c2e-5f3a-4c69-9d8e-0a1b2c3d4e5f';

/** firefox-esr (or FIREFOX_PATH), or undefined when this machine has none. */
export function findFirefox(): string | undefined {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  for (const name of ['firefox-esr', 'firefox']) {
    try {
      return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

export interface LogEntry {
  level: string;
  text: string;
  /** The URL of the tab it came from, when known. */
  url: string | undefined;
}

export interface FirefoxHarness {
  /** The add-on id Firefox reports (browser_specific_settings.gecko.id). */
  addonId: string;
  firefoxVersion: string;
  extensionUrl(path: string): string;
  servePage(url: string, htmlOrFilePath: string): void;
  /** Opens `url` in a new tab in front and waits for its load event; returns the tab's BiDi context id. */
  open(url: string): Promise<string>;
  /** Brings the tab to the front, then loads `url` in it. */
  navigate(tab: string, url: string): Promise<void>;
  /** Brings the tab to the front, then reloads it. */
  reload(tab: string): Promise<void>;
  /** Evaluates an expression (awaiting a promise) in the tab's page and returns its JSON-able value. */
  evaluate<T = unknown>(tab: string, expression: string): Promise<T>;
  /** A real mouse click (trusted input, so it counts as the user's gesture) in the middle of `selector`. */
  click(tab: string, selector: string): Promise<void>;
  /** A PNG of the tab's viewport. */
  screenshot(tab: string): Promise<Buffer>;
  externalRequests: string[];
  errors: LogEntry[];
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  const executable = findFirefox();
  if (!executable) throw new Error('Firefox is not installed (apt-get install -y firefox-esr, or set FIREFOX_PATH).');
  const manifest = JSON.parse(readFileSync(join(FIREFOX_DIST, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;

  const proxy = await startRefusingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'vinculo-firefox-'));
  const proxyPort = (proxy.address() as { port: number }).port;
  const prefs: Record<string, string | number | boolean> = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`).join(''));

  // --remote-allow-system-access: since ESR 153 the remote agent refuses to navigate a tab to a moz-extension://
  // page without it ("Navigation … is not allowed in this context"); ESR 140 accepts the flag and needs it not.
  const firefox = spawn(executable, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const cleanUp = async () => {
    if (firefox.exitCode === null && firefox.signalCode === null) {
      firefox.kill();
      await new Promise((done) => firefox.once('exit', done));
    }
    await new Promise((done) => proxy.close(done));
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };

  let bidi: Bidi;
  try {
    bidi = await Bidi.connect(`${await bidiAddress(firefox)}/session`);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const externalRequests: string[] = [];
  const errors: LogEntry[] = [];
  const pages = new Map<string, string>();
  const tabUrls = new Map<string, string>();

  bidi.on('log.entryAdded', (entry: { level: string; text: string | null; source: { context?: string } }) => {
    if (entry.level === 'error') errors.push({ level: entry.level, text: entry.text ?? '', url: entry.source.context ? tabUrls.get(entry.source.context) : undefined });
  });
  bidi.on('browsingContext.navigationStarted', (event: { context: string; url: string }) => tabUrls.set(event.context, event.url));
  bidi.on('network.beforeRequestSent', (event: { isBlocked: boolean; navigation: string | null; request: { request: string; url: string; method: string } }) => {
    if (!event.isBlocked) return;
    const { request, url: raw, method } = event.request;
    const url = new URL(raw);
    // A request the page dropped meanwhile (a favicon, a navigation replaced) is no longer Firefox's to answer.
    const answer = (command: string, params: Record<string, unknown>) => void bidi.send(command, { request, ...params }).catch(() => {});
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return answer('network.continueRequest', {});
    if (!/(^|\.)(linkedin\.com|licdn\.com)$/.test(url.hostname)) {
      externalRequests.push(`${method} ${raw}`);
      return answer('network.failRequest', {});
    }
    const page = url.hostname === 'www.linkedin.com' ? pages.get(url.href.split('#')[0]!) : undefined;
    if (page === undefined) {
      // Saved pages reference LinkedIn's scripts, images and APIs: answered empty, never let out.
      const notServed = url.hostname === 'www.linkedin.com' && event.navigation !== null;
      return answer('network.provideResponse', notServed ? { statusCode: 404, reasonPhrase: 'Not Found' } : { statusCode: 204, reasonPhrase: 'No Content' });
    }
    answer('network.provideResponse', {
      statusCode: 200,
      reasonPhrase: 'OK',
      headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
      // base64: a string body would reach the page as Latin-1.
      body: { type: 'base64', value: Buffer.from(page).toString('base64') },
    });
  });

  try {
    const session = (await bidi.send('session.new', { capabilities: {} })) as { capabilities: { browserVersion: string } };
    await bidi.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent', 'browsingContext.navigationStarted'] });
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
    const { extension } = (await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST } })) as { extension: string };

    const loaded = async (tab: string, url: string, method: 'browsingContext.navigate' | 'browsingContext.reload') => {
      // In front, as a user's tab would be: Firefox runs a background tab's timers at most once a second.
      await bidi.send('browsingContext.activate', { context: tab });
      await bidi.send(method, { context: tab, ...(method === 'browsingContext.navigate' ? { url } : {}), wait: 'complete' });
    };
    const evaluate = async <T>(tab: string, expression: string): Promise<T> => {
      // The value comes back as JSON text: BiDi's own serialisation of objects would need decoding.
      const encoded = `Promise.resolve(${expression}).then((value) => value === undefined ? undefined : JSON.stringify(value))`;
      const answer = (await bidi.send('script.evaluate', { expression: encoded, target: { context: tab }, awaitPromise: true })) as
        | { type: 'success'; result: { value?: string } }
        | { type: 'exception'; exceptionDetails: { text: string } };
      if (answer.type === 'exception') throw new Error(`In ${tabUrls.get(tab) ?? tab}: ${answer.exceptionDetails.text}`);
      return answer.result.value === undefined ? (undefined as T) : (JSON.parse(answer.result.value) as T);
    };

    return {
      addonId: extension,
      firefoxVersion: session.capabilities.browserVersion,
      extensionUrl: (path) => `moz-extension://${EXTENSION_UUID}/${path}`,
      servePage(url, htmlOrFilePath) {
        pages.set(url.split('#')[0]!, htmlOrFilePath.includes('<') ? htmlOrFilePath : readFileSync(resolve(REPO_ROOT, htmlOrFilePath), 'utf8'));
      },
      async open(url) {
        const { context } = (await bidi.send('browsingContext.create', { type: 'tab' })) as { context: string };
        await loaded(context, url, 'browsingContext.navigate');
        return context;
      },
      navigate: (tab, url) => loaded(tab, url, 'browsingContext.navigate'),
      reload: (tab) => loaded(tab, '', 'browsingContext.reload'),
      evaluate,
      async click(tab, selector) {
        const box = await evaluate<{ x: number; y: number } | null>(
          tab,
          `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r ? { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) } : null; })()`,
        );
        if (!box) throw new Error(`Nothing matches ${selector} in ${tabUrls.get(tab) ?? tab}.`);
        await bidi.send('input.performActions', {
          context: tab,
          actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: box.x, y: box.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }] }],
        });
      },
      async screenshot(tab) {
        const { data } = (await bidi.send('browsingContext.captureScreenshot', { context: tab })) as { data: string };
        return Buffer.from(data, 'base64');
      },
      externalRequests,
      errors,
      async close() {
        await bidi.send('browser.close', {}).catch(() => {});
        bidi.close();
        await cleanUp();
      },
    };
  } catch (error) {
    bidi.close();
    await cleanUp();
    throw error;
  }
}

// ---- internals -------------------------------------------------------------------------------------------

/** Firefox prints where its remote agent listens ("WebDriver BiDi listening on ws://127.0.0.1:PORT"). */
function bidiAddress(firefox: ChildProcess, timeout = 30_000): Promise<string> {
  return new Promise((found, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start its remote agent within ${timeout} ms:\n${output}`)), timeout);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        found(address);
      }
    };
    firefox.stderr!.on('data', read);
    firefox.stdout!.on('data', read);
    firefox.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Firefox exited (${code}) before its remote agent started:\n${output}`));
    });
  });
}

/** Accepts connections and closes them at once: Firefox's own requests go nowhere. */
function startRefusingProxy(): Promise<Server> {
  const server = createServer((socket) => socket.destroy());
  return new Promise((listening) => server.listen(0, '127.0.0.1', () => listening(server)));
}

/** A minimal WebDriver BiDi client: commands answered by id, events to their listeners. */
class Bidi {
  private nextId = 0;
  private readonly pending = new Map<number, { done: (result: unknown) => void; fail: (error: Error) => void }>();
  private readonly listeners = new Map<string, ((params: never) => void)[]>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; method?: string; params?: unknown; result?: unknown; error?: string; message?: string };
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.type === 'error') waiting?.fail(new Error(`${message.error}: ${message.message}`));
        else waiting?.done(message.result);
      } else if (message.method) {
        for (const listener of this.listeners.get(message.method) ?? []) listener(message.params as never);
      }
    });
    socket.on('close', () => {
      for (const { fail } of this.pending.values()) fail(new Error('Firefox closed the BiDi connection.'));
      this.pending.clear();
    });
  }

  static connect(url: string): Promise<Bidi> {
    const socket = new WebSocket(url);
    return new Promise((open, fail) => {
      socket.once('open', () => open(new Bidi(socket)));
      socket.once('error', fail);
    });
  }

  send(method: string, params: Record<string, unknown>): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((done, fail) => {
      this.pending.set(id, { done, fail });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on<T>(method: string, listener: (params: T) => void): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener as (params: never) => void]);
  }

  close(): void {
    this.socket.close();
  }
}
