import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_DIST } from './firefox-harness';
import { DIST, launchExtension, REPO_ROOT } from './harness';

/*
 * The two builds `npm run build` writes (vite.config.ts): the same files, each with the manifest its browser
 * accepts without warnings, and the zips `npm run package` makes of them for the stores.
 */
type Manifest = Record<string, unknown> & {
  version: string;
  default_locale: string;
  permissions: string[];
  background: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string } };
};

const OUT = dirname(DIST);
const BUILDS = { chrome: DIST, firefox: FIREFOX_DIST };
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Every file a manifest names, and the local files its HTML pages load. */
function referencedFiles(manifest: Manifest, dir: string): string[] {
  const m = manifest as Record<string, Record<string, unknown> | undefined>;
  const icons = (value: unknown) => Object.values((value ?? {}) as Record<string, string>);
  const pages = [m.action?.default_popup, m.side_panel?.default_path, m.sidebar_action?.default_panel, m.options_ui?.page].filter((p): p is string => typeof p === 'string');
  const scripts = ((manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[]).flatMap((s) => [...(s.js ?? []), ...(s.css ?? [])]);
  const fromPages = pages.flatMap((page) => [...readFileSync(join(dir, page), 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]!));
  return [
    ...icons(manifest.icons),
    ...icons(m.action?.default_icon),
    ...icons(m.sidebar_action?.default_icon),
    ...[manifest.background.service_worker ?? [], manifest.background.scripts ?? []].flat(),
    ...scripts,
    ...pages,
    ...fromPages,
    `_locales/${manifest.default_locale}/messages.json`,
  ];
}

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(/[\\/]/).join('/'))
    .sort();

describe('the two builds', () => {
  const chrome = read(BUILDS.chrome);
  const firefox = read(BUILDS.firefox);

  it('Chrome/Edge: a module service worker and side_panel, no Firefox keys', () => {
    expect(chrome.background).toEqual({ service_worker: expect.any(String), type: 'module' });
    expect(chrome.side_panel).toEqual({ default_path: expect.any(String) });
    expect(chrome.permissions).toContain('sidePanel');
    expect(chrome.minimum_chrome_version).toMatch(/^\d+$/);
    expect(Object.keys(chrome)).not.toContain('sidebar_action');
    expect(Object.keys(chrome)).not.toContain('browser_specific_settings');
  });

  it('Firefox: background.scripts as a module, sidebar_action and a gecko id with a minimum version, no Chrome keys', () => {
    expect(firefox.background).toEqual({ scripts: [chrome.background.service_worker], type: 'module' });
    expect(firefox.sidebar_action).toMatchObject({ default_panel: (chrome.side_panel as { default_path: string }).default_path });
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({ id: expect.stringMatching(/^[^@\s]+@[^@\s]+$/), strict_min_version: expect.stringMatching(/^\d+\.\d+$/) });
    expect(firefox.permissions).not.toContain('sidePanel');
    for (const key of ['side_panel', 'minimum_chrome_version']) expect(Object.keys(firefox)).not.toContain(key);
  });

  it('are otherwise the same extension: same manifest, same files', () => {
    const common = ({ background: _b, permissions, side_panel: _s, minimum_chrome_version: _c, sidebar_action: _a, browser_specific_settings: _g, ...rest }: Manifest) => ({
      ...rest,
      permissions: permissions.filter((p) => p !== 'sidePanel'),
    });
    expect(common(firefox)).toEqual(common(chrome));
    const files = (dir: string) => filesUnder(dir).filter((path) => path !== 'manifest.json');
    expect(files(BUILDS.firefox)).toEqual(files(BUILDS.chrome));
  });

  it.each(Object.entries(BUILDS))('%s: every file the manifest and its pages name is there, and every __MSG_ key in every locale', (_browser, dir) => {
    const manifest = read(dir);
    const files = referencedFiles(manifest, dir);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => !existsSync(join(dir, file)))).toEqual([]);
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const locale of readdirSync(join(dir, '_locales'))) {
      const messages = JSON.parse(readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      expect(keys.filter((key) => !(key in messages)), locale).toEqual([]);
    }
  });

  it('web-ext lint (what addons.mozilla.org runs) finds no errors in the Firefox build, offline', () => {
    // NO_UPDATE_NOTIFIER: web-ext would otherwise ask npm for a newer version of itself.
    const output = execFileSync(join(REPO_ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    const report = JSON.parse(output) as { summary: { errors: number; warnings: number; notices: number }; errors: { code: string; message: string; file?: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    console.info(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${report.warnings.map((w) => `${w.code} ${w.file ?? ''}`).join('; ')}), ${report.summary.notices} notices`);
  }, 60_000);
});

describe('the Chrome build in Chromium', () => {
  it('has no manifest errors, as chrome://extensions shows them to a developer loading it unpacked', async () => {
    const ext = await launchExtension();
    try {
      const page = await ext.context.newPage();
      await page.goto('chrome://extensions');
      // Developer mode, then a reload: Chromium lists a manifest's errors (unknown keys, keys of another version) only then.
      const errors = await page.evaluate(async (id) => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
        await dev.updateProfileConfiguration({ inDeveloperMode: true });
        await dev.reload(id, { failQuietly: true });
        const info = (await dev.getExtensionsInfo({})).find((extension) => extension.id === id);
        return info && [...info.installWarnings, ...info.manifestErrors.map((error) => error.message)];
      }, ext.extensionId);
      // What the single manifest used to get: "'background.scripts' requires manifest version of 2 or lower.",
      // "Unrecognized manifest key 'sidebar_action'."
      expect(errors).toEqual([]);
    } finally {
      await ext.close();
    }
  }, 60_000);
});

/** The part of chrome.developerPrivate (chrome://extensions' own API) the test uses. */
interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
  getExtensionsInfo(options: object): Promise<{ id: string; installWarnings: string[]; manifestErrors: { message: string }[] }[]>;
}

describe('the store packages (npm run package)', () => {
  const version = read(BUILDS.chrome).version;
  const zip = (name: string) => unzipSync(readFileSync(join(OUT, `vinculo-${version}-${name}.zip`)));

  beforeAll(() => {
    // Packages the builds already made (npm run package builds first; the e2e run has just built).
    execFileSync(join(REPO_ROOT, 'node_modules/.bin/tsx'), ['src/cli/package.ts'], { cwd: REPO_ROOT, env: { ...process.env, VINCULO_DIST: OUT }, stdio: 'pipe' });
  }, 60_000);

  it.each(Object.entries(BUILDS))('vinculo-<version>-%s.zip holds the build with manifest.json at its root', (browser, dir) => {
    const entries = zip(browser);
    expect(Object.keys(entries).sort()).toEqual(filesUnder(dir));
    expect(JSON.parse(new TextDecoder().decode(entries['manifest.json']))).toEqual(read(dir));
  });

  it('vinculo-<version>-source.zip holds the committed source the builds come from', () => {
    const entries = zip('source');
    for (const file of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md', 'src/background/index.ts']) expect(Object.keys(entries)).toContain(file);
    expect(Object.keys(entries).filter((path) => /^(dist|node_modules)\//.test(path))).toEqual([]);
  });
});
