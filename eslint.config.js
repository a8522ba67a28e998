/*
 * Lint = typescript-eslint's recommended rules + the architecture, as checks rather than wishes
 * (ARCHITECTURE.md, "Arrows point one way"). test/unit/meta/architecture.test.ts proves these rules bite.
 *
 * Layer arrows use no-restricted-imports with regexes on the import specifier. A regex cannot resolve a
 * relative path, so the rule is generated per folder depth: from src/content/features/x.tsx, "../../" is src/,
 * so "../../storage/db" is src/storage while "../storage" would be src/content/storage (allowed).
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Deepest folder nesting under src/<layer>/ that the arrows are generated for. */
const MAX_DEPTH = 8;
const SOURCE = '{ts,tsx,js,mjs}';

/**
 * The message judgement (judge.ts, its matchers and lexicons: ~14 KB gzipped) runs in the background worker;
 * the content script asks for verdicts (guard.context, invite.judge) so that it stays within its 40 KB budget.
 * What the content script bundles may use the judgement's types, never its code. Paths under src/.
 */
const JUDGEMENT_CODE = ['core/analysis/judge', 'core/analysis/cues', 'core/analysis/fold', 'core/analysis/language', 'core/analysis/placeholders', 'core/analysis/specific'];
const JUDGEMENT_CODE_DIRS = ['core/analysis/lexicon'];

/**
 * Who may import whom, by top-level folder of src/. `only`: the src/ folders a layer may import besides its
 * own (anything else under src/, or outside it, is refused). `never`: folders it must not import.
 * `packages`: npm packages refused (`allowPackages` instead: the only packages accepted).
 * `noExtensionApi`: pure code — no webextension-polyfill, no chrome / browser globals.
 * `typesOnly`: modules (and `typesOnlyDirs`: folders) of src/ it may import types from but no code.
 * `data`: folders outside src/ (from the repository root) whose files it may import as data.
 */
const LAYERS = {
  linkedin: { only: ['core/model'], allowPackages: ['zod'], noExtensionApi: true },
  core: { only: [], packages: ['webextension-polyfill', 'dexie', 'preact', '@preact/signals'], noExtensionApi: true },
  storage: { only: ['core'] },
  // The protocol ships in the content script.
  messages: { only: ['core'], typesOnly: JUDGEMENT_CODE, typesOnlyDirs: JUDGEMENT_CODE_DIRS },
  // The worker's notifications speak the user's chosen language: it reads a few messages from _locales (data).
  background: { only: ['storage', 'messages', 'core'], data: ['public/_locales'] },
  cli: { only: ['linkedin', 'core'] },
  content: { never: ['storage', 'background', 'pages', 'sidepanel', 'popup', 'options'], typesOnly: JUDGEMENT_CODE, typesOnlyDirs: JUDGEMENT_CODE_DIRS },
  // ui/ is presentational and is also injected by the content script: it gets data through props, never from storage.
  ui: {
    never: ['storage', 'pages', 'messages', 'content', 'background', 'sidepanel', 'popup', 'options'],
    packages: ['dexie'],
    typesOnly: JUDGEMENT_CODE,
    typesOnlyDirs: JUDGEMENT_CODE_DIRS,
  },
  pages: { never: ['content', 'background'] },
  sidepanel: { never: ['content', 'background'] },
  popup: { never: ['content', 'background'] },
  options: { never: ['content', 'background'] },
};

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (folders) => `(${folders.map(escape).join('|')})`;

/** no-restricted-imports options for a file `depth` folders below src/<layer>/. */
function arrowsFor(layer, rule, depth) {
  const toSrc = `^(\\.\\./){${depth + 1}}`;
  const patterns = [];
  if (rule.only) {
    // `data`: folders beside src/ (paths from the repository root) a layer may read data from.
    const data = (rule.data ?? []).map((folder) => `|\\.\\./${escape(folder)}/`).join('');
    patterns.push({
      regex: `${toSrc}(?!${alternatives([layer, ...rule.only])}(/|$)${data})`,
      message: `src/${layer}/ may import only ${rule.only.length ? rule.only.map((f) => `src/${f}/`).join(', ') : 'nothing else under src/'} (ARCHITECTURE.md).`,
    });
  }
  if (rule.never) {
    patterns.push({
      regex: `${toSrc}${alternatives(rule.never)}(/|$)`,
      message: `src/${layer}/ must not import ${rule.never.map((f) => `src/${f}/`).join(', ')} (ARCHITECTURE.md).`,
    });
  }
  if (rule.allowPackages) {
    patterns.push({
      regex: `^(?![./]|${alternatives(rule.allowPackages)}(/|$))`,
      message: `src/${layer}/ is pure: the only packages it may use are ${rule.allowPackages.join(', ')}.`,
    });
  }
  const packages = [...(rule.packages ?? []), ...(rule.allowPackages ? ['webextension-polyfill'] : [])];
  return {
    paths: packages.map((name) => ({ name, message: `src/${layer}/ is pure: no ${name} here.` })),
    patterns,
  };
}

const TYPES_ONLY = (who) =>
  `${who} ships in the content script: it may import the judgement's types (import type), never its code, which runs in the background worker (eslint.config.js, JUDGEMENT_CODE).`;

/**
 * @typescript-eslint/no-restricted-imports options (it knows `import type`) for a file `depth` folders below
 * src/<layer>/: the modules of `typesOnly`, with or without an extension, and anything under `typesOnlyDirs`.
 */
function typesOnlyFor(layer, rule, depth) {
  const toSrc = `^(\\.\\./){${depth + 1}}`;
  const patterns = [];
  if (rule.typesOnly?.length) patterns.push({ regex: `${toSrc}${alternatives(rule.typesOnly)}(\\.tsx?)?$`, allowTypeImports: true, message: TYPES_ONLY(`src/${layer}/`) });
  if (rule.typesOnlyDirs?.length) patterns.push({ regex: `${toSrc}${alternatives(rule.typesOnlyDirs)}/`, allowTypeImports: true, message: TYPES_ONLY(`src/${layer}/`) });
  return { patterns };
}

/** Markup from strings is how LinkedIn's page content would become script in ours: build DOM nodes instead. */
const NO_HTML_STRINGS = 'Build DOM nodes or JSX instead of HTML strings (LinkedIn content must never become markup).';
const NO_HTML = [
  { selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]', message: NO_HTML_STRINGS },
  { selector: 'AssignmentExpression > MemberExpression.left[property.value=/^(innerHTML|outerHTML)$/]', message: NO_HTML_STRINGS },
  { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|createContextualFragment)$/]', message: NO_HTML_STRINGS },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: NO_HTML_STRINGS },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_HTML_STRINGS },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: NO_HTML_STRINGS },
];

/**
 * no-restricted-imports ignores import(): the same arrows as no-restricted-syntax selectors. (esquery regexes
 * cannot contain "/", hence \x2F.)
 */
function dynamicImportsFor({ paths, patterns }) {
  return [
    ...paths.map(({ name, message }) => ({ selector: `ImportExpression[source.value='${name}']`, message })),
    ...patterns.map(({ regex, message }) => ({
      selector: `ImportExpression[source.value=/${regex.replaceAll('\\/', '/').replaceAll('/', '\\x2F')}/]`,
      message,
    })),
  ];
}

const architecture = Object.entries(LAYERS).flatMap(([layer, rule]) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const arrows = arrowsFor(layer, rule, depth);
    const typesOnly = typesOnlyFor(layer, rule, depth);
    return {
      name: `vinculo/arrows/${layer}/depth-${depth}`,
      files: [`src/${layer}/${'*/'.repeat(depth)}*.${SOURCE}`],
      rules: {
        'no-restricted-imports': ['error', arrows],
        ...(typesOnly.patterns.length > 0 && { '@typescript-eslint/no-restricted-imports': ['error', typesOnly] }),
        // Replaces vinculo/src's list for these files, so it repeats it. A dynamic import() is code whatever it
        // takes from the module, so types-only modules are refused there outright.
        'no-restricted-syntax': ['error', ...NO_HTML, ...dynamicImportsFor(arrows), ...dynamicImportsFor({ paths: [], patterns: typesOnly.patterns })],
      },
    };
  }),
);

/**
 * The modules of core/analysis/ that the content script bundles (through messages/protocol.ts and the connect
 * nudge): the same holds for them, from inside the folder.
 */
const judgementFree = {
  name: 'vinculo/judgement-stays-in-the-worker',
  files: ['src/core/analysis/schema.ts', 'src/core/analysis/judgement.ts', 'src/core/analysis/openings.ts'],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^\\./${alternatives(JUDGEMENT_CODE.map((path) => path.replace('core/analysis/', '')))}(\\.tsx?)?$|^\\./lexicon/`,
            allowTypeImports: true,
            message: TYPES_ONLY('This module'),
          },
        ],
      },
    ],
  },
};

const pureLayers = Object.entries(LAYERS)
  .filter(([, rule]) => rule.noExtensionApi)
  .map(([layer]) => `src/${layer}/**/*.${SOURCE}`);

export default tseslint.config(
  { name: 'vinculo/ignores', ignores: ['dist/', 'dist-*/', 'node_modules/', 'test/e2e/screenshots/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'vinculo/base',
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: 'vinculo/src',
    files: [`src/**/*.${SOURCE}`],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML] },
  },
  ...architecture,
  judgementFree,
  {
    name: 'vinculo/pure-layers',
    files: pureLayers,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'src/linkedin/ and src/core/ are pure: pass data in, let callers talk to the browser.' },
        { name: 'browser', message: 'src/linkedin/ and src/core/ are pure: pass data in, let callers talk to the browser.' },
      ],
    },
  },
  {
    name: 'vinculo/node',
    files: ['test/**', 'scripts/**', 'src/cli/**', '*.{js,mjs,ts}', '.*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
