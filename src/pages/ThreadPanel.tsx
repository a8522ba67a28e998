import { useState } from 'preact/hooks';
import { ensureRecipient, findRecipient, tagContact } from '../storage/contacts';
import { profileUrl } from '../linkedin/routes';
import { db } from '../storage/db';
import { threadParticipants, type ThreadParticipant } from '../storage/sightings';
import { t, tCount, type MessageKey } from '../ui/i18n';
import { useLiveQuery } from './use-live-query';
import { useSettings } from './use-settings';

/**
 * F2 on a thread page: who took part in the threads on screen, recurring participants first, each with their
 * stage and one click to keep them as a contact or tag them (seed 002: those who keep coming back to the same
 * debates are the relationships worth starting).
 */
export function ThreadPanel({ threadIds }: { threadIds: readonly string[] }) {
  const settings = useSettings();
  const minThreads = settings.recurringMinThreads;
  const people = useLiveQuery(() => threadParticipants(db(), threadIds, minThreads), [threadIds.join(','), minThreads]);
  return (
    <section class="card" aria-labelledby="participants-title">
      <h1 id="participants-title">{t('participantsTitle')}</h1>
      <p class="secondary small">{t('participantsHelp', minThreads)}</p>
      {people && people.length === 0 && <p class="secondary">{t('participantsNone')}</p>}
      <ul class="participants">
        {people?.map((p) => <ParticipantRow key={p.person.keys[0]} participant={p} />)}
      </ul>
    </section>
  );
}

function ParticipantRow({ participant }: { participant: ThreadParticipant }) {
  const { person, recurring, threads } = participant;
  // Each row follows its own contact record: adding or tagging someone updates their row at once.
  const contact = useLiveQuery(() => findRecipient(db(), { slug: person.slug, memberId: person.memberId }), [person.slug, person.memberId]);
  const [tag, setTag] = useState('');
  
  const keep = () => ensureRecipient(db(), { slug: person.slug, memberId: person.memberId, name: person.name });
  return (
    <li class={recurring ? 'participant recurring' : 'participant'}>
      <div class="participant-head">
        <a href={profileUrl(person.slug ?? person.memberId!)} target="_blank" rel="noreferrer" class="participant-name">
          {person.name}
        </a>
        {recurring && <span class="chip accent">{t('historyRecurring')}</span>}
      </div>
      <p class="secondary small">
        {[
          person.author ? t('participantAuthor') : tCount(person.comments, 'participantOneComment', 'participantComments'),
          threads > 1 ? tCount(threads, 'historySeenInOneThread', 'historySeenInThreads') : undefined,
          contact ? t(`stage_${contact.stage}` as MessageKey) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {person.excerpt && <p class="excerpt">“{person.excerpt}”</p>}
      <div class="participant-actions">
        {!contact && (
          <button type="button" class="secondary-button" onClick={() => void keep()}>
            {t('participantKeep')}
          </button>
        )}
        <form
          class="quick-tag"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!tag.trim()) return;
            const kept = await keep();
            if (kept) await tagContact(db(), kept.id, tag);
            setTag('');
          }}
        >
          <input
            value={tag}
            onInput={(e) => setTag(e.currentTarget.value)}
            placeholder={t('participantTagPlaceholder')}
            aria-label={t('participantTagLabel', person.name)}
          />
          <button type="submit" class="secondary-button" disabled={!tag.trim()}>
            {t('participantTagAdd')}
          </button>
        </form>
        {contact && contact.tags.length > 0 && <span class="secondary small">{contact.tags.join(', ')}</span>}
      </div>
    </li>
  );
}
