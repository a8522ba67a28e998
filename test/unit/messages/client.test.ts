import { beforeEach, describe, expect, it, vi } from 'vitest';
import { request, tell } from '../../../src/messages/client';
import { createDispatcher, type Handlers } from '../../../src/messages/registry';
import { browserMock, resetBrowserMock, setMessageSender } from '../mocks/webextension-polyfill';

/*
 * The content script's client against the worker's real dispatcher (registry.ts), wired as background/index.ts
 * wires it: the client takes the worker's answers as they come, since the worker checks them against the
 * protocol before they leave; what it must still tell apart is an answer from a failure, and from no answer.
 */

const lookup = vi.fn<Handlers['people.lookup']>();

beforeEach(() => {
  resetBrowserMock();
  lookup.mockReset();
  const dispatch = createDispatcher({ 'people.lookup': lookup } as unknown as Handlers, { ownId: browserMock.runtime.id, allowedOrigins: ['https://www.linkedin.com'] });
  browserMock.runtime.onMessage.addListener((message: unknown, sender) =>
    dispatch(message, { extensionId: sender.id, tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url }),
  );
  setMessageSender({ id: browserMock.runtime.id, url: 'https://www.linkedin.com/in/ana/', tab: { id: 3 }, frameId: 0 });
});

const ana = { stage: 'conversation' as const, tags: ['madrid'], notes: 2, threads: 0, recurring: false };

describe('the content script client', () => {
  it('returns the worker’s answer', async () => {
    lookup.mockResolvedValue({ people: [ana, null] });
    expect(await request('people.lookup', { people: [{ slug: 'ana' }, { slug: 'bea' }] })).toEqual({ people: [ana, null] });
    expect(lookup).toHaveBeenCalledWith({ people: [{ slug: 'ana' }, { slug: 'bea' }] }, expect.objectContaining({ tabId: 3 }));
  });

  it('throws what the worker refused or failed at, with the request type', async () => {
    await expect(request('people.lookup', { people: [] })).rejects.toThrow(/^people\.lookup: rejected: invalid people\.lookup/);
    lookup.mockRejectedValue(new Error('database closed'));
    await expect(request('people.lookup', { people: [{ slug: 'ana' }] })).rejects.toThrow('people.lookup: failed: database closed');
    // An answer the protocol does not allow never leaves the worker.
    lookup.mockResolvedValue({ people: [{ ...ana, stage: 'best friend' }] } as never);
    await expect(request('people.lookup', { people: [{ slug: 'ana' }] })).rejects.toThrow(/people\.lookup: failed: people\.lookup produced an invalid answer/);
  });

  it('throws when nothing that is an answer comes back', async () => {
    browserMock.runtime.onMessage.listeners.clear();
    await expect(request('people.lookup', { people: [{ slug: 'ana' }] })).rejects.toThrow(/Receiving end does not exist/);
    for (const answer of ['yes', { ok: 'true' }, { ok: false }, null]) {
      browserMock.runtime.onMessage.listeners.clear();
      browserMock.runtime.onMessage.addListener(async () => answer);
      await expect(request('people.lookup', { people: [{ slug: 'ana' }] })).rejects.toThrow('people.lookup: the worker gave no answer');
    }
  });

  it('tells without throwing: a failure is logged for developers only', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    lookup.mockRejectedValue(new Error('database closed'));
    tell('people.lookup', { people: [{ slug: 'ana' }] });
    await vi.waitFor(() => expect(debug).toHaveBeenCalledWith('[Vínculo] people.lookup failed', expect.any(Error)));
    debug.mockRestore();
  });
});
