import { useState } from 'preact/hooks';
import type { Interaction, InteractionDraft } from '../core/model/interaction';
import { formatDay, t, type MessageKey } from './i18n';
import { InteractionForm } from './InteractionForm';

interface Props {
  items: readonly Interaction[];
  onUpdate: (id: string, draft: InteractionDraft) => Promise<void>;
  onDelete: (interaction: Interaction) => void;
}

/** The interaction history, newest first; each entry can be edited in place or deleted (with undo). */
export function Timeline({ items, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState<string>();
  if (items.length === 0) return <p class="secondary empty">{t('timelineEmpty')}</p>;
  return (
    <ol class="timeline">
      {items.map((item) => (
        <li key={item.id} class="timeline-item">
          {editing === item.id ? (
            <InteractionForm
              draftKey={`interaction:${item.id}`}
              initial={item}
              submitLabel={t('save')}
              onSubmit={async (draft) => {
                await onUpdate(item.id, draft);
                setEditing(undefined);
              }}
              onCancel={() => setEditing(undefined)}
            />
          ) : (
            <>
              <div class="timeline-head">
                <span class="kind">{t(`kind_${item.kind}` as MessageKey)}</span>
                <time dateTime={item.day} class="secondary small">
                  {formatDay(item.day)}
                </time>
              </div>
              {item.text && (
                <p class="timeline-text" dir="auto">
                  {item.text}
                </p>
              )}
              <div class="item-actions">
                <button type="button" class="link" onClick={() => setEditing(item.id)}>
                  {t('edit')}
                </button>
                <button type="button" class="link danger" onClick={() => onDelete(item)}>
                  {t('delete')}
                </button>
              </div>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
