import { useEffect } from 'preact/hooks';
import { t } from './i18n';

/** How long "Undo" stays on screen after a delete. */
export const UNDO_WINDOW_MS = 8000;

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

/** A calm bar at the bottom offering to undo the last delete; it leaves by itself after a while. */
export function UndoBar({ offer, onDone }: { offer: UndoOffer | undefined; onDone: () => void }) {
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(onDone, UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, [offer]);
  if (!offer) return null;
  return (
    <div class="undo-bar" role="status">
      <span>{offer.message}</span>
      <button
        type="button"
        class="link inverse"
        onClick={async () => {
          await offer.undo();
          onDone();
        }}
      >
        {t('undo')}
      </button>
    </div>
  );
}
