import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };

// VINCULO_DIST: a second build beside dist/ (parallel work, benches) without clobbering it; the e2e harness reads the same variable.
const out = resolve(import.meta.dirname, process.env.VINCULO_DIST ?? 'dist');
/** Chrome/Edge build (what the e2e tests load) and Firefox build: the same files, each with its own manifest. */
const chromeDir = resolve(out, 'chrome');
const firefoxDir = resolve(out, 'firefox');

type Manifest = Record<string, unknown> & { permissions: string[]; background: { service_worker: string; type?: string } };

/*
 * manifest.json carries what both browsers need; these are the keys only one of them understands. Each build
 * drops the other's, because each browser complains about the other's: with one manifest for both, Chromium
 * listed "'background.scripts' requires manifest version of 2 or lower." and "Unrecognized manifest key
 * 'sidebar_action'." (chrome://extensions, developer mode), and web-ext lint warned of the sidePanel permission
 * and the ignored background.service_worker (Firefox also logs unexpected properties at install).
 * test/e2e/manifests.e2e.test.ts checks both builds.
 */
const CHROME_ONLY_KEYS = ['side_panel', 'minimum_chrome_version'];
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];
const FIREFOX_ONLY_KEYS = ['sidebar_action', 'browser_specific_settings'];

const without = (manifest: Manifest, keys: string[]) => Object.fromEntries(Object.entries(manifest).filter(([key]) => !keys.includes(key)));

/** Chrome/Edge: the background runs as a module service worker; the side panel is `side_panel`. */
function chromeManifest(manifest: Manifest): Record<string, unknown> {
  return without(manifest, FIREFOX_ONLY_KEYS);
}

/**
 * Firefox (140+, see browser_specific_settings.gecko.strict_min_version): MV3 background code runs as an event
 * page listed in `background.scripts` (Firefox has no extension service workers), here the same module loader
 * crxjs wrote for the service worker (`type: module` is accepted since Firefox 112); the side panel is
 * `sidebar_action`. The code is the same: it speaks webextension-polyfill and checks for chrome.sidePanel.
 */
function firefoxManifest(manifest: Manifest): Record<string, unknown> {
  return {
    ...without(manifest, CHROME_ONLY_KEYS),
    permissions: manifest.permissions.filter((permission) => !CHROME_ONLY_PERMISSIONS.includes(permission)),
    background: { scripts: [manifest.background.service_worker], type: manifest.background.type },
  };
}

/*
 * Finishes the build after crxjs wrote <out>/chrome/.
 *
 * 1. Content scripts ship as one self-contained classic script each.
 *
 * crxjs would emit a loader that import()s chunks listed in web_accessible_resources for linkedin.com with
 * fixed URLs; a page can probe such URLs to detect the extension, and LinkedIn is known to probe for
 * extensions. So crxjs gets the manifest without content_scripts, and this plugin builds each declared
 * content script as an IIFE (everything inlined, nothing web-accessible) and writes it into the manifest.
 * test/e2e checks that the built manifest exposes nothing to linkedin.com. In that build webextension-polyfill
 * resolves to the browser's own promise API (src/content/native-browser.ts): the 40 KB budget.
 * 2. Two manifests from the one crxjs wrote: <out>/chrome/ keeps Chrome's, and a copy of the tree in
 *    <out>/firefox/ gets Firefox's (chromeManifest, firefoxManifest above).
 * One plugin, because Rollup runs closeBundle hooks in parallel and both steps need the finished manifest.
 */
function finishManifest(): Plugin {
  return {
    name: 'vinculo:finish-manifest',
    apply: 'build',
    async closeBundle() {
      const scripts = sourceManifest.content_scripts;
      const built = [];
      for (const [index, script] of scripts.entries()) {
        const files = [];
        for (const [part, entry] of script.js.entries()) {
          const fileName = `content-${index}-${part}.js`;
          await build({
            configFile: false,
            logLevel: 'warn',
            resolve: { alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/content/native-browser.ts') } },
            build: {
              target: 'es2022',
              outDir: chromeDir,
              emptyOutDir: false,
              copyPublicDir: false,
              lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'vinculo', fileName: () => fileName },
            },
          });
          files.push(fileName);
        }
        built.push({ ...script, js: files });
      }
      const manifestPath = resolve(chromeDir, 'manifest.json');
      const manifest = { ...(JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest), content_scripts: built };
      await writeFile(manifestPath, JSON.stringify(chromeManifest(manifest), null, 2));
      await rm(firefoxDir, { recursive: true, force: true });
      await cp(chromeDir, firefoxDir, { recursive: true });
      await writeFile(resolve(firefoxDir, 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2));
    },
  };
}

const { content_scripts: _declaredContentScripts, ...manifestForCrx } = sourceManifest;

export default defineConfig({
  plugins: [crx({ manifest: manifestForCrx as ManifestV3Export }), finishManifest()],
  build: { target: 'es2022', emptyOutDir: true, outDir: chromeDir },
});
