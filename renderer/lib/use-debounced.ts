import { useEffect, useState } from 'react';

/**
 * `value` once it has stayed the same for `delayMs` (compared by value), so a query follows what
 * the person settled on rather than every keystroke. Undefined stays undefined at once.
 */
export function useDebounced<T>(value: T | undefined, delayMs: number): T | undefined {
  const key = value === undefined ? undefined : JSON.stringify(value);
  // Even the first value waits: a screen opening is a burst of changes too.
  const [settled, setSettled] = useState<string>();
  useEffect(() => {
    if (key === undefined) return;
    const timer = setTimeout(() => setSettled(key), delayMs);
    return () => clearTimeout(timer);
  }, [key, delayMs]);
  return key === undefined || settled === undefined ? undefined : (JSON.parse(settled) as T);
}
