import { t, type MessageKey } from '../i18n';
import { Highlighted } from './Highlighted';

/** What the panel shows of a judgement (core/analysis/judge.ts), kept structural so ui/ needs no analysis code. */
export interface ShownJudgement {
  level: 'ok' | 'caution' | 'warn';
  reasons: readonly { kind: string; evidence: readonly { start: number; end: number }[]; message: { key: string; params: readonly (string | number)[] } }[];
  suggestions: readonly { key: string; params: readonly (string | number)[] }[];
}

interface Props {
  judgement: ShownJudgement;
  text: string;
  /** Set when the panel holds a send: the choice between editing and sending as typed. */
  held?: { onEdit: () => void; onSendAnyway: () => void };
  onClose: () => void;
  /** Where to stand on screen (fixed position), so the panel is never cut by the page or the window. */
  position: { left: number; bottom: number };
}

const say = (m: { key: string; params: readonly (string | number)[] }) => t(m.key as MessageKey, ...m.params);

/**
 * Why a draft looks risky, with the words that triggered it marked, and what to change. At send time it holds
 * the message once: "Edit" goes back to the draft (untouched), "Send anyway" sends exactly what was typed.
 */
export function GuardPanel({ judgement, text, held, onClose, position }: Props) {
  const spans = judgement.reasons.flatMap((r) => r.evidence);
  return (
    <div
      class={`panel ${judgement.level}`}
      style={{ left: `${position.left}px`, bottom: `${position.bottom}px` }}
      role={held ? 'alertdialog' : 'dialog'}
      aria-labelledby="vinculo-guard-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          (held?.onEdit ?? onClose)();
        }
      }}
    >
      <div class="head">
        <h2 id="vinculo-guard-title">{t(held ? 'guardHeldTitle' : 'guardPanelTitle')}</h2>
        <button type="button" class="close" aria-label={t('close')} onClick={held?.onEdit ?? onClose}>
          ×
        </button>
      </div>
      <ul class="reasons">
        {judgement.reasons.map((reason, i) => (
          <li key={i} class={`reason ${reason.kind}`}>
            {say(reason.message)}
          </li>
        ))}
      </ul>
      <Highlighted text={text} spans={spans} />
      {judgement.suggestions.length > 0 && (
        <>
          <h3>{t('guardSuggestions')}</h3>
          <ul class="suggestions">
            {judgement.suggestions.map((s, i) => (
              <li key={i}>{say(s)}</li>
            ))}
          </ul>
        </>
      )}
      {held && (
        <div class="actions">
          <button type="button" class="secondary" onClick={held.onSendAnyway}>
            {t('guardSendAnyway')}
          </button>
          <button type="button" class="primary" onClick={held.onEdit} autoFocus>
            {t('guardEdit')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The small, calm mark beside Send: nothing when the draft is fine, a dot and a word when it is not. */
export function GuardIndicator({ judgement, open, onToggle }: { judgement: ShownJudgement | undefined; open: boolean; onToggle: () => void }) {
  if (!judgement || judgement.level === 'ok') return null;
  return (
    <button
      type="button"
      class={`indicator ${judgement.level}`}
      aria-expanded={open}
      aria-label={t('guardIndicatorLabel', judgement.reasons.length)}
      title={t('guardIndicatorLabel', judgement.reasons.length)}
      onClick={onToggle}
    >
      <span class="dot" aria-hidden="true" />
      {t(judgement.level === 'warn' ? 'guardLevelWarn' : 'guardLevelCaution')}
    </button>
  );
}
