import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/** Pages we wrote (invented people, LinkedIn's structure): test/fixtures/linkedin. */
export const OWN_FIXTURES = resolve(import.meta.dirname, '../../fixtures/linkedin');

/** Real LinkedIn markup lives beside the repository (/work/shared next to /work/main), not in it. */
export const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/linkedin');
export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

export function parse(html: string): Document {
  return parseHTML(html).document;
}

export function load(folder: string, file: string): Document {
  return parse(readFileSync(resolve(folder, file), 'utf8'));
}
