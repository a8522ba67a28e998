import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };

// VINCULO_DIST: a second build beside dist/ (parallel work, benches) without clobbering it; the e2e harness reads the same variable.
const outDir = resolve(import.meta.dirname, process.env.VINCULO_DIST ?? 'dist');

/*
 * Finishes dist/manifest.json after crxjs wrote it.
 *
 * 1. Content scripts ship as one self-contained classic script each.
 *
 * crxjs would emit a loader that import()s chunks listed in web_accessible_resources for linkedin.com with
 * fixed URLs; a page can probe such URLs to detect the extension, and LinkedIn is known to probe for
 * extensions. So crxjs gets the manifest without content_scripts, and this plugin builds each declared
 * content script as an IIFE (everything inlined, nothing web-accessible) and writes it into dist/manifest.json.
 * test/e2e checks that the built manifest exposes nothing to linkedin.com. In that build webextension-polyfill
 * resolves to the browser's own promise API (src/content/native-browser.ts): the 40 KB budget.
 * 2. Firefox runs MV3 background code as `background.scripts`, not as a service worker; crxjs keeps only
 *    `service_worker`, so the same loader is listed again under `scripts`. Chrome (121+) uses the service
 *    worker and ignores `scripts`.
 * One plugin, because Rollup runs closeBundle hooks in parallel and both rewrite the same file.
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
              outDir,
              emptyOutDir: false,
              copyPublicDir: false,
              lib: { entry: resolve(import.meta.dirname, entry), formats: ['iife'], name: 'vinculo', fileName: () => fileName },
            },
          });
          files.push(fileName);
        }
        built.push({ ...script, js: files });
      }
      const manifestPath = resolve(outDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.content_scripts = built;
      manifest.background.scripts = [manifest.background.service_worker];
      await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    },
  };
}

const { content_scripts: _declaredContentScripts, ...manifestForCrx } = sourceManifest;

export default defineConfig({
  plugins: [crx({ manifest: manifestForCrx as ManifestV3Export }), finishManifest()],
  build: { target: 'es2022', emptyOutDir: true, outDir },
});
