/**
 * `npm run package` (after `npm run build`): the files each store takes, in <out> (VINCULO_DIST, default dist/):
 *   vinculo-<version>-chrome.zip   Chrome Web Store / Edge Add-ons: <out>/chrome/, manifest.json at the zip's root
 *   vinculo-<version>-firefox.zip  addons.mozilla.org: <out>/firefox/, manifest.json at the zip's root
 *   vinculo-<version>-source.zip   the source AMO asks for when the code it reviews is bundled: `git archive HEAD`,
 *                                  from which `npm ci && npm run build` rebuilds both extensions. A release is
 *                                  packaged from a clean commit; with uncommitted changes it says so, since the
 *                                  builds then hold code the source zip does not.
 * Extension zips: entries sorted and dated 1980-01-01 (the zip format's epoch), so the same build gives the same zip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, process.env.VINCULO_DIST ?? 'dist');
const ZIP_EPOCH = new Date(1980, 0, 1);

function fail(problem: string): never {
  console.error(`package: ${problem}`);
  process.exit(1);
}

/** Every file under `dir`, as paths relative to it with "/" separators (zip entry names). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(/[\\/]/).join('/'));
}

const report = (target: string, files: number) => console.log(`${relative(ROOT, target)}  ${(statSync(target).size / 1024).toFixed(1)} KB, ${files} files`);

function writeZip(target: string, dir: string): void {
  const paths = filesUnder(dir).sort();
  const entries: Zippable = {};
  for (const path of paths) entries[path] = [readFileSync(join(dir, path)), { mtime: ZIP_EPOCH }];
  writeFileSync(target, zipSync(entries, { level: 9 }));
  report(target, paths.length);
}

function writeSourceZip(target: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  git('archive', '--format=zip', `--output=${target}`, 'HEAD');
  report(target, git('ls-tree', '-r', '--name-only', 'HEAD').split('\n').filter(Boolean).length);
  const uncommitted = git('status', '--porcelain').split('\n').filter(Boolean).length;
  if (uncommitted > 0) console.warn(`package: ${uncommitted} uncommitted change(s): the source zip is HEAD, the builds are the working tree.`);
}

const builds = { chrome: join(OUT, 'chrome'), firefox: join(OUT, 'firefox') };
for (const dir of Object.values(builds)) {
  if (!existsSync(join(dir, 'manifest.json'))) fail(`${relative(ROOT, dir)}/manifest.json is missing: run \`npm run build\` first.`);
}
const { version } = JSON.parse(readFileSync(join(builds.chrome, 'manifest.json'), 'utf8')) as { version: string };
for (const [browser, dir] of Object.entries(builds)) writeZip(join(OUT, `vinculo-${version}-${browser}.zip`), dir);
writeSourceZip(join(OUT, `vinculo-${version}-source.zip`));
