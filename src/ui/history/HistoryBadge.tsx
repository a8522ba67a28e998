import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDaysAgo, t, tCount, type MessageKey } from '../i18n';

/** What the popover shows about someone (the worker's people.lookup answer has this shape). */
export interface HistorySummary {
  /** Set when the person is among the user's contacts (else they are only someone seen in threads). */
  contactId?: string;
  name?: string;
  stage: string;
  tags: string[];
  notes: number;
  latestNote?: string;
  lastInteraction?: { kind: string; day: string };
  remindWhenAccepted?: number;
  threads: number;
  recurring: boolean;
}

interface Props {
  /** The name as the page shows it (the popover's heading when we have none of our own). */
  name: string;
  summary: HistorySummary;
  /** LinkedIn shows its dark theme. */
  dark: boolean;
  /** Asks the worker to open the side panel on this person; resolves false when the browser would not. */
  onOpenPanel: () => Promise<boolean>;
}

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;
const WIDTH = 300;
const MARGIN = 8;
/** Between the badge and the popover. */
const GAP = 6;

/**
 * F7: a small badge beside a name the user has a history with; hover or keyboard focus opens a popover with
 * what they keep about the person. It lives in the badge's own shadow root, so the button and the popover can
 * reference each other (aria-controls) and LinkedIn's CSS stays out.
 */
export function HistoryBadge({ name, summary, dark, onOpenPanel }: Props) {
  const [open, setOpen] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  /** Focus we move back to the badge ourselves (after Escape) must not reopen the popover. */
  const returning = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = () => {
    clearTimeout(timer.current);
    setOpen(true);
  };
  // Placed once drawn, before the browser paints it: how tall it is depends on what the user keeps about them.
  // Set on the element, not through state: a second render would attach the scroll listener below at once, and
  // the scroll that focusing an off-screen badge makes would close the popover it opened.
  useLayoutEffect(() => {
    const r = button.current?.getBoundingClientRect();
    const box = popover.current;
    if (!open || !r || !box) return;
    const below = window.innerHeight - r.bottom - GAP - MARGIN;
    const above = r.top - GAP - MARGIN;
    // Below the name where it fits, else above it, else on the roomier side (scrolling): never over the name.
    const under = box.scrollHeight <= below || below >= above;
    box.style.left = `${Math.max(MARGIN, Math.min(r.left, window.innerWidth - WIDTH - MARGIN))}px`;
    box.style.top = under ? `${r.bottom + GAP}px` : '';
    box.style.bottom = under ? '' : `${window.innerHeight - r.top + GAP}px`;
    box.style.maxHeight = `${under ? below : above}px`;
  }, [open]);
  const later = (then: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(then, ms);
  };
  const hide = () => {
    clearTimeout(timer.current);
    setOpen(false);
  };

  useEffect(() => {
    if (!open) return;
    // Scrolling moves the name away from a popover fixed to the window: close it rather than let it float.
    const onScroll = () => hide();
    window.addEventListener('scroll', onScroll, { passive: true, capture: true });
    return () => window.removeEventListener('scroll', onScroll, { capture: true });
  }, [open]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const who = summary.name ?? name;
  const last = summary.lastInteraction;
  return (
    <span
      class={dark ? 'look wrap dark' : 'look wrap'}
      onMouseEnter={() => later(show, OPEN_DELAY_MS)}
      onMouseLeave={() => later(hide, CLOSE_DELAY_MS)}
      onFocusIn={() => {
        if (returning.current) returning.current = false;
        else if (!open) show();
      }}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (!next || !(e.currentTarget as Element).contains(next)) hide();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.stopPropagation();
        hide();
        returning.current = true;
        button.current?.focus();
        returning.current = false;
      }}
      // The badge may sit inside LinkedIn's link to the profile: a click on us must not follow it.
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      <button
        ref={button}
        type="button"
        class={summary.recurring && summary.notes === 0 && !last ? 'badge recurring' : 'badge'}
        aria-label={t('historyBadgeLabel', who)}
        aria-expanded={open}
        aria-controls="vinculo-history"
        // Opens only: pressing the button focuses it first (which opens), so a toggle here would close it again.
        // Leaving it, Escape or focus moving away close it.
        onClick={show}
      >
        <svg viewBox="0 0 16 16" width="10" height="10" aria-hidden="true">
          <path d="M6.5 9.5l3-3M7 4.5l1-1a2.8 2.8 0 014 4l-1 1M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
      </button>
      {open && (
        <div
          ref={popover}
          id="vinculo-history"
          class="card popover"
          role="dialog"
          aria-label={t('historyPopoverLabel', who)}
        >
          <p class="who">{who}</p>
          <p class="chips">
            {summary.contactId ? <span class="chip">{t(`stage_${summary.stage}` as MessageKey)}</span> : <span class="chip">{t('historyNotAContact')}</span>}
            {summary.recurring && <span class="chip accent">{t('historyRecurring')}</span>}
            {summary.tags.map((tag) => (
              <span class="chip tag" key={tag}>
                {tag}
              </span>
            ))}
          </p>
          <p class="line">{last ? t('historyLastInteraction', t(`kind_${last.kind}` as MessageKey), formatDaysAgo(last.day)) : t('historyNoInteraction')}</p>
          {summary.remindWhenAccepted !== undefined && <p class="line follow">{t('reminderWriteAfterAccept')}</p>}
          {summary.threads > 0 && <p class="line muted">{tCount(summary.threads, 'historySeenInOneThread', 'historySeenInThreads')}</p>}
          {summary.latestNote && (
            <blockquote class="note" aria-label={t('historyLatestNote')}>
              {summary.latestNote}
            </blockquote>
          )}
          <button type="button" class="btn secondary open" onClick={() => void onOpenPanel().then((opened) => setBlocked(!opened))}>
            {t('historyOpenPanel')}
          </button>
          {blocked && <p class="line muted">{t('historyPanelBlocked')}</p>}
        </div>
      )}
    </span>
  );
}
