import type Browser from 'webextension-polyfill';

/*
 * What `import browser from 'webextension-polyfill'` resolves to in the content script's build (vite.config.ts).
 * Under Manifest V3 both browsers already give promise-returning APIs: Firefox as `browser`, Chrome as `chrome`,
 * which is all the polyfill would add. The content script uses a handful of them (runtime.sendMessage,
 * runtime.id, i18n) and pays for every byte on every LinkedIn page, so it takes the native object directly.
 */
const native = (globalThis as { browser?: typeof Browser; chrome?: typeof Browser }).browser ?? (globalThis as { chrome?: typeof Browser }).chrome;

export default native as typeof Browser;
