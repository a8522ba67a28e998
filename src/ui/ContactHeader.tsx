import type { Contact } from '../core/model/contact';
import { displayName } from '../core/model/contact';
import { t, type MessageKey } from './i18n';

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'fieldName',
  headline: 'fieldHeadline',
  location: 'fieldLocation',
  position: 'fieldPosition',
  company: 'fieldCompany',
  degree: 'fieldDegree',
  about: 'fieldAbout',
  memberId: 'fieldMemberId',
  editor: 'fieldEditor',
  sendButton: 'fieldSendButton',
  recipient: 'fieldRecipient',
  addNoteButton: 'fieldAddNoteButton',
  sendWithoutNoteButton: 'fieldSendWithoutNoteButton',
  noteField: 'fieldNoteField',
  inviteeName: 'fieldInviteeName',
  maxLength: 'fieldMaxLength',
};

/** Names of the reader's missing fields, in the user's language ("headline, location"). */
export function missingFieldsText(missing: readonly string[]): string {
  return missing.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(', ');
}

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
        <a href={`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`} target="_blank" rel="noreferrer">
          linkedin.com/in/{slug}
        </a>
      </p>
    </header>
  );
}
