import { useState } from 'preact/hooks';
import { INTERACTION_KINDS, INTERACTION_TEXT_MAX, today, type InteractionDraft, type InteractionKind } from '../core/model/interaction';
import { useDraft } from './drafts';
import { t, type MessageKey } from './i18n';

interface Props {
  /** Keeps the half-typed text if the form goes away (see drafts.ts). */
  draftKey: string;
  initial?: InteractionDraft;
  submitLabel: string;
  onSubmit: (draft: InteractionDraft) => Promise<void>;
  onCancel?: () => void;
}

/** Log (or edit) one interaction: what kind, which day, a short text. The form keeps its text if saving fails. */
export function InteractionForm({ draftKey, initial, submitLabel, onSubmit, onCancel }: Props) {
  const [kind, setKind] = useState<InteractionKind>(initial?.kind ?? 'message');
  const [day, setDay] = useState(initial?.day ?? today());
  const [text, setText] = useDraft(draftKey, initial?.text ?? '');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  return (
    <form
      class="interaction-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          await onSubmit({ kind, day, text });
          setFailed(false);
          setText(initial?.text ?? '');
        } catch (error) {
          console.error('[Vínculo] saving an interaction failed', error);
          setFailed(true);
        } finally {
          setBusy(false);
        }
      }}
    >
      <div class="row">
        <label class="field">
          <span>{t('interactionKind')}</span>
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as InteractionKind)}>
            {INTERACTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('interactionDay')}</span>
          <input type="date" required value={day} max={today()} onInput={(e) => setDay(e.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>{t('interactionText')}</span>
        <input
          type="text"
          dir="auto"
          value={text}
          maxLength={INTERACTION_TEXT_MAX}
          placeholder={t('interactionTextPlaceholder')}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      {failed && (
        <p class="error" role="alert">
          {t('saveFailed')}
        </p>
      )}
      <div class="actions">
        {onCancel && (
          <button type="button" class="secondary-button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <button type="submit" class="primary-button" disabled={busy || !day}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
