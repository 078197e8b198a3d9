import { useCallback, useEffect, useRef, useState } from 'react';
import { useDrafts } from './drafts-context';
import { addPendingFlush } from './pending-saves';

export type AutosaveState = 'saved' | 'waiting' | 'saving' | 'failed';

interface AutosaveOptions<T> {
  value: T;
  /** Invalid values are kept on screen and not sent; the form shows why. */
  isValid: boolean;
  /** Resolves true when main stored the value. */
  save(value: T): Promise<boolean>;
  delayMs?: number;
  /**
   * Keeps what is on screen as a draft under this form key until it is stored, so a lock while
   * it is invalid or on its way brings it back at unlock.
   */
  draftKey?: string;
  /** What main holds now, when the form starts from a restored draft rather than from it. */
  storedValue?: T;
}

/**
 * Saves a form's value a moment after the person stops typing, one save at a time, and once more
 * when the form goes away, so there is no Save button to forget.
 */
export function useAutosave<T>({ value, isValid, save, delayMs = 500, draftKey, storedValue }: AutosaveOptions<T>) {
  const [state, setState] = useState<AutosaveState>('saved');
  const drafts = useDrafts();
  const lastSent = useRef(JSON.stringify(storedValue ?? value));
  const draftKeyRef = useRef(draftKey);
  useEffect(() => {
    draftKeyRef.current = draftKey;
  });

  // What cannot be sent (not valid yet, or refused) is kept as a draft; a valid change is on its
  // way to main within the delay, and locking waits for it.
  useEffect(() => {
    if (!draftKey) return;
    const unsent = JSON.stringify(value) !== lastSent.current || state === 'failed';
    if (unsent && (!isValid || state === 'failed')) drafts.keep(draftKey, value as Record<string, unknown>);
    else if (!unsent) drafts.drop(draftKey);
  }, [value, draftKey, drafts, isValid, state]);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; value: T } | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const send = useCallback(
    (next: T) => {
      const serialized = JSON.stringify(next);
      if (serialized === lastSent.current) return queue.current;
      lastSent.current = serialized;
      setState('saving');
      queue.current = queue.current.then(async () => {
        const stored = await saveRef.current(next);
        if (!stored)
          lastSent.current = ''; // try again on the next edit
        else if (draftKeyRef.current && lastSent.current === serialized) drafts.drop(draftKeyRef.current);
        setState(stored ? 'saved' : 'failed');
      });
      return queue.current;
    },
    [drafts],
  );

  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return queue.current;
    clearTimeout(waiting.timer);
    pending.current = undefined;
    return send(waiting.value);
  }, [send]);

  useEffect(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
    if (JSON.stringify(value) === lastSent.current || !isValid) return;
    setState('waiting');
    pending.current = { value, timer: setTimeout(() => void flush(), delayMs) };
  }, [value, isValid, delayMs, flush]);

  /** Drops a change not yet sent, and its draft (the entry is being deleted). */
  const discard = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
    if (draftKeyRef.current) drafts.drop(draftKeyRef.current);
  }, [drafts]);

  // Leaving the form (another section, a collapsed card) saves what was typed.
  useEffect(() => {
    const remove = addPendingFlush(flush);
    return () => {
      remove();
      void flush();
    };
  }, [flush]);

  return { state, flush, discard };
}
