import { describe, expect, it, vi } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../src/messages/protocol';
import { createDispatcher, type Handlers, type Sender } from '../../../src/messages/registry';

const linkedin: Sender = { extensionId: 'me', tabId: 7, frameId: 0, url: 'https://www.linkedin.com/in/ana/' };

const okJudgement = { level: 'ok' as const, lang: 'en' as const, reasons: [], suggestions: [] };

function setup() {
  const handlers = {
    'page.visited': vi.fn(async () => ({ ok: true as const })),
    'profile.read': vi.fn(async () => ({ contactId: 'ana' })),
    'reader.ran': vi.fn(async () => ({ ok: true as const })),
    'guard.context': vi.fn(async () => ({ recipient: null, sentToOthers: { recipients: 0, similarity: 0 }, guard: { hold: true, newConnectionDays: 14, massMinRecipients: 3, massSimilarity: 0.8, massWindowDays: 14 }, judgement: okJudgement })),
    'invite.judge': vi.fn(async () => ({ judgement: okJudgement })),
    'message.sent': vi.fn(async () => ({ contactId: null })),
    'invite.sent': vi.fn(async () => ({ contactId: null })),
    'invite.remind': vi.fn(async () => ({ contactId: null })),
    'thread.seen': vi.fn(async () => ({ ok: true as const })),
    'people.lookup': vi.fn(async () => ({ people: [] })),
    'panel.open': vi.fn(async () => ({ opened: true })),
    'person.threads': vi.fn(async () => ({ threads: [] })),
  } satisfies Handlers;
  return { handlers, dispatch: createDispatcher(handlers, { ownId: 'me', allowedOrigins: ['https://www.linkedin.com'] }) };
}

const validRead = { type: 'profile.read', payload: { snapshot: { slug: 'ana', name: 'Ana' }, missing: ['about'] } };
const validRun = { type: 'reader.ran', payload: { reader: 'profile', pageKind: 'profile-sdui-2026', url: 'https://www.linkedin.com/in/ana/', found: ['name'], missing: [] } };

describe('dispatcher', () => {
  it('runs the handler of a valid message from our content script and validates its answer', async () => {
    const { dispatch, handlers } = setup();
    expect(await dispatch(validRead, linkedin)).toEqual({ ok: true, value: { contactId: 'ana' } });
    expect(handlers['profile.read']).toHaveBeenCalledWith(validRead.payload, linkedin);
  });

  it.each([
    ['another extension', { ...linkedin, extensionId: 'someone-else' }, /another extension/],
    ['a page that is not LinkedIn', { ...linkedin, url: 'https://evil.example/in/ana/' }, /not a content script/],
    ['a look-alike host', { ...linkedin, url: 'https://www.linkedin.com.evil.example/' }, /not a content script/],
    ['no tab', { ...linkedin, tabId: undefined }, /not a content script/],
    ['an iframe inside LinkedIn (for the page it is not)', { ...linkedin, frameId: 3 }, /profile\.read is accepted from the top frame only/],
    ['a sender without URL', { ...linkedin, url: undefined }, /not a content script/],
  ])('rejects a message from %s', async (_, sender, error) => {
    const { dispatch, handlers } = setup();
    const reply = await dispatch(validRead, sender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(handlers['profile.read']).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'hello', /not a known message/],
    ['an unknown type', { type: 'contacts.deleteAll', payload: {} }, /not a known message/],
    ['a bad slug', { ...validRead, payload: { ...validRead.payload, snapshot: { slug: 'a/b c' } } }, /snapshot\.slug/],
    ['an unknown field in missing', { ...validRead, payload: { ...validRead.payload, missing: ['shoe size'] } }, /missing\.0/],
    ['an unknown reader', { ...validRun, payload: { ...validRun.payload, reader: 'x' } }, /reader/],
    ['a name too long', { ...validRead, payload: { ...validRead.payload, snapshot: { slug: 'ana', name: 'x'.repeat(201) } } }, /snapshot\.name: Too big: expected string to have <=200 characters/],
  ])('rejects %s with a clear error', async (_, message, error) => {
    const { dispatch, handlers } = setup();
    expect(await dispatch(message, linkedin)).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(handlers['profile.read']).not.toHaveBeenCalled();
    expect(handlers['reader.ran']).not.toHaveBeenCalled();
  });

  it('accepts the compose guard from LinkedIn\'s iframes, where the messaging overlay may live', async () => {
    const { dispatch, handlers } = setup();
    const reply = await dispatch({ type: 'guard.context', payload: { recipient: null, text: 'hi' } }, { ...linkedin, frameId: 3 });
    expect(reply).toMatchObject({ ok: true });
    expect(handlers['guard.context']).toHaveBeenCalledTimes(1);
  });

  it('rejects an oversized message before parsing it', async () => {
    const { dispatch } = setup();
    const huge = { ...validRead, payload: { ...validRead.payload, padding: 'x'.repeat(MAX_MESSAGE_BYTES) } };
    expect(await dispatch(huge, linkedin)).toMatchObject({ ok: false, error: expect.stringMatching(/exceeds/) });
  });

  it('reports a handler that fails or answers out of protocol, without throwing', async () => {
    const { dispatch, handlers } = setup();
    handlers['profile.read'].mockRejectedValueOnce(new Error('disk full'));
    expect(await dispatch(validRead, linkedin)).toEqual({ ok: false, error: 'failed: disk full' });
    handlers['profile.read'].mockResolvedValueOnce({ contactId: 'not a slug' } as never);
    expect(await dispatch(validRead, linkedin)).toMatchObject({ ok: false, error: expect.stringMatching(/invalid answer/) });
  });
});
