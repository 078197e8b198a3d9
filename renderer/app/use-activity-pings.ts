import { useEffect } from 'react';
import { useActivityPing } from './api';

/** How often at most the window tells main someone is here (main's idle timer counts in minutes). */
export const activityPingIntervalMs = 15_000;

/** Keyboard, pointer and scroll use keep the vault unlocked; main decides when to lock. */
export function useActivityPings(active: boolean): void {
  const { run: ping } = useActivityPing();
  useEffect(() => {
    if (!active) return;
    let lastPing = 0;
    const onUse = (): void => {
      const now = Date.now();
      if (now - lastPing < activityPingIntervalMs) return;
      lastPing = now;
      void ping({});
    };
    const events = ['keydown', 'pointerdown', 'wheel', 'pointermove'] as const;
    for (const event of events) window.addEventListener(event, onUse, { passive: true });
    return () => {
      for (const event of events) window.removeEventListener(event, onUse);
    };
  }, [active, ping]);
}
