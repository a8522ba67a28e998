import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/*
 * Test configuration, kept apart from vite.config.ts so that unit tests never load @crxjs/vite-plugin
 * (it rewrites the manifest and wants a full build) and so e2e tests run against the built dist/.
 *
 *   npm run test:unit   -> project "unit": node, fake-indexeddb, webextension-polyfill mocked
 *   npm run test:e2e    -> project "e2e":  node driving Debian's chromium with dist/ loaded (needs `npm run build`)
 */
const mockPolyfill = fileURLToPath(new URL('./test/unit/mocks/webextension-polyfill.ts', import.meta.url));

export default defineConfig({
  // Same JSX as tsconfig (jsx: react-jsx, jsxImportSource: preact), stated here so .tsx tests never fall
  // back to React's runtime whatever the transformer infers.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        resolve: {
          // webextension-polyfill throws on import outside an extension; unit tests get an in-memory stand-in.
          alias: [{ find: /^webextension-polyfill$/, replacement: mockPolyfill }],
        },
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          // Every core: nothing else runs beside the unit tests, and vitest's default leaves one idle (on CI's two
          // cores, one worker: 130 s instead of 96 s for the whole unit suite).
          maxWorkers: availableParallelism(),
          // Not UTC, so that code mixing up local days and UTC days fails here as it would for most users.
          env: { TZ: 'America/Mexico_City' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          // One Chromium at a time: each test file launches its own browser and profile.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
