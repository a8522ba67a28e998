import { useEffect, useRef } from 'preact/hooks';
import { t, tCount, type MessageKey } from '../i18n';
import { Highlighted } from './Highlighted';

/** What the panel shows of a judgement (core/analysis/judge.ts), kept structural so ui/ needs no analysis code. */
export interface ShownJudgement {
  level: 'ok' | 'caution' | 'warn';
  reasons: readonly { kind: string; evidence: readonly { start: number; end: number }[]; message: { key: string; params: readonly (string | number)[] } }[];
  suggestions: readonly { key: string; params: readonly (string | number)[] }[];
}

interface Props {
  judgement: ShownJudgement | undefined;
  /** The text the judgement is about (the panel marks the words that triggered it). */
  text: string;
  /** The panel is open (the user opened it from the mark, or a send is held). */
  open: boolean;
  /** Set when the panel holds a send: the choice between editing and sending as typed. */
  held?: { onEdit: () => void; onSendAnyway: () => void };
  /** LinkedIn shows its dark theme. */
  dark: boolean;
  onToggle: () => void;
  onClose: () => void;
  /**
   * Where the panel stands on screen (fixed position), so it is never cut by the page or the window; asked only
   * while the panel shows (it reads the page's layout).
   */
  position: () => { left: number; bottom: number };
}

const say = (m: { key: string; params: readonly (string | number)[] }) => t(m.key as MessageKey, ...m.params);

/**
 * F6 beside LinkedIn's Send: the mark while the draft looks risky, and the panel it opens. Escape closes the panel
 * (held: it is "Edit") and the focus goes back where it came from: to the mark, or to the draft (the caller's Edit).
 */
export function Guard({ judgement, text, open, held, dark, onToggle, onClose, position }: Props) {
  const mark = useRef<HTMLButtonElement>(null);
  if (!judgement || judgement.level === 'ok') return null;
  const close = () => {
    onClose();
    mark.current?.focus();
  };
  const dismiss = held?.onEdit ?? close;
  return (
    <span
      class={dark ? 'look anchor dark' : 'look anchor'}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        // Ours alone: LinkedIn's messaging would close the whole conversation on this Escape.
        e.stopPropagation();
        dismiss();
      }}
    >
      <button
        ref={mark}
        type="button"
        class={`indicator ${judgement.level}`}
        aria-expanded={open}
        aria-controls={open ? 'vinculo-guard' : undefined}
        // The visible word starts the name (what a voice user says to press it); the count is the description.
        title={tCount(judgement.reasons.length, 'guardIndicatorOne', 'guardIndicatorLabel')}
        onClick={onToggle}
      >
        <span class="dot" aria-hidden="true" />
        {t(judgement.level === 'warn' ? 'guardLevelWarn' : 'guardLevelCaution')}
      </button>
      {open && <GuardPanel judgement={judgement} text={text} held={held} onClose={close} position={position} />}
    </span>
  );
}

/**
 * Why a draft looks risky, with the words that triggered it marked, and what to change. At send time it holds
 * the message once: "Edit" goes back to the draft (untouched), "Send anyway" sends exactly what was typed.
 */
function GuardPanel({ judgement, text, held, onClose, position }: Pick<Props, 'text' | 'held' | 'onClose' | 'position'> & { judgement: ShownJudgement }) {
  const edit = useRef<HTMLButtonElement>(null);
  const isHeld = Boolean(held);
  // A held send asks the user to choose: the focus goes to the safe choice, so Enter again edits, not sends.
  useEffect(() => {
    if (isHeld) edit.current?.focus();
  }, [isHeld]);
  const spans = judgement.reasons.flatMap((r) => r.evidence);
  const { left, bottom } = position();
  return (
    <div
      id="vinculo-guard"
      class={`card panel ${judgement.level}`}
      style={{ left: `${left}px`, bottom: `${bottom}px` }}
      role={held ? 'alertdialog' : 'dialog'}
      aria-labelledby="vinculo-guard-title"
    >
      <div class="head">
        <h2 id="vinculo-guard-title">{t(held ? 'guardHeldTitle' : 'guardPanelTitle')}</h2>
        <button type="button" class="icon close" aria-label={t('close')} onClick={held?.onEdit ?? onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
          </svg>
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
          <button type="button" class="btn secondary" onClick={held.onSendAnyway}>
            {t('guardSendAnyway')}
          </button>
          <button ref={edit} type="button" class="btn primary" onClick={held.onEdit}>
            {t('guardEdit')}
          </button>
        </div>
      )}
    </div>
  );
}
