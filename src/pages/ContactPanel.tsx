import { useState } from 'preact/hooks';
import type { Note } from '../core/model/note';
import { isEssentialProfileField } from '../core/model/profile';
import type { Interaction } from '../core/model/interaction';
import { dayOf } from '../core/relationship/cadence';
import { clearReminder, findContact, setCadence, setRemindOn, setStage, tagContact, untagContact } from '../storage/contacts';
import { db } from '../storage/db';
import { contactFollowUp } from '../storage/followups';
import { deleteInteraction, logInteraction, restoreInteraction, timelineOf, updateInteraction } from '../storage/interactions';
import { addNote, deleteNote, notesOf, restoreNote, saveNote } from '../storage/notes';
import { ContactHeader } from '../ui/ContactHeader';
import { FollowUpEditor } from '../ui/FollowUpEditor';
import { missingFieldsText } from '../ui/field-labels';
import { t } from '../ui/i18n';
import { InteractionForm } from '../ui/InteractionForm';
import { NoteEditor } from '../ui/NoteEditor';
import { StagePicker } from '../ui/StagePicker';
import { TagEditor } from '../ui/TagEditor';
import { Timeline } from '../ui/Timeline';
import { UndoBar, type UndoOffer } from '../ui/UndoBar';
import { SeenInThreads } from './SeenInThreads';
import { useLiveQuery } from './use-live-query';

interface Props {
  slug: string;
  /** Fields the reader could not find on this page, if it has run. */
  missing: readonly string[] | undefined;
}

/** F3 on a profile: what the page shows about the person beside everything the user keeps about them. */
export function ContactPanel({ slug, missing }: Props) {
  const contact = useLiveQuery(() => findContact(db(), slug), [slug]);
  const notes = useLiveQuery(() => notesOf(db(), slug), [slug]);
  const timeline = useLiveQuery(() => timelineOf(db(), slug), [slug]);
  const followUp = useLiveQuery(() => contactFollowUp(db(), slug), [slug]);
  const [fresh, setFresh] = useState<string>();
  const [undo, setUndo] = useState<UndoOffer>();

  const unreadable = missing?.filter(isEssentialProfileField) ?? [];

  return (
    <div class="contact-panel">
      <section class="card">
        <ContactHeader contact={contact} slug={slug} />
        {missing === undefined && !contact && <p class="secondary">{t('reading')}</p>}
        {unreadable.length > 0 && (
          <p class="warning" role="note">
            {t('couldNotRead', missingFieldsText(unreadable))}
          </p>
        )}
        {contact?.remindWhenAccepted !== undefined && (
          <div class="reminder" role="note">
            <span>{t('reminderWriteAfterAccept')}</span>
            <button type="button" class="link" onClick={() => void clearReminder(db(), slug)}>
              {t('reminderDone')}
            </button>
          </div>
        )}
        <StagePicker value={contact?.stage ?? 'contact'} onChange={(stage) => void setStage(db(), slug, stage)} />
        <TagEditor
          draftKey={`tag:${slug}`}
          tags={contact?.tags ?? []}
          onAdd={(tag) => void tagContact(db(), slug, tag)}
          onRemove={(tag) => void untagContact(db(), slug, tag)}
        />
        {followUp && (
          <FollowUpEditor
            {...followUp}
            today={dayOf(Date.now())}
            onCadence={(days) => void setCadence(db(), slug, days)}
            onRemindOn={(day) => void setRemindOn(db(), slug, day)}
          />
        )}
      </section>

      <section class="card" aria-labelledby="notes-title">
        <div class="section-head">
          <h2 id="notes-title">{t('notes')}</h2>
          <button
            type="button"
            class="secondary-button"
            onClick={async () => {
              // Reuse a note left empty rather than piling up blank ones.
              const blank = notes?.find((n) => !n.text.trim());
              setFresh(blank?.id ?? (await addNote(db(), slug, '')).id);
            }}
          >
            {t('newNote')}
          </button>
        </div>
        <p class="secondary small">{t('notesPrivate')}</p>
        <ul class="notes">
          {notes?.map((note) => (
            <NoteEditor
              key={note.id}
              note={note}
              autoFocus={note.id === fresh}
              onSave={async (note, text) => void (await saveNote(db(), note, text))}
              onDelete={(deleted: Note) => {
                void deleteNote(db(), deleted.id);
                // An empty note was never the user's words: nothing to undo.
                if (deleted.text.trim()) setUndo({ message: t('noteDeleted'), undo: () => restoreNote(db(), deleted) });
              }}
            />
          ))}
        </ul>
      </section>

      <SeenInThreads slug={slug} memberId={contact?.memberId} />

      <section class="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <InteractionForm draftKey={`interaction:new:${slug}`} submitLabel={t('logInteraction')} onSubmit={async (draft) => void (await logInteraction(db(), slug, draft))} />
        <Timeline
          items={timeline ?? []}
          onUpdate={async (id, draft) => void (await updateInteraction(db(), id, draft))}
          onDelete={(item: Interaction) => {
            void deleteInteraction(db(), item.id);
            setUndo({ message: t('interactionDeleted'), undo: () => restoreInteraction(db(), item) });
          }}
        />
      </section>
      <UndoBar offer={undo} onDone={() => setUndo(undefined)} />
    </div>
  );
}
