import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, openExtensionPage, openLinkedInPage, waitForContentScript, type ExtensionHarness } from './harness';

/*
 * The compose guard's history-aware lookup (guard.context) in real Chromium IndexedDB, with 10,000 and 100,000
 * sent messages stored: the worker reads only the messages sharing an LSH band with the draft (the `bands`
 * multiEntry index), so the time must not grow with the history. Figures are printed for the closing note.
 */

let ext: ExtensionHarness | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

/** Adds `count` sent messages with random band keys (unrelated texts) in one transaction, from an extension page. */
async function seed(ext: ExtensionHarness, from: number, count: number): Promise<void> {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'src/options/index.html#settings');
  await page.evaluate(
    ({ from, count }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('vinculo');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('interactions', 'readwrite');
          const store = tx.objectStore('interactions');
          const signature = btoa(String.fromCharCode(...new Uint8Array(256)));
          for (let i = from; i < from + count; i++) {
            const bands = Array.from({ length: 16 }, (_, b) => `b${b}:${Math.floor(Math.random() * 2 ** 32).toString(36)}`);
            store.put({ id: crypto.randomUUID(), contactId: `seed-${i % 5000}`, kind: 'message', day: '2026-11-20', text: '', createdAt: Date.now() - 86_400_000, updatedAt: 0, fingerprint: signature, bands });
          }
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { from, count },
  );
  await page.close();
}

describe('history lookup in Chromium IndexedDB', () => {
  it('guard.context stays fast at 10,000 and 100,000 sent messages', async () => {
    ext = await launchExtension();
    const linkedin = await openLinkedInPage(ext, 'https://www.linkedin.com/feed/', '<!doctype html><html lang="en"><head><title>Feed | LinkedIn</title></head><body><main></main></body></html>');
    const content = await waitForContentScript(linkedin, ext.extensionId);
    const draft = 'Hi Ana, we help agencies like yours book more qualified demos every month with our outbound platform. '.repeat(20).slice(0, 2000);
    const time = () =>
      content.evaluate<number[]>(`(async () => {
        const times = [];
        for (let i = 0; i < 30; i++) {
          const started = performance.now();
          const reply = await chrome.runtime.sendMessage({ type: 'guard.context', payload: { recipient: { slug: 'ana' }, text: ${JSON.stringify(draft)} } });
          if (!reply.ok) throw new Error(reply.error);
          times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b);
      })()`);
    const figures: string[] = [];
    let stored = 0;
    for (const target of [10_000, 100_000]) {
      const started = Date.now();
      for (; stored < target; stored += 10_000) await seed(ext, stored, 10_000);
      const seeded = Date.now() - started;
      const times = await time();
      const p50 = times[15]!;
      const p99 = times[29]!;
      figures.push(`${target} sent: guard.context round trip p50 ${p50.toFixed(1)} ms, max of 30 ${p99.toFixed(1)} ms (seeding took ${seeded} ms)`);
      expect(p50).toBeLessThan(100);
    }
    console.log(`history lookup in Chromium:\n  ${figures.join('\n  ')}`);
  }, 300_000);
});
