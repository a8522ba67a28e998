import { config } from 'zod/mini';
import { en } from 'zod/locales';
import { measure } from '../core/measure';
import { Envelope, MAX_MESSAGE_BYTES, PROTOCOL, type Reply, type RequestOf, type RequestType, type ResponseOf } from './protocol';

/** Who sent a message, as the browser reports it (never as the message claims). */
export interface Sender {
  extensionId: string | undefined;
  tabId: number | undefined;
  frameId: number | undefined;
  url: string | undefined;
}

export type Handlers = { [T in RequestType]: (request: RequestOf<T>, sender: Sender & { tabId: number }) => Promise<ResponseOf<T>> };

export interface DispatchOptions {
  ownId: string;
  /** Origins whose content scripts may talk to us. */
  allowedOrigins: readonly string[];
}

/** URL.parse would be shorter but needs Chrome 126; the manifest allows 116. */
function originOf(url: string | undefined): string {
  try {
    return url ? new URL(url).origin : '';
  } catch {
    return '';
  }
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Validates sender, size and shape of a message, runs its handler and validates the answer too.
 * Never throws: every failure becomes `{ ok: false, error }` with a reason a developer can act on.
 */
export function createDispatcher(handlers: Handlers, options: DispatchOptions) {
  // zod/mini ships without messages ("Invalid input"); the worker can afford English ones in its rejections.
  config(en());

  return async (raw: unknown, sender: Sender): Promise<Reply> => {
    try {
      if (sender.extensionId !== options.ownId) return { ok: false, error: 'rejected: message from another extension' };
      if (sender.tabId === undefined || !options.allowedOrigins.includes(originOf(sender.url))) {
        return { ok: false, error: `rejected: sender is not a content script on ${options.allowedOrigins.join(', ')}` };
      }
      const size = JSON.stringify(raw ?? null).length;
      if (size > MAX_MESSAGE_BYTES) return { ok: false, error: `rejected: message of ${size} bytes exceeds ${MAX_MESSAGE_BYTES}` };
      const envelope = Envelope.safeParse(raw);
      if (!envelope.success) return { ok: false, error: `rejected: not a known message (${issues(envelope.error)})` };
      return await run(envelope.data.type, envelope.data.payload, { ...sender, tabId: sender.tabId });
    } catch (error) {
      return { ok: false, error: `failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };

  async function run<T extends RequestType>(type: T, payload: unknown, sender: Sender & { tabId: number }): Promise<Reply> {
    // The page the tab shows is the top frame's; LinkedIn's same-origin iframes must not speak for it.
    if (sender.frameId !== 0 && !('fromFrames' in PROTOCOL[type])) return { ok: false, error: `rejected: ${type} is accepted from the top frame only` };
    const request = PROTOCOL[type].request.safeParse(payload);
    if (!request.success) return { ok: false, error: `rejected: invalid ${type} (${issues(request.error)})` };
    const handler = handlers[type] as (r: unknown, s: Sender & { tabId: number }) => Promise<unknown>;
    const started = performance.now();
    const answer = await handler(request.data, sender);
    measure(`vinculo:${type}`, started);
    const response = PROTOCOL[type].response.safeParse(answer);
    if (!response.success) return { ok: false, error: `failed: ${type} produced an invalid answer (${issues(response.error)})` };
    return { ok: true, value: response.data };
  }
}
