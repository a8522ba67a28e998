import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DomObserver } from '../../../src/content/observer';
import { PROTOCOL } from '../../../src/messages/protocol';

const request = vi.hoisted(() => vi.fn(async (_type: string, _payload: unknown): Promise<unknown> => ({ ok: true })));
vi.mock('../../../src/messages/client', () => ({ request }));

const { pageVisit } = await import('../../../src/content/features/page-visit');

const observer: DomObserver = { onBatch: () => undefined, watch: () => undefined, disconnect: () => undefined };

/** Runs the feature on `url` and returns the one message it sent. */
async function visit(url: string) {
  await pageVisit.init({ url, signal: new AbortController().signal, observer });
  expect(request).toHaveBeenCalledTimes(1);
  const [type, payload] = request.mock.calls[0]!;
  expect(type).toBe('page.visited');
  // What the background will accept.
  expect(PROTOCOL['page.visited'].request.safeParse(payload).success).toBe(true);
  return payload;
}

beforeEach(() => request.mockClear());

describe('page visit', () => {
  it('runs on every page', () => {
    expect(pageVisit.runsOn('https://www.linkedin.com/feed/')).toBe(true);
    expect(pageVisit.runsOn('https://www.linkedin.com/in/ana-garcia-1a2b/')).toBe(true);
  });

  it('names a profile by origin and path, with its decoded slug', async () => {
    const payload = await visit('https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA#about');
    expect(payload).toStrictEqual({
      url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/',
      route: 'profile',
      slug: 'lucía-fernández-ortega-4b7e21',
    });
  });

  it('reports a member-id profile URL as a profile without a slug', async () => {
    const url = 'https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456789/';
    const payload = await visit(url);
    expect(payload).toEqual({ url, route: 'profile' });
    expect((payload as { slug?: string }).slug).toBeUndefined();
  });

  it('reports any other page as "other", without its query', async () => {
    expect(await visit('https://www.linkedin.com/feed/?trk=x')).toStrictEqual({ url: 'https://www.linkedin.com/feed/', route: 'other' });
  });

  it('reports a profile\'s separate sub-pages as "other"', async () => {
    expect(await visit('https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/')).toStrictEqual({
      url: 'https://www.linkedin.com/in/ana-garcia-1a2b/recent-activity/all/',
      route: 'other',
    });
  });

  it('fails when the background does not answer, so the feature manager can log it', async () => {
    request.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    await expect(pageVisit.init({ url: 'https://www.linkedin.com/feed/', signal: new AbortController().signal, observer })).rejects.toThrow(
      'Receiving end does not exist.',
    );
  });
});
