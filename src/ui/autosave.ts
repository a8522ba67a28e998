import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Milliseconds after the last keystroke before a note is saved: short enough that closing the panel loses nothing. */
export const AUTOSAVE_DELAY_MS = 500;

/** Every mounted autosave of this page, so a page about to close itself can save them all first. */
const mounted = new Set<() => Promise<boolean>>();

/** Saves every pending text now; resolves to false if any save failed. */
export async function flushAllAutosaves(): Promise<boolean> {
  return (await Promise.all([...mounted].map((flush) => flush()))).every(Boolean);
}

/**
 * Saves `text` a moment after the user stops typing, and at once when the component goes away (panel closed,
 * person changed) or the page is hidden. Saves run one at a time, in order, so a slow save can never overwrite
 * a newer one. A failed save leaves the text unsaved (status "error") and is retried on the next change or flush.
 */
export function useAutosave(save: (text: string) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef<{ text: string; saved: boolean }>({ text: '', saved: true });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Resolves to true once everything typed so far is stored. */
  const flush = (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (latest.current.saved) return chain.current;
    const snapshot = latest.current;
    snapshot.saved = true;
    setStatus('saving');
    chain.current = chain.current.then(() =>
      saveRef.current(snapshot.text).then(
        () => {
          setStatus(latest.current.saved ? 'saved' : 'pending');
          return true;
        },
        (error: unknown) => {
          console.error('[Vínculo] autosave failed', error);
          // Text typed since (or discarded) is not this failure's concern: only the latest text is retried.
          if (latest.current === snapshot) {
            snapshot.saved = false;
            setStatus('error');
          }
          return false;
        },
      ),
    );
    return chain.current;
  };

  useEffect(() => {
    // A popup or panel can be closed mid-word; hiding the page is the last moment to save.
    const onHide = () => void flush();
    mounted.add(flush);
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      mounted.delete(flush);
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, []);

  return {
    status,
    /** Call on every input with the whole text. */
    changed(text: string) {
      latest.current = { text, saved: false };
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    flush,
    /** Forgets unsaved changes (the note was deleted: saving it now would bring it back). */
    discard() {
      clearTimeout(timer.current);
      // A fresh object, so that a save of the discarded text still in flight cannot mark it unsaved again.
      latest.current = { text: latest.current.text, saved: true };
      chain.current = chain.current.then(() => true);
      setStatus('idle');
    },
  };
}
