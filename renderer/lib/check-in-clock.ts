import { useEffect, useState } from 'react';
import { checkInDay, defaultDayBoundaryMinutes, wallClockTime } from '../../shared/check-ins/check-in-day';
import { useIpcClient } from './ipc-context';

/** This computer's time zone (an IANA name such as Europe/London). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Today as a check-in day here: before the day boundary, it is still yesterday. */
export function todayCheckInDay(boundaryMinutes: number, now = new Date()): string {
  return checkInDay(now, localTimeZone(), boundaryMinutes);
}

/** The time on this computer's clock now, HH:MM. */
export function localTimeNow(now = new Date()): string {
  return wallClockTime(now, localTimeZone());
}

/** Today's check-in day, once the day boundary has been read from the vault. */
export function useCheckInToday(): string | undefined {
  const ipc = useIpcClient();
  const [boundary, setBoundary] = useState<number>();
  useEffect(() => {
    let current = true;
    void ipc.invoke('settings.get', {}).then((result) => {
      if (current) setBoundary(result.ok ? result.value.dayBoundaryMinutes : defaultDayBoundaryMinutes);
    });
    return () => {
      current = false;
    };
  }, [ipc]);
  return boundary === undefined ? undefined : todayCheckInDay(boundary);
}
