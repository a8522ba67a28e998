import { useState } from 'preact/hooks';

/*
 * Text the user is typing that is not saved yet (an interaction being logged, a tag being typed), kept per key
 * for the life of the page. The side panel shows another person when the tab navigates; coming back finds the
 * half-typed text where it was left. In memory only: nothing of it reaches storage or LinkedIn's page.
 */
const drafts = new Map<string, string>();

export function useDraft(key: string, initial = ''): [string, (value: string) => void] {
  const [value, setValue] = useState(() => drafts.get(key) ?? initial);
  return [
    value,
    (next: string) => {
      setValue(next);
      if (next === initial) drafts.delete(key);
      else drafts.set(key, next);
    },
  ];
}
