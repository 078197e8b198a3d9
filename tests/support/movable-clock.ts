import type { Clock } from '../../electron/ports/clock';

/** Main's clock in London, standing still at `start` until the test moves it. */
export function movableClock(start: string): Clock & { moveTo(at: string): void } {
  let now = new Date(start);
  return { now: () => now, timeZone: () => 'Europe/London', moveTo: (at) => (now = new Date(at)) };
}
