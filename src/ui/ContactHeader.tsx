import type { Contact } from '../core/model/contact';
import { displayName } from '../core/model/contact';
import { isNameOnly } from '../core/model/name-only';
import { profileUrl } from '../linkedin/routes';
import { t, type MessageKey } from './i18n';

/** The top of the contact card: what the profile page showed about this person. */
export function ContactHeader({ contact, slug }: { contact: Contact | undefined; slug: string }) {
  const profile = contact?.profile ?? {};
  const role = [profile.position, profile.company].filter(Boolean).join(' · ');
  return (
    <header class="contact-header">
      <h1 class="contact-name">
        {contact ? displayName(contact) : slug}
        {profile.degree && (
          <span class="degree" title={t('degreeTitle', profile.degree)}>
            {' · '}
            {t(`degree_${profile.degree}` as MessageKey)}
          </span>
        )}
      </h1>
      {profile.headline && <p class="headline">{profile.headline}</p>}
      {role && <p class="secondary">{role}</p>}
      {profile.location && <p class="secondary">{profile.location}</p>}
      <p class="secondary small">
        <a href={profileUrl(slug)} target="_blank" rel="noreferrer">
          {isNameOnly(slug) ? t('findOnLinkedIn') : `linkedin.com/in/${slug}`}
        </a>
      </p>
    </header>
  );
}
