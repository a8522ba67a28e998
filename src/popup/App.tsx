import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { displayName } from '../core/model/contact';
import { findContact } from '../storage/contacts';
import { db } from '../storage/db';
import { NOTE_DRAFT_PREFIX, type NoteDraft } from '../messages/protocol';
import { putNote } from '../storage/notes';
import { flushAllAutosaves, useAutosave } from '../ui/autosave';
import { t, type MessageKey } from '../ui/i18n';
import { useLiveQuery } from '../pages/use-live-query';
import { useLasting } from '../pages/use-lasting';
import { useLinkedInAccess } from '../pages/use-linkedin-access';
import { AccessNeeded } from '../ui/AccessNeeded';
import { useSettings } from '../pages/use-settings';
import { useFollowedPage, useFollowedTab } from '../pages/use-tab-state';
import { DueNow } from '../pages/DueNow';

/** F4: the person on screen at a glance, a quick note, and the way to the side panel. */
export function App() {
  useSettings();
  const tabId = useFollowedTab();
  const page = useFollowedPage(tabId);
  const slug = page.kind === 'linkedin' && page.state.route === 'profile' ? page.state.slug : undefined;
  const longSilent = useLasting(page.kind === 'silent', 1000);
  const access = useLinkedInAccess();
  return (
    <main class="page popup">
      {access.granted === false && <AccessNeeded onRequest={() => void access.request()} />}
      {slug ? <CurrentContact slug={slug} /> : <p class="secondary">{t('openAProfile')}</p>}
      {longSilent && <p class="secondary small">{t('reloadIfSilent')}</p>}
      <DueNow />
      <div class="actions spread">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
        {/* Opening the panel needs the user's gesture: this click is it. */}
        {tabId !== undefined && (
          <button type="button" class="primary-button" onClick={() => void openSidePanel(tabId)}>
            {t('openSidePanel')}
          </button>
        )}
      </div>
    </main>
  );
}

/** Chrome's side panel API (webextension-polyfill does not wrap it); Firefox has its sidebar instead. */
const sidePanel = (globalThis as { chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;

async function openSidePanel(tabId: number): Promise<void> {
  // Open first, while the click still counts as the user's gesture; close the popup only once notes are saved.
  if (sidePanel) await sidePanel.open({ tabId });
  else await browser.sidebarAction.open();
  if (await flushAllAutosaves()) window.close();
}

function CurrentContact({ slug }: { slug: string }) {
  const contact = useLiveQuery(() => findContact(db(), slug), [slug]);
  return (
    <section class="popup-contact">
      <h1 class="contact-name">{contact ? displayName(contact) : slug}</h1>
      {contact?.profile.headline && <p class="headline">{contact.profile.headline}</p>}
      {contact && (
        <p class="secondary small">
          {t(`stage_${contact.stage}` as MessageKey)}
          {contact.tags.length > 0 && ` · ${contact.tags.join(', ')}`}
        </p>
      )}
      <QuickNote key={slug} slug={slug} />
    </section>
  );
}

/**
 * A note written in the popup is saved as it is typed: a popup closes the moment the user clicks elsewhere,
 * and what they wrote must not go with it. "New note" starts another one at once: the finished note's field
 * goes away and saves itself (its own id, its own draft), so nothing typed right after the click can land in
 * it or be cleared while it saves.
 */
function QuickNote({ slug }: { slug: string }) {
  const [round, setRound] = useState(0);
  return <QuickNoteField key={round} slug={slug} focus={round > 0} onNew={() => setRound((r) => r + 1)} />;
}

function QuickNoteField({ slug, focus, onNew }: { slug: string; focus: boolean; onNew: () => void }) {
  const [text, setText] = useState('');
  // Chosen here, not by the database: the worker may save the same note from its draft (see NoteDraft).
  const noteId = useRef(crypto.randomUUID());
  const autosave = useAutosave(async (value) => {
    const id = noteId.current;
    await putNote(db(), { id, contactId: slug }, value);
    // The draft is done with unless more was typed meanwhile (then the next save removes it).
    const key = NOTE_DRAFT_PREFIX + id;
    const draft = (await browser.storage.local.get(key))[key] as NoteDraft | undefined;
    if (draft?.text === value) await browser.storage.local.remove(key);
  });
  const writeDraft = (value: string) => {
    const draft: NoteDraft = { id: noteId.current, contactId: slug, text: value, at: Date.now() };
    void browser.storage.local.set({ [NOTE_DRAFT_PREFIX + draft.id]: draft });
  };
  return (
    <div class="quick-note">
      <label class="field">
        <span>{t('quickNote')}</span>
        <textarea
          dir="auto"
          rows={3}
          value={text}
          autoFocus={focus}
          placeholder={t('notePlaceholder')}
          onInput={(e) => {
            setText(e.currentTarget.value);
            writeDraft(e.currentTarget.value);
            autosave.changed(e.currentTarget.value);
          }}
          onBlur={() => void autosave.flush()}
        />
      </label>
      <div class="actions">
        <span class="secondary small" role="status">
          {autosave.status === 'saved' ? t('statusSaved') : autosave.status === 'error' ? t('statusSaveFailed') : ''}
        </span>
        <button type="button" class="secondary-button" disabled={!text.trim()} onClick={onNew}>
          {t('newNote')}
        </button>
      </div>
    </div>
  );
}
