import { useEffect, useRef, useState } from 'preact/hooks';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** Milliseconds after the last keystroke before a note is saved: short enough that closing the panel loses nothing. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves `text` a moment after the user stops typing, and at once when the component goes away (panel closed,
 * person changed). Saves run one at a time, in order, so a slow save can never overwrite a newer one.
 */
export function useAutosave(save: (text: string) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef<{ text: string; saved: boolean }>({ text: '', saved: true });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = () => {
    clearTimeout(timer.current);
    if (latest.current.saved) return chain.current;
    const text = latest.current.text;
    latest.current.saved = true;
    setStatus('saving');
    chain.current = chain.current
      .then(() => saveRef.current(text))
      .then(
        () => setStatus(latest.current.saved ? 'saved' : 'pending'),
        (error: unknown) => {
          console.error('[Vínculo] autosave failed', error);
          latest.current.saved = false;
          setStatus('error');
        },
      );
    return chain.current;
  };

  useEffect(() => {
    // A popup or panel can be closed mid-word; hiding the page is the last moment to save.
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
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
    /** Forgets unsaved changes (the note was deleted: saving it now would fail). */
    discard() {
      clearTimeout(timer.current);
      latest.current.saved = true;
    },
  };
}
