import { TAG_MAX_LENGTH } from '../core/model/tag';
import { useDraft } from './drafts';
import { t } from './i18n';

/** Tags as removable chips, and a field that adds one on Enter or comma. */
interface Props {
  /** Keeps a half-typed tag if the editor goes away (see drafts.ts). */
  draftKey: string;
  tags: readonly string[];
  onAdd: (tag: string) => void;
  onRemove: (tag: string) => void;
}

export function TagEditor({ draftKey, tags, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useDraft(draftKey);
  const commit = () => {
    if (draft.trim()) onAdd(draft);
    setDraft('');
  };
  return (
    <section class="tags" aria-label={t('tags')}>
      <h2>{t('tags')}</h2>
      <ul class="chips">
        {tags.map((tag) => (
          <li key={tag} class="chip">
            <span>{tag}</span>
            <button type="button" class="chip-remove" aria-label={t('removeTag', tag)} onClick={() => onRemove(tag)}>
              ×
            </button>
          </li>
        ))}
        <li class="chip-input">
          <input
            type="text"
            value={draft}
            maxLength={TAG_MAX_LENGTH}
            placeholder={t('addTagPlaceholder')}
            aria-label={t('addTag')}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault();
                commit();
              }
            }}
            onBlur={commit}
          />
        </li>
      </ul>
    </section>
  );
}
