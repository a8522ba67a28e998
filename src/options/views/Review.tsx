import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { STAGES } from '../../core/model/stage';
import { reviewQueue, REVIEW_ORDERS, type ReviewOrder } from '../../core/relationship/review';
import { ContactPanel } from '../../pages/ContactPanel';
import { useSettings } from '../../pages/use-settings';
import { setStage } from '../../storage/contacts';
import { db } from '../../storage/db';
import { markReviewed } from '../../storage/network';
import { formatDay, formatNumber, t, type MessageKey } from '../../ui/i18n';
import { useNetwork } from '../use-network';
import './review.css';

/** Where a key typed at the page goes: not to our shortcuts while the user writes a note or a tag. */
const typing = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable]');

/**
 * F8, seed 004's method: walk the network one contact at a time, keyboard first — set the stage (1–4), tag (T),
 * write a note (N), then mark reviewed and go on (Enter), skip (S) or go back (B). The queue is fixed when the
 * review starts, so contacts do not jump around as they are changed.
 */
export function ReviewView() {
  const settings = useSettings();
  const data = useNetwork(settings.recurringMinThreads);
  const [order, setOrder] = useState<ReviewOrder>('connectedNewest');
  const [queue, setQueue] = useState<string[]>();
  const [index, setIndexState] = useState(0);
  // Keys can come faster than renders: each one must act on the contact it was pressed on, so the position is
  // also kept in a ref that moves at once.
  const position = useRef(0);
  const setIndex = (change: (i: number) => number) => {
    position.current = change(position.current);
    setIndexState(position.current);
  };

  const start = () => {
    if (!data) return;
    setQueue(reviewQueue(data.rows, order));
    setIndex(() => 0);
  };
  const rows = useMemo(() => new Map(data?.rows.map((r) => [r.id, r])), [data]);
  const reviewed = data?.rows.filter((r) => r.reviewed).length ?? 0;
  const current = queue?.[index];

  /** Marks the contact on screen reviewed and moves on at once (the write finishes on its own). */
  const reviewAndNext = () => {
    const id = queue?.[position.current];
    if (!id) return;
    setIndex((i) => i + 1);
    void markReviewed(db(), id);
  };

  useEffect(() => {
    if (!current) return;
    const onKey = (e: KeyboardEvent) => {
      const shown = queue?.[position.current];
      if (!shown) return;
      if (e.key === 'Escape' && typing(e.target)) {
        // Out of the text field, back to the queue's keys (the text stays: it is saved as typed).
        (e.target as HTMLElement).blur();
        return;
      }
      if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      // Enter on a focused button or link is that control's own action.
      if (e.key === 'Enter' && e.target instanceof HTMLElement && e.target.closest('button, a')) return;
      const stage = STAGES[Number(e.key) - 1];
      const focus = (selector: string) => {
        const element = document.querySelector<HTMLElement>(`.review-card ${selector}`);
        if (element) {
          e.preventDefault();
          element.focus();
        }
      };
      if (stage) void setStage(db(), shown, stage);
      else if (e.key === 'Enter' || e.key === 'ArrowRight') {
        e.preventDefault();
        reviewAndNext();
      } else if (e.key === 's' || e.key === 'S') setIndex((i) => i + 1);
      else if (e.key === 'b' || e.key === 'B' || e.key === 'ArrowLeft') setIndex((i) => Math.max(0, i - 1));
      else if (e.key === 't' || e.key === 'T') focus('.tags input');
      else if (e.key === 'n' || e.key === 'N') {
        // The first note, or a new one (the panel focuses a note it has just created).
        if (document.querySelector('.review-card .note-text')) focus('.note-text');
        else {
          e.preventDefault();
          document.querySelector<HTMLButtonElement>('.review-card .section-head .secondary-button')?.click();
        }
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [queue, current !== undefined]);

  if (!data) return <p class="secondary" role="status">{t('networkLoading')}</p>;
  const total = data.rows.length;

  if (!queue) {
    return (
      <section class="card review-start">
        <p>{t('reviewIntro')}</p>
        <p class="secondary">{t('reviewProgress', formatNumber(reviewed), formatNumber(total))}</p>
        <label class="field inline">
          <span>{t('reviewOrder')}</span>
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as ReviewOrder)}>
            {REVIEW_ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`reviewOrder_${o}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button type="button" class="primary-button" disabled={reviewed === total} onClick={start}>
            {t('reviewStart')}
          </button>
        </div>
        <Keys />
      </section>
    );
  }

  if (!current) {
    return (
      <section class="card review-start" role="status">
        <p>{t('reviewFinished', formatNumber(queue.length))}</p>
        <p class="secondary">{t('reviewProgress', formatNumber(reviewed), formatNumber(total))}</p>
        <div>
          <button type="button" class="secondary-button" onClick={() => setQueue(undefined)}>
            {t('reviewBack')}
          </button>
        </div>
      </section>
    );
  }

  const row = rows.get(current);
  return (
    <div class="review">
      <div class="review-bar">
        <span role="status">{t('reviewPosition', formatNumber(index + 1), formatNumber(queue.length))}</span>
        <progress max={queue.length} value={index} aria-label={t('reviewPositionLabel')} />
        <span class="secondary small">
          {row?.connectedOn && t('reviewConnectedOn', formatDay(row.connectedOn))}
          {row?.lastDay && ` · ${t('reviewLastInteraction', formatDay(row.lastDay))}`}
        </span>
      </div>
      <Keys />
      <div class="review-card">
        <ContactPanel key={current} slug={current} missing={[]} />
      </div>
      <div class="review-actions">
        <button type="button" class="secondary-button" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>
          {t('reviewPrevious')} <kbd>B</kbd>
        </button>
        <button type="button" class="secondary-button" onClick={() => setIndex((i) => i + 1)}>
          {t('reviewSkip')} <kbd>S</kbd>
        </button>
        <button type="button" class="primary-button" onClick={reviewAndNext}>
          {t('reviewDone')} <kbd>{t('keyEnter')}</kbd>
        </button>
      </div>
    </div>
  );
}

function Keys() {
  return <p class="secondary small review-keys">{t('reviewKeys')}</p>;
}
