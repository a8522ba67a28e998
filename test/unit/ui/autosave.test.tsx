import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, flushAllAutosaves, useAutosave } from '../../../src/ui/autosave';

/*
 * useAutosave in a real Preact tree rendered into a linkedom document. Each editor shows its status in an
 * <output>; the test types through the hook's `changed` (what an onInput handler calls) and controls time
 * with fake timers and the saves with promises it resolves or rejects itself.
 */

type Save = (text: string) => Promise<void>;
type Autosave = ReturnType<typeof useAutosave>;

function Editor({ save, expose }: { save: Save; expose: (autosave: Autosave) => void }) {
  const autosave = useAutosave(save);
  expose(autosave);
  return <output>{autosave.status}</output>;
}

let page: ReturnType<typeof parseHTML>;
let container: Element;

/** Renders one editor per save function; `editor(i)` is the hook of the i-th, `status(i)` what it shows. */
async function mount(...saves: Save[]) {
  const hooks: Autosave[] = [];
  await act(() => render(<>{saves.map((save, i) => <Editor key={i} save={save} expose={(autosave) => (hooks[i] = autosave)} />)}</>, container));
  return {
    editor: (i = 0) => hooks[i]!,
    status: (i = 0) => container.querySelectorAll('output')[i]?.textContent,
  };
}

const unmount = () => act(() => render(null, container));
/** Types the whole text into an editor (as its onInput handler would). */
const type = (autosave: Autosave, text: string) => act(() => autosave.changed(text));
/** Lets `ms` of fake time pass, settling the saves' promises and Preact's re-renders on the way. */
const wait = (ms = 0) => act(() => vi.advanceTimersByTimeAsync(ms).then(() => undefined));
/** Runs `flush` inside act and returns what it resolved to. */
async function settle(flush: () => Promise<boolean>): Promise<boolean> {
  let result: boolean | undefined;
  await act(async () => void (result = await flush()));
  return result!;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

beforeEach(() => {
  // Preact re-renders on queueMicrotask: only timers are faked.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  page = parseHTML('<!doctype html><html><body><main></main></body></html>');
  // The hook listens for pagehide on the global scope and for visibilitychange on the document.
  vi.stubGlobal('document', page.document);
  vi.stubGlobal('addEventListener', page.window.addEventListener.bind(page.window));
  vi.stubGlobal('removeEventListener', page.window.removeEventListener.bind(page.window));
  container = page.document.querySelector('main')!;
});

afterEach(async () => {
  await unmount();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useAutosave', () => {
  it('saves the last text once, AUTOSAVE_DELAY_MS after the last keystroke', async () => {
    const save = vi.fn<Save>(async () => undefined);
    const { editor, status } = await mount(save);
    expect(status()).toBe('idle');

    await type(editor(), 'H');
    await wait(AUTOSAVE_DELAY_MS - 100);
    await type(editor(), 'He');
    await wait(AUTOSAVE_DELAY_MS - 100);
    await type(editor(), 'Hello');
    expect(status()).toBe('pending');

    await wait(AUTOSAVE_DELAY_MS - 1);
    expect(save).not.toHaveBeenCalled();
    await wait(1);
    expect(save.mock.calls).toEqual([['Hello']]);
    expect(status()).toBe('saved');

    await wait(AUTOSAVE_DELAY_MS * 4);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('runs saves one at a time, so a slow save never overwrites a newer text', async () => {
    let stored: string | undefined;
    const slow = deferred();
    const started: string[] = [];
    const save = vi.fn<Save>((text) => {
      started.push(text);
      return (text === 'first' ? slow.promise : Promise.resolve()).then(() => void (stored = text));
    });
    const { editor, status } = await mount(save);

    await type(editor(), 'first');
    await wait(AUTOSAVE_DELAY_MS);
    expect(started).toEqual(['first']);
    expect(status()).toBe('saving');

    await type(editor(), 'first and second');
    await wait(AUTOSAVE_DELAY_MS);
    // The second save waits for the first.
    expect(started).toEqual(['first']);

    await act(async () => slow.resolve());
    await wait();
    expect(started).toEqual(['first', 'first and second']);
    expect(stored).toBe('first and second');
    expect(status()).toBe('saved');
  });

  it('shows an error when a save fails, and the next flush saves the same text again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const save = vi.fn<Save>().mockRejectedValueOnce(new Error('QuotaExceededError')).mockResolvedValue(undefined);
    const { editor, status } = await mount(save);

    await type(editor(), 'Met at the meetup');
    expect(await settle(() => editor().flush())).toBe(false);
    expect(status()).toBe('error');
    expect(consoleError).toHaveBeenCalled();

    expect(await settle(() => editor().flush())).toBe(true);
    expect(save.mock.calls).toEqual([['Met at the meetup'], ['Met at the meetup']]);
    expect(status()).toBe('saved');
  });

  it('saves pending text at once when the editor goes away', async () => {
    const save = vi.fn<Save>(async () => undefined);
    const { editor } = await mount(save);
    await type(editor(), 'closing mid-wor');

    await unmount();
    await wait();
    expect(save.mock.calls).toEqual([['closing mid-wor']]);
    await wait(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves pending text at once when the page is hidden', async () => {
    const save = vi.fn<Save>(async () => undefined);
    const { editor } = await mount(save);

    await type(editor(), 'before pagehide');
    await act(() => void page.window.dispatchEvent(new page.Event('pagehide')));
    await wait();
    expect(save.mock.calls).toEqual([['before pagehide']]);

    await type(editor(), 'before the tab is hidden');
    await act(() => void page.document.dispatchEvent(new page.Event('visibilitychange')));
    await wait();
    expect(save.mock.calls).toEqual([['before pagehide'], ['before the tab is hidden']]);
  });

  it('forgets discarded text: no save on the timer, on flush or on unmount', async () => {
    const save = vi.fn<Save>(async () => undefined);
    const { editor } = await mount(save);

    await type(editor(), 'a note about to be deleted');
    await act(() => editor().discard());
    await wait(AUTOSAVE_DELAY_MS * 2);
    expect(await settle(() => editor().flush())).toBe(true);
    await unmount();
    await wait();
    expect(save).not.toHaveBeenCalled();
  });

  it('a save of discarded text that fails in flight is not retried, and leaves no error behind', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const inFlight = deferred();
    const save = vi.fn<Save>(() => inFlight.promise);
    const { editor, status } = await mount(save);

    await type(editor(), 'deleted note');
    await wait(AUTOSAVE_DELAY_MS);
    expect(save).toHaveBeenCalledTimes(1);
    await act(() => editor().discard());
    inFlight.reject(new Error('note does not exist'));
    await wait();
    expect(await settle(() => editor().flush())).toBe(true);
    expect(status()).not.toBe('error');
    await unmount();
    await wait();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('flushAllAutosaves', () => {
  it('saves the pending text of every mounted editor without waiting for the delay', async () => {
    const saveNote = vi.fn<Save>(async () => undefined);
    const saveDraft = vi.fn<Save>(async () => undefined);
    const { editor, status } = await mount(saveNote, saveDraft);
    await type(editor(0), 'note text');
    await type(editor(1), 'draft text');

    expect(await settle(flushAllAutosaves)).toBe(true);
    expect(saveNote.mock.calls).toEqual([['note text']]);
    expect(saveDraft.mock.calls).toEqual([['draft text']]);
    expect([status(0), status(1)]).toEqual(['saved', 'saved']);
  });

  it('resolves false when any save fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failsOnce = vi.fn<Save>().mockRejectedValueOnce(new Error('disk full')).mockResolvedValue(undefined);
    const { editor } = await mount(async () => undefined, failsOnce);
    await type(editor(0), 'fine');
    await type(editor(1), 'fails');
    expect(await settle(flushAllAutosaves)).toBe(false);
  });

  it('leaves out editors that were unmounted, even one whose last save failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const save = vi.fn<Save>(() => Promise.reject(new Error('gone')));
    const { editor } = await mount(save);
    await type(editor(), 'lost with the editor');
    await unmount();
    await wait();
    expect(save).toHaveBeenCalledTimes(1);

    expect(await settle(flushAllAutosaves)).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
