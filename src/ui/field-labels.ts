import { t, type MessageKey } from './i18n';

/** What each field a reader looks for is called in the UI (health table, "could not read" notes). */
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
  post: 'fieldPost',
  author: 'fieldPostAuthor',
  title: 'fieldPostText',
  comments: 'fieldComments',
  commentText: 'fieldCommentText',
  replies: 'fieldReplies',
  json: 'fieldEmbeddedJson',
};

/** Names of the reader's missing fields, in the user's language ("headline, location"). */
export function missingFieldsText(missing: readonly string[]): string {
  return missing.map((f) => (FIELD_LABELS[f] ? t(FIELD_LABELS[f]) : f)).join(', ');
}
