import browser from 'webextension-polyfill';
import { PROTOCOL, Reply, type RequestOf, type RequestType, type ResponseOf } from './protocol';

/** Sends a typed request to the background worker; the answer is validated before it is returned. */
export async function request<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = Reply.parse(await browser.runtime.sendMessage({ type, payload }));
  if (!reply.ok) throw new Error(`${type}: ${reply.error}`);
  return PROTOCOL[type].response.parse(reply.value) as ResponseOf<T>;
}
