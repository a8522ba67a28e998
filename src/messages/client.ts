import browser from 'webextension-polyfill';
import type { Reply, RequestOf, RequestType, ResponseOf } from './protocol';

/*
 * The content script's side of the protocol. Its answers are not parsed again here: only our own extension can
 * answer a content script's runtime.sendMessage, and the worker checks every answer against the protocol's schema
 * before it leaves (registry.ts), so a second zod check would re-check our own worker. It would also cost every
 * LinkedIn page: importing the schemas builds them all on each page load, about 3 ms of the page's main thread
 * (test/bench/page-cost-bench.ts). So this module takes protocol.ts's types only; the types keep both sides in step.
 */

/** The wire format of an answer, as far as telling success from failure needs. */
function isReply(value: unknown): value is Reply {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error } = value as { ok?: unknown; error?: unknown };
  return ok === true || (ok === false && typeof error === 'string');
}

/** Sends a typed request to the background worker and returns its answer (checked by the worker, see above). */
export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, payload });
  if (!isReply(reply)) throw new Error(`${type}: the worker gave no answer`);
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return reply.value as ResponseOf<T>;
}

/**
 * Sends a request whose answer the caller does not need (a report, a record of something the user did). A
 * failure is logged, never thrown: the page the user is on must carry on whatever happens to our worker.
 */
export function tell<T extends RequestType>(type: T, payload: RequestOf<T>): void {
  request(type, payload).catch((error: unknown) => console.debug(`[Vínculo] ${type} failed`, error));
}
