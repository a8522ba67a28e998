import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import type { InviteDialog } from '../../../src/linkedin/read/invite';

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

/** The fields of an invitation reading that hold page elements: compared by identity (toEqual would accept a look-alike). */
const ELEMENT_KEYS = ['dialog', 'addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'] as const;

/** An invitation reading exactly: the same elements, and the same other fields with absent ones absent. */
export function expectReading(actual: InviteDialog | undefined, expected: InviteDialog): void {
  expect(actual, 'a reading').toBeDefined();
  for (const key of ELEMENT_KEYS) expect(actual![key], key).toBe(expected[key]);
  const rest = (reading: InviteDialog) =>
    Object.fromEntries(Object.entries(reading).filter(([key]) => !(ELEMENT_KEYS as readonly string[]).includes(key)));
  expect(rest(actual!)).toStrictEqual(rest(expected));
}

/** Renames an attribute wherever it is set (a LinkedIn deploy renaming a hook). */
export function renameAttribute(root: ParentNode, from: string, to: string): void {
  for (const el of root.querySelectorAll(`[${from}]`)) {
    el.setAttribute(to, el.getAttribute(from) ?? '');
    el.removeAttribute(from);
  }
}
