import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../core/model/note';
import { NOTE_MAX_LENGTH } from '../core/model/note';
import { useAutosave, type SaveStatus } from './autosave';
import { formatAgo, t, type MessageKey } from './i18n';

const STATUS_TEXT: Record<SaveStatus, MessageKey | undefined> = {
  idle: undefined,
  pending: 'statusEditing',
  saving: 'statusSaving',
  saved: 'statusSaved',
  error: 'statusSaveFailed',
};

interface Props {
  note: Note;
  autoFocus?: boolean;
  onSave: (note: Note, text: string) => Promise<void>;
  onDelete: (note: Note) => void;
}

/**
 * One private note, edited in place and saved as the user types. The text area owns its text while the user
 * edits it: an update arriving from elsewhere (the popup, another window) is taken only when this one is not
 * being edited and has nothing unsaved, so it never replaces what is being typed.
 */
export function NoteEditor({ note, autoFocus, onSave, onDelete }: Props) {
  const [text, setText] = useState(note.text);
  const area = useRef<HTMLTextAreaElement>(null);
  const autosave = useAutosave((value) => onSave(note, value));
  const settled = autosave.status === 'idle' || autosave.status === 'saved';

  useEffect(() => {
    if (settled && document.activeElement !== area.current) setText(note.text);
  }, [note.text]);

  useEffect(() => {
    if (autoFocus) area.current?.focus();
  }, [autoFocus]);
  useEffect(() => fitHeight(area.current), [text]);

  const status = STATUS_TEXT[autosave.status];
  return (
    <li class="note">
      <textarea
        ref={area}
        class="note-text"
        dir="auto"
        value={text}
        maxLength={NOTE_MAX_LENGTH}
        placeholder={t('notePlaceholder')}
        aria-label={t('noteLabel')}
        onInput={(e) => {
          setText(e.currentTarget.value);
          autosave.changed(e.currentTarget.value);
        }}
        onBlur={() => void autosave.flush()}
      />
      <div class="note-meta">
        <span class="secondary small" role="status">
          {status ? t(status) : t('noteEdited', formatAgo(note.updatedAt))}
        </span>
        <button type="button" class="link danger" onClick={() => {
            autosave.discard();
            onDelete({ ...note, text });
          }}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}

/** Grows the text area with its content, up to a limit set in CSS, so long notes stay readable. */
function fitHeight(area: HTMLTextAreaElement | null): void {
  if (!area) return;
  area.style.height = 'auto';
  area.style.height = `${area.scrollHeight + 2}px`;
}
