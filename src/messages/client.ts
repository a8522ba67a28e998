import browser from 'webextension-polyfill';
import { PROTOCOL, Reply, type RequestOf, type RequestType, type ResponseOf } from './protocol';

/** Sends a typed request to the background worker; the answer is validated before it is returned. */
export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = Reply.parse(await browser.runtime.sendMessage({ type, payload }));
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return PROTOCOL[type].response.parse(reply.value) as ResponseOf<T>;
}

/**
 * Sends a request whose answer the caller does not need (a report, a record of something the user did). A
 * failure is logged, never thrown: the page the user is on must carry on whatever happens to our worker.
 */
export function tell<T extends RequestType>(type: T, payload: RequestOf<T>): void {
  request(type, payload).catch((error: unknown) => console.debug(`[Vínculo] ${type} failed`, error));
}
