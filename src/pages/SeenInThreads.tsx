import { db } from '../storage/db';
import { threadsOfPerson } from '../storage/sightings';
import { formatAgo, t, tCount } from '../ui/i18n';
import { useLiveQuery } from './use-live-query';

/** On the contact card: the threads the user read where this person took part, with what they wrote there. */
export function SeenInThreads({ slug, memberId }: { slug: string; memberId?: string }) {
  const seen = useLiveQuery(() => threadsOfPerson(db(), { slug, memberId }), [slug, memberId]);
  if (!seen?.length) return null;
  return (
    <section class="card" aria-labelledby="threads-title">
      <h2 id="threads-title">{tCount(seen.length, 'historySeenInOneThread', 'historySeenInThreads')}</h2>
      <ul class="seen-threads">
        {seen.map(({ thread, sighting }) => (
          <li key={thread.id}>
            <a href={thread.url} target="_blank" rel="noreferrer">
              {thread.title ?? (thread.authorName ? t('threadByAuthor', thread.authorName) : t('threadUntitled'))}
            </a>
            <span class="secondary small">
              {' · '}
              {sighting.author ? t('participantAuthor') : tCount(sighting.comments, 'participantOneComment', 'participantComments')}
              {' · '}
              {formatAgo(thread.lastSeenAt)}
            </span>
            {sighting.excerpt && <p class="excerpt">“{sighting.excerpt}”</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
