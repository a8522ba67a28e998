import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  /** Every JS file the entry loads: itself and the chunks it imports, transitively. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** The content-script budget of issue #2: everything LinkedIn pages load from us, gzipped. */
export const CONTENT_SCRIPT_BUDGET_GZIP = 40 * 1024;

const IMPORT = /(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/gu;

/** The JS files `file` pulls in through static and dynamic imports, itself included (paths relative to dist). */
function closure(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(join(dist, file), 'utf8');
  for (const [, spec] of source.matchAll(IMPORT)) {
    if (!spec) continue;
    const target = spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec));
    if (existsSync(join(dist, target))) closure(dist, target, seen);
  }
  return seen;
}

function htmlScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map(([, src]) => (src!.startsWith('/') ? src!.slice(1) : posix.join(dirname(page), src!)));
}

function measure(dist: string, entry: string, roots: string[]): EntrySize {
  const files = new Set<string>();
  for (const root of roots) for (const f of closure(dist, root)) files.add(f);
  const contents = [...files].map((f) => readFileSync(join(dist, f)));
  return {
    entry,
    files: [...files],
    bytes: contents.reduce((sum, c) => sum + c.length, 0),
    gzipBytes: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
  };
}

/** Size of each entry point of the built extension in `dist`, as the browser loads it. */
export function bundleSizes(dist: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js: string[] }[];
    background?: { service_worker?: string };
    action?: { default_popup?: string };
    side_panel?: { default_path?: string };
    options_ui?: { page?: string };
  };
  const sizes: EntrySize[] = [];
  for (const [i, script] of (manifest.content_scripts ?? []).entries()) sizes.push(measure(dist, `content script ${i}`, script.js));
  if (manifest.background?.service_worker) sizes.push(measure(dist, 'background worker', [manifest.background.service_worker]));
  const pages: [string, string | undefined][] = [
    ['popup', manifest.action?.default_popup],
    ['side panel', manifest.side_panel?.default_path],
    ['options', manifest.options_ui?.page],
  ];
  for (const [name, page] of pages) if (page) sizes.push(measure(dist, name, htmlScripts(dist, page)));
  return sizes;
}
