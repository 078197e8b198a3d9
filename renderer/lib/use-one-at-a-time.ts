import { useCallback, useRef, useState, type MouseEvent } from 'react';

/** Props for a form's submit button: disabled while saving, and the second click of a double-click ignored. */
export interface SaveButtonProps {
  disabled: boolean;
  onClick(event: MouseEvent<HTMLButtonElement>): void;
}

/**
 * Runs a save one at a time. A second request while the first is on its way does nothing (the
 * guard is a ref, so it holds even between two events React delivers before it re-renders), and
 * the submit button ignores the second click of a double-click, which can come after a quick save
 * has already finished.
 */
export function useOneAtATime(): {
  busy: boolean;
  run(work: () => Promise<unknown>): Promise<void>;
  buttonProps: SaveButtonProps;
} {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const onClick = useCallback((event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail > 1) event.preventDefault();
  }, []);
  return { busy, run, buttonProps: { disabled: busy, onClick } };
}
