import { useEffect, useState } from 'react';
import { checkInDay, defaultDayBoundaryMinutes } from '../../shared/check-ins/check-in-day';
import { useSettings } from './settings';

/** How often an open screen looks whether a new check-in day has begun (and at once on focus). */
const dayCheckIntervalMs = 60_000;

/** This computer's time zone (an IANA name such as Europe/London). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today as a check-in day here: before the day boundary, it is still yesterday. */
export function todayCheckInDay(boundaryMinutes: number, now = new Date()): string {
  return checkInDay(now, localTimeZone(), boundaryMinutes);
}

/**
 * Today's check-in day, the one "today" every screen shows, once the day boundary has been read
 * from the vault (the default if it could not be). It moves on when the day boundary passes while
 * the app stays open, and when the window comes back after the computer slept.
 */
export function useCheckInToday(): string | undefined {
  const { settings, error } = useSettings();
  const boundary = settings?.dayBoundaryMinutes ?? (error ? defaultDayBoundaryMinutes : undefined);
  const [, setSeen] = useState<string>();
  useEffect(() => {
    if (boundary === undefined) return;
    const look = () => setSeen(todayCheckInDay(boundary));
    const timer = setInterval(look, dayCheckIntervalMs);
    window.addEventListener('focus', look);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', look);
    };
  }, [boundary]);
  return boundary === undefined ? undefined : todayCheckInDay(boundary);
}
