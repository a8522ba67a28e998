import { seenThreads } from '../../core/model/seen-threads';
import { postOfUrl, readThreads, type ThreadReading } from '../../linkedin/read/thread';
import { isGroupPost, isThreadPage, postUrl } from '../../linkedin/routes';
import { tell } from '../../messages/client';
import { pageOf } from '../../messages/wire';
import type { Feature } from '../feature-manager';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';

/** How long after the page opens its health run is recorded, unless the user leaves sooner (posts render in pieces). */
export const THREAD_HEALTH_DELAY_MS = 8000;

/**
 * F2: reads the posts on screen with their comments and tells the worker who took part in each thread the user
 * views. A post's own page (a `/feed/update/` post, a group discussion) is a thread viewed by opening it; any
 * other post (the feed, a profile's activity, suggestions beside a post) counts once its discussion is on screen
 * (comments shown), not merely scrolled past. Comments that load later ("Load more comments") arrive in later DOM batches and are sent again;
 * the worker merges, so nobody is counted twice. One health run per page view, with what was skipped and why.
 */
export const threadReader: Feature = {
  id: 'thread-reader',
  runsOn: isThreadPage,
  init({ url, signal, observer }) {
    if (signal.aborted) return;
    const page = pageOf(url) ?? url;
    /** The post this page is about (a /feed/update/ post, a group discussion), if it is one post's page. */
    const own = postOfUrl(url);
    const isOwn = (reading: ThreadReading, id: string) => (own ? id === own : isGroupPost(url) && reading.threads[0]?.id === id);
    /** What was last sent per thread: a later batch with nothing new sends nothing. */
    const sent = new Map<string, string>();
    let last: ThreadReading | undefined;

    const read = () => {
      const reading = readThreads(document, url);
      last = reading;
      for (const thread of reading.threads) {
        // The page's own post is viewed by opening it; any other post once its comments are on screen.
        const opened = isOwn(reading, thread.id);
        if (!opened && thread.comments.length === 0) continue;
        const chunks = seenThreads(thread);
        const signature = chunks.flatMap((c) => c.participants.map((p) => `${p.slug ?? p.memberId}:${p.comments}`)).join(',');
        if (!signature || sent.get(thread.id) === signature) continue;
        sent.set(thread.id, signature);
        const link = opened ? page : postUrl(thread.id);
        for (const chunk of chunks) tell('thread.seen', { url: page, link, thread: chunk });
      }
    };

    let reported = false;
    const report = () => {
      if (reported) return;
      reported = true;
      const reading = last ?? readThreads(document, url);
      tell('reader.ran', {
        reader: 'thread',
        pageKind: reading.pageKind,
        url: page,
        found: reading.found,
        missing: reading.missing,
        skipped: reading.skipped.slice(0, 20),
      });
    };
    // Once per page view: after the page had time to render, or when the user leaves it sooner.
    const timer = setTimeout(report, THREAD_HEALTH_DELAY_MS);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        report();
      },
      { once: true },
    );

    observer.onBatch(throttle(read, SCAN_INTERVAL_MS, signal), signal);
    read();
  },
};
