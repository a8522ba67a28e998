import { useEffect, useState } from 'preact/hooks';

/** True once `condition` has held for `ms` without interruption: for hints that must not flash. */
export function useLasting(condition: boolean, ms: number): boolean {
  const [lasting, setLasting] = useState(false);
  useEffect(() => {
    setLasting(false);
    if (!condition) return;
    const timer = setTimeout(() => setLasting(true), ms);
    return () => clearTimeout(timer);
  }, [condition, ms]);
  return lasting;
}
