import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { createDomObserver } from '../../../src/content/observer';
import { createShadowHost } from '../../../src/content/shadow-host';

describe('shared DOM observer', () => {
  it('calls listeners once per scheduled frame for a batch of mutations, until the signal aborts', async () => {
    const { document, MutationObserver } = parseHTML('<html><body><main></main></body></html>');
    vi.stubGlobal('MutationObserver', MutationObserver);
    const frames: (() => void)[] = [];
    const observer = createDomObserver(document.body, (run) => void frames.push(run));
    const listener = vi.fn();
    const controller = new AbortController();
    observer.onBatch(listener, controller.signal);

    const main = document.querySelector('main')!;
    for (let i = 0; i < 50; i++) main.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(listener).toHaveBeenCalledTimes(1);

    controller.abort();
    main.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    frames.forEach((f) => f());
    expect(listener).toHaveBeenCalledTimes(1);
    observer.disconnect();
    vi.unstubAllGlobals();
  });

  it('watches a shadow root on request: changes inside one are invisible from the document', async () => {
    const { document, MutationObserver } = parseHTML('<html><body><div id="outlet"></div></body></html>');
    vi.stubGlobal('MutationObserver', MutationObserver);
    const observer = createDomObserver(document.body, (run) => run());
    const listener = vi.fn();
    observer.onBatch(listener, new AbortController().signal);
    const root = document.getElementById('outlet')!.attachShadow({ mode: 'open' });
    observer.watch(root);
    observer.watch(root);
    root.append(document.createElement('section'));
    await new Promise((r) => setTimeout(r, 0));
    expect(listener).toHaveBeenCalledTimes(1);
    observer.disconnect();
    vi.unstubAllGlobals();
  });

  it('a listener that throws does not stop the next one', async () => {
    const { document, MutationObserver } = parseHTML('<html><body></body></html>');
    vi.stubGlobal('MutationObserver', MutationObserver);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const observer = createDomObserver(document.body, (run) => run());
    const second = vi.fn();
    const signal = new AbortController().signal;
    observer.onBatch(() => {
      throw new Error('bad feature');
    }, signal);
    observer.onBatch(second, signal);
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    expect(second).toHaveBeenCalledTimes(1);
    expect(debug).toHaveBeenCalled();
    observer.disconnect();
    debug.mockRestore();
    vi.unstubAllGlobals();
  });
});

describe('shadow host', () => {
  it('puts injected UI in a closed shadow root beside the anchor, with styles reset', () => {
    const { document } = parseHTML('<html><body><h2 id="name">Ana</h2></body></html>');
    const anchor = document.getElementById('name')!;
    const { host, root, remove } = createShadowHost(anchor, '.badge { color: red; }');
    expect(anchor.nextElementSibling).toBe(host);
    expect(host.shadowRoot).toBeNull();
    expect(root.querySelector('style')?.textContent).toContain(':host { all: initial; }');
    remove();
    expect(document.querySelector('vinculo-ui')).toBeNull();
  });
});
