import { t, type MessageKey } from '../i18n';
import type { Opening } from '../../core/analysis/openings';
import type { ShownJudgement } from './GuardPanel';

interface ChooseProps {
  openings: readonly Opening[];
  /** Personalised invitations left this month on a free account, when LinkedIn says. */
  remaining?: number;
  onRemind: () => void;
  reminded: boolean;
  /** LinkedIn shows its dark theme. */
  dark: boolean;
  /** Hides the tip for this dialog (its close button, or Escape inside it). */
  onDismiss: () => void;
}

/**
 * Step 1 of the invitation dialog: one line on why a personal note matters and concrete ways to start it, from
 * what the profile shows. It never stands in the way: "Send without a note" stays LinkedIn's own, one click, and
 * the tip closes with its button or Escape (LinkedIn's dialog stays open).
 */
export function ChooseNudge({ openings, remaining, onRemind, reminded, dark, onDismiss }: ChooseProps) {
  const noQuota = remaining === 0;
  return (
    <section
      class={dark ? 'look nudge dark' : 'look nudge'}
      aria-label={t('appName')}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The innermost first: this Escape closes the tip, not LinkedIn's whole dialog.
        e.stopPropagation();
        onDismiss();
      }}
    >
      <div class="body">
        <p class="why">{t(noQuota ? 'nudgeNoQuota' : 'nudgeWhy')}</p>
        {!noQuota && openings.length > 0 && (
          <ul class="openings">
            {openings.map((o, i) => (
              <li key={i} dir="auto">
                {t(o.key as MessageKey, ...o.params)}
              </li>
            ))}
          </ul>
        )}
        {remaining !== undefined && remaining > 0 && <p class="quota">{t('nudgeQuota', remaining)}</p>}
        {noQuota && (
          <button type="button" class="btn secondary" disabled={reminded} onClick={onRemind}>
            {t(reminded ? 'nudgeReminded' : 'nudgeRemind')}
          </button>
        )}
      </div>
      <button type="button" class="icon dismiss" aria-label={t('nudgeDismiss')} onClick={onDismiss}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" />
        </svg>
      </button>
    </section>
  );
}

interface AdviceProps {
  judgement: ShownJudgement | undefined;
  length: number;
  /** LinkedIn's limit for the note (300 premium, 200 free), from the dialog's counter. */
  maxLength?: number;
  remaining?: number;
  /** LinkedIn shows its dark theme. */
  dark: boolean;
}

/**
 * Step 2: the note judged as it is typed, like a message (F6), plus what LinkedIn's limits mean for it.
 * Advice only: nothing is held here and the note is never touched.
 */
export function NoteAdvice({ judgement, length, maxLength, remaining, dark }: AdviceProps) {
  const risky = judgement !== undefined && judgement.level !== 'ok';
  const tooLong = maxLength !== undefined && length > maxLength;
  if (!risky && !tooLong && remaining === undefined) return null;
  return (
    <section class={`look nudge advice ${risky || tooLong ? (judgement?.level ?? 'warn') : 'info'}${dark ? ' dark' : ''}`} role="status" aria-label={t('appName')}>
      <div class="body">
        {risky && (
          <ul class="reasons">
            {judgement.reasons.map((r, i) => (
              <li key={i}>{t(r.message.key as MessageKey, ...r.message.params)}</li>
            ))}
          </ul>
        )}
        {tooLong && <p class="limit">{t('nudgeTooLong', maxLength, length)}</p>}
        {remaining !== undefined && <p class="quota">{t('nudgeQuota', remaining)}</p>}
      </div>
    </section>
  );
}
