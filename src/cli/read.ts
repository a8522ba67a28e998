/**
 * `npm run read -- <saved-page.html> [--url <page URL>]`: runs the LinkedIn readers on a saved page under node
 * and prints what they read as JSON — the quick way to see what a LinkedIn markup change broke. Without --url
 * the page's URL is inferred from the page; stderr says which URL was used and where it came from.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { isLinkedInUrl } from '../linkedin/routes';
import { inferPageUrl, readPage } from '../linkedin/read/page';

const USAGE = 'usage: npm run read -- <saved-page.html> [--url <https://www.linkedin.com/…>]';

function fail(problem: string): never {
  console.error(`read: ${problem}\n${USAGE}`);
  process.exit(2);
}

function args(): { file: string; url: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { url: { type: 'string' } } });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) fail(`expected one saved page, got ${parsed.positionals.length}`);
  const { url } = parsed.values;
  if (url !== undefined && !isLinkedInUrl(url)) fail(`--url is not an https LinkedIn URL: ${url}`);
  return { file, url };
}

function load(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const { file, url: given } = args();
const { document } = parseHTML(load(file));
const inferred = given === undefined ? inferPageUrl(document) : null;
const url = given ?? inferred?.url ?? null;
console.error(
  given !== undefined
    ? `url: ${given} (from --url)`
    : inferred
      ? `url: ${inferred.url} (inferred from the ${inferred.source})`
      : 'url: none found on the page (no canonical link, og:url or top-card self link); pass --url',
);
console.log(JSON.stringify({ url, readers: url ? readPage(document, url) : [] }, null, 2));
