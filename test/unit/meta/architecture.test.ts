/*
 * The architecture's arrows and the no-HTML-strings rule live in eslint.config.js; this proves they bite (and
 * don't bite the imports the architecture allows), by linting snippets as if they were files under src/.
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });
});

/** Rule ids of the problems ESLint reports for `code` as if it were `filePath` (relative to the repo root). */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('architecture arrows', () => {
  it.each([
    ['src/content/x.ts', "import { db } from '../storage/db';"],
    ['src/content/features/x.tsx', "import { db } from '../../storage/db';"],
    ['src/content/features/x.tsx', "export { db } from '../../storage/db';"],
    ['src/content/x.ts', "import { wire } from '../background/handlers';"],
    ['src/content/x.ts', "import { App } from '../sidepanel/App';"],
    ['src/linkedin/routes.ts', "import { db } from '../storage/db';"],
    ['src/linkedin/read/profile.ts', "import { judge } from '../../core/analysis/judge';"],
    ['src/linkedin/read/profile.ts', "import { render } from 'preact';"],
    ['src/core/relationship/stage.ts', "import { isProfile } from '../../linkedin/routes';"],
    ['src/core/model/contact.ts', "import { request } from '../../messages/client';"],
    ['src/storage/db.ts', "import { request } from '../messages/client';"],
    ['src/messages/protocol.ts', "import { db } from '../storage/db';"],
    ['src/background/index.ts', "import { readProfile } from '../linkedin/read/profile';"],
    ['src/background/index.ts', "import { boot } from '../content/boot';"],
    ['src/ui/Timeline.tsx', "import { boot } from '../content/boot';"],
    ['src/sidepanel/App.tsx', "import { wire } from '../background/handlers';"],
    ['src/background/followups.ts', "import icon from '../../public/icons/icon-16.png';"],
    ['src/core/model/contact.ts', "import { appName } from '../../../public/_locales/en/messages.json';"],
  ])('%s may not: %s', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toContain('no-restricted-imports');
  });

  it('also holds for dynamic import()', async () => {
    expect(await problems('src/content/features/x.ts', "export const load = () => import('../../storage/db');\n")).toContain(
      'no-restricted-syntax',
    );
  });

  it.each([
    ['src/linkedin/routes.ts', "import webext from 'webextension-polyfill';\nexport const id = webext.runtime.id;"],
    ['src/core/model/contact.ts', "import webext from 'webextension-polyfill';\nexport const id = webext.runtime.id;"],
  ])('%s may not import webextension-polyfill', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toContain('no-restricted-imports');
  });

  it.each([
    ['src/linkedin/routes.ts', 'export const id = chrome.runtime.id;'],
    ['src/core/analysis/pitch.ts', 'export const id = browser.runtime.id;'],
  ])('%s may not use the extension globals', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toContain('no-restricted-globals');
  });

  it.each([
    ['src/linkedin/read/profile.ts', "import { z } from 'zod';\nimport { Slug } from '../../core/model/profile';\nimport { profile } from '../selectors';\nexport const all = [z, Slug, profile];"],
    ['src/content/features/x.tsx', "import { isProfile } from '../../linkedin/routes';\nimport { request } from '../../messages/client';\nimport { Timeline } from '../../ui/Timeline';\nimport { Slug } from '../../core/model/profile';\nexport const all = [isProfile, request, Timeline, Slug];"],
    ['src/content/features/x.tsx', "import { local } from '../storage/local';\nexport const all = [local];"],
    ['src/background/index.ts', "import browser from 'webextension-polyfill';\nimport { db } from '../storage/db';\nimport { createDispatcher } from '../messages/registry';\nimport { Slug } from '../core/model/profile';\nexport const all = [browser, db, createDispatcher, Slug];"],
    ['src/storage/db.ts', "import Dexie from 'dexie';\nimport { Contact } from '../core/model/contact';\nexport const all = [Dexie, Contact];"],
    ['src/sidepanel/App.tsx', "import { db } from '../storage/db';\nimport { Timeline } from '../ui/Timeline';\nexport const all = [db, Timeline];"],
    ['src/background/followups.ts', "import { appName } from '../../public/_locales/es/messages.json';\nexport const all = [appName];"],
  ])('%s may import what the architecture allows', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toEqual([]);
  });
});

describe('the judgement stays in the background worker (content-script budget)', () => {
  const rule = '@typescript-eslint/no-restricted-imports';
  it.each([
    ['src/content/features/x.tsx', "import { judge } from '../../core/analysis/judge';\nexport const all = [judge];"],
    ['src/content/x.ts', "import { judge } from '../core/analysis/judge.ts';\nexport const all = [judge];"],
    ['src/content/features/x.tsx', "export { judge } from '../../core/analysis/judge';"],
    ['src/ui/guard/x.tsx', "import { PITCH } from '../../core/analysis/lexicon/pitch';\nexport const all = [PITCH];"],
    ['src/ui/x.tsx', "import { fold } from '../core/analysis/fold';\nexport const all = [fold];"],
    ['src/messages/protocol.ts', "import { detectLanguage } from '../core/analysis/language';\nexport const all = [detectLanguage];"],
    ['src/core/analysis/schema.ts', "import { judge } from './judge';\nexport const all = [judge];"],
    ['src/core/analysis/schema.ts', "import { TEMPLATE } from './lexicon/template';\nexport const all = [TEMPLATE];"],
  ])('%s may not bundle it: %s', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toContain(rule);
  });

  it('nor through a dynamic import()', async () => {
    expect(await problems('src/content/features/x.ts', "export const load = () => import('../../core/analysis/judge');\n")).toContain('no-restricted-syntax');
  });

  it.each([
    ['src/content/features/x.tsx', "import type { Judgement } from '../../core/analysis/judge';\nexport type All = Judgement;"],
    ['src/ui/guard/x.tsx', "import { type Reason } from '../../core/analysis/judge';\nexport type All = Reason;"],
    ['src/core/analysis/schema.ts', "import type { judge } from './judge';\nexport type All = ReturnType<typeof judge>;"],
    ['src/content/features/x.tsx', "import { openings } from '../../core/analysis/openings';\nimport { JudgementOutput } from '../../core/analysis/schema';\nexport const all = [openings, JudgementOutput];"],
    ['src/background/handlers.ts', "import { judge } from '../core/analysis/judge';\nexport const all = [judge];"],
  ])('%s may use its types, and the worker its code: %s', async (filePath, code) => {
    expect(await problems(filePath, `${code}\n`)).toEqual([]);
  });
});

describe('no HTML strings in src/', () => {
  it.each([
    ['src/content/x.ts', 'export function show(el: Element, html: string) {\n  el.innerHTML = html;\n}\n'],
    ['src/ui/x.ts', "export function show(el: Element, html: string) {\n  el['outerHTML'] = html;\n}\n"],
    ['src/content/x.ts', "export function show(el: Element, html: string) {\n  el.insertAdjacentHTML('beforeend', html);\n}\n"],
    ['src/ui/Note.tsx', 'export const Note = (props: { html: string }) => <div dangerouslySetInnerHTML={{ __html: props.html }} />;\n'],
    ['src/linkedin/read/x.ts', 'export function show(el: Element, html: string) {\n  el.innerHTML += html;\n}\n'],
  ])('%s: %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toContain('no-restricted-syntax');
  });

  it('still lets code read innerHTML and set textContent', async () => {
    expect(await problems('src/ui/x.ts', 'export function f(el: Element, text: string) {\n  el.textContent = text;\n  return el.innerHTML.length;\n}\n')).toEqual([]);
  });
});
