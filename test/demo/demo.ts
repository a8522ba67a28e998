/*
 * `npm run demo`: Chromium with the built extension on every saved LinkedIn page we have (test/e2e/saved-pages.ts),
 * served as https://www.linkedin.com/…, for anyone to try Vínculo without a LinkedIn account. Offline: the e2e
 * harness answers every request itself and refuses every other host (test/e2e/harness.ts).
 *
 *   npm run demo                   a window on the start page; notes kept in .vinculo-profile/ between runs
 *   npm run demo -- --fresh        the same, starting from an empty profile
 *   npm run demo -- --locale=es    Chromium (and so the extension) in Spanish
 *   npm run demo -- --check        headless: opens every page, checks the extension ran in each, read the
 *                                  profiles and made no external request; prints a summary, exits 0 or 1
 *                                  (--headed to watch it)
 *
 * Builds the extension first (vite build into VINCULO_DIST, default dist/) when it is missing or older than src/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DIST,
  extensionErrors,
  launchExtension,
  openExtensionPage,
  REPO_ROOT,
  storedContact,
  waitForContentScript,
  watchPageErrors,
  type ExtensionHarness,
} from '../e2e/harness';
import { savedPageHtml, savedPages, savedPageTitle, type SavedPage } from '../e2e/saved-pages';
import { notInDemoHtml, START_URL, startPageHtml } from './start-page';

/** The demo's browser profile, kept between runs (gitignored). */
export const PROFILE_DIR = join(REPO_ROOT, '.vinculo-profile');

export interface DemoOptions {
  headless?: boolean;
  locale?: 'en' | 'es';
  /** A profile to keep between runs; default: a temporary one, deleted on close. */
  userDataDir?: string;
}

export interface Demo {
  harness: ExtensionHarness;
  pages: SavedPage[];
}

/** Launches Chromium with the extension and serves the start page and every saved page. */
export async function launchDemo(options: DemoOptions = {}): Promise<Demo> {
  const pages = savedPages();
  const harness = await launchExtension({
    headless: options.headless ?? true,
    locale: options.locale ?? 'en',
    ...(options.userDataDir && { userDataDir: options.userDataDir }),
    unservedPage: notInDemoHtml(),
    // A window for people, not a test: no "unsupported command-line flag" bar (the harness runs Chromium with
    // --no-sandbox) and no "Restore pages?" after a run stopped with Ctrl+C.
    ...(options.headless === false && { args: ['--test-type', '--hide-crash-restore-bubble'] }),
  });
  const labelled = pages.map((page) => ({ ...page, label: savedPageTitle(page)?.replace(/ \| LinkedIn$/u, '') ?? page.about.replace(/^./u, (c) => c.toUpperCase()) }));
  harness.servePage(START_URL, startPageHtml(labelled, { profileDir: options.userDataDir && relative(REPO_ROOT, options.userDataDir) }));
  for (const page of pages) harness.servePage(page.url, savedPageHtml(page));
  return { harness, pages };
}

// ---- the check ---------------------------------------------------------------------------------------------

export interface PageCheck {
  url: string;
  file: string;
  source: SavedPage['source'];
  /** HTTP status the page was answered with (null: no answer). */
  status: number | null;
  /** Whether the start page links to it. */
  linked: boolean;
  /** Whether the extension's content script ran in the page's main frame. */
  contentScript: boolean;
  /** Errors raised by the extension's code in the page. */
  errors: string[];
  /** For pages naming a contact: the name stored for them (null: nothing stored). */
  contact?: { slug: string; name: string | null };
}

export interface CheckResult {
  start: { status: number | null; contentScript: boolean };
  pages: PageCheck[];
  /** Requests to hosts other than LinkedIn's: all refused, none should be tried. */
  externalRequests: string[];
  /** LinkedIn pages asked for that the demo does not serve (e.g. a page's own redirect). */
  unservedPages: string[];
  ok: boolean;
  ms: number;
}

const CONTENT_SCRIPT_TIMEOUT_MS = 10_000;
/** Tabs opened at once: the machine's two cores are shared; more tabs only queue. */
const PARALLEL_TABS = 3;

/** Opens the start page and every saved page headless, and checks what the extension did there. */
export async function checkDemo(options: Omit<DemoOptions, 'userDataDir'> = {}): Promise<CheckResult> {
  const started = Date.now();
  const { harness, pages } = await launchDemo({ headless: true, ...options });
  try {
    const visit = async (url: string) => {
      const tab = await harness.context.newPage();
      watchPageErrors(tab);
      const response = await tab.goto(url, { waitUntil: 'load' }).catch(() => null);
      const contentScript = await waitForContentScript(tab, harness.extensionId, { timeout: CONTENT_SCRIPT_TIMEOUT_MS }).then(
        () => true,
        () => false,
      );
      return { tab, status: response?.status() ?? null, contentScript };
    };

    const start = await visit(START_URL);
    const links = new Set(await start.tab.locator('a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href)));
    await start.tab.close();

    const checks: PageCheck[] = [];
    for (let i = 0; i < pages.length; i += PARALLEL_TABS) {
      const batch = pages.slice(i, i + PARALLEL_TABS);
      checks.push(
        ...(await Promise.all(
          batch.map(async (page) => {
            const { tab, status, contentScript } = await visit(page.url);
            const errors = extensionErrors(tab);
            await tab.close();
            return { url: page.url, file: page.file, source: page.source, status, linked: links.has(page.url), contentScript, errors };
          }),
        )),
      );
    }

    // The profile reader saves through the background worker: give it a few seconds in all.
    const workspace = await openExtensionPage(harness.context, harness.extensionId, 'src/options/index.html');
    const deadline = Date.now() + 5000;
    for (const [index, page] of pages.entries()) {
      if (!page.contact) continue;
      let name: string | null;
      for (;;) {
        const stored = await storedContact(workspace, page.contact);
        name = (stored?.profile as { name?: string } | undefined)?.name || null;
        if (name !== null || Date.now() > deadline) break;
        await workspace.waitForTimeout(100);
      }
      checks[index]!.contact = { slug: page.contact, name };
    }

    const ok =
      start.status === 200 &&
      start.contentScript &&
      checks.every((c) => c.status === 200 && c.linked && c.contentScript && c.errors.length === 0 && (!c.contact || c.contact.name !== null)) &&
      harness.externalRequests.length === 0 &&
      harness.unservedPages.length === 0;
    return {
      start: { status: start.status, contentScript: start.contentScript },
      pages: checks,
      externalRequests: [...harness.externalRequests],
      unservedPages: [...harness.unservedPages],
      ok,
      ms: Date.now() - started,
    };
  } finally {
    await harness.close();
  }
}

/** The check's result as a few lines for the terminal. */
export function formatCheck(result: CheckResult): string {
  const mark = (good: boolean) => (good ? 'ok  ' : 'FAIL');
  const own = result.pages.filter((p) => p.source === 'own').length;
  const lines = [
    `${mark(result.start.status === 200 && result.start.contentScript)} start page ${START_URL} (${result.start.status ?? 'no answer'}, content script ${result.start.contentScript ? 'ran' : 'did not run'})`,
    ...result.pages.map((p) => {
      const good = p.status === 200 && p.linked && p.contentScript && p.errors.length === 0 && (!p.contact || p.contact.name !== null);
      const notes = [
        p.status === 200 ? '' : `status ${p.status ?? 'none'}`,
        p.linked ? '' : 'not linked from the start page',
        p.contentScript ? '' : 'content script did not run',
        ...p.errors,
        p.contact ? (p.contact.name ? `read: ${p.contact.name}` : `contact ${p.contact.slug} not stored`) : '',
      ].filter(Boolean);
      return `${mark(good)} ${decodeURI(p.url.replace('https://www.linkedin.com', ''))}  ← ${p.file}${notes.length ? `  (${notes.join('; ')})` : ''}`;
    }),
    `${mark(result.externalRequests.length === 0)} external requests: ${result.externalRequests.length ? result.externalRequests.join(', ') : 'none'}`,
    `${mark(result.unservedPages.length === 0)} LinkedIn pages asked for but not served: ${result.unservedPages.length ? result.unservedPages.join(', ') : 'none'}`,
    `${result.ok ? 'PASS' : 'FAIL'}: ${result.pages.length} pages (${own} ours, ${result.pages.length - own} real from ../shared) in ${(result.ms / 1000).toFixed(1)} s`,
  ];
  return lines.join('\n');
}

// ---- building --------------------------------------------------------------------------------------------

/** What the build is made from. */
const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds the extension (vite build) when it is missing or older than its sources. */
export function ensureBuilt(): void {
  const manifest = join(DIST, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((path) => join(REPO_ROOT, path)).filter(existsSync).map(newestChange));
  if (builtAt >= changedAt) return;
  console.log(builtAt ? `The sources changed since ${relative(REPO_ROOT, DIST)} was built: building…` : `${relative(REPO_ROOT, DIST)} is missing: building…`);
  const build = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(manifest)) throw new Error(`The build failed, or did not produce ${manifest}: try \`npm run build\`.`);
}

// ---- command line ----------------------------------------------------------------------------------------

const USAGE = `npm run demo [-- options]
  --fresh        start from an empty browser profile (deletes ${relative(REPO_ROOT, PROFILE_DIR)}/)
  --locale=es    Chromium and the extension in Spanish (default: en)
  --check        headless: open every page, check the extension ran in each, exit 0 or 1
  --headed       with --check: show the window
  --headless     with --check (its default)`;

async function main(args: string[]): Promise<number> {
  const flags = new Set(args);
  const known = ['--fresh', '--check', '--headed', '--headless', '--locale=en', '--locale=es', '--help'];
  const unknown = args.filter((arg) => !known.includes(arg));
  if (unknown.length > 0 || flags.has('--help')) {
    if (unknown.length > 0) console.error(`Unknown option: ${unknown.join(' ')}`);
    console.log(USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const locale = flags.has('--locale=es') ? 'es' : 'en';
  ensureBuilt();

  if (flags.has('--check')) {
    const result = await checkDemo({ headless: !flags.has('--headed'), locale });
    console.log(formatCheck(result));
    return result.ok ? 0 : 1;
  }
  if (flags.has('--headless')) {
    console.error('--headless alone shows nothing: add --check (npm run demo -- --check).');
    return 2;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display to open a window on: run `xvfb-run -a npm run demo`, or check headless with `npm run demo -- --check`.');
    return 2;
  }

  if (flags.has('--fresh')) rmSync(PROFILE_DIR, { recursive: true, force: true });
  let demo: Demo;
  try {
    demo = await launchDemo({ headless: false, locale, userDataDir: PROFILE_DIR });
  } catch (error) {
    console.error(`Chromium did not start: ${(error as Error).message.split('\n')[0]}\nIs another demo still open on ${relative(REPO_ROOT, PROFILE_DIR)}/? Close it, or use --fresh.`);
    return 1;
  }
  const { harness, pages } = demo;
  const tab = harness.context.pages()[0] ?? (await harness.context.newPage());
  await tab.goto(START_URL);
  console.log(`Vínculo demo: ${pages.length} pages at ${START_URL} (close the window or press Ctrl+C to stop; notes stay in ${relative(REPO_ROOT, PROFILE_DIR)}/).`);

  const closed = new Promise<void>((done) => {
    harness.context.once('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await closed;
  await harness.close({ keepProfile: true });
  if (harness.externalRequests.length > 0) console.log(`Requests to other hosts, all refused:\n  ${harness.externalRequests.join('\n  ')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
