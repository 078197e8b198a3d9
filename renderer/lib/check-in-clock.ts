import { checkInDay, defaultDayBoundaryMinutes, wallClockTime } from '../../shared/check-ins/check-in-day';
import { useSettings } from './settings-context';

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

/** Today's check-in day, once the day boundary has been read from the vault (the default if it could not be). */
export function useCheckInToday(): string | undefined {
  const { settings, error } = useSettings();
  if (settings) return todayCheckInDay(settings.dayBoundaryMinutes);
  return error ? todayCheckInDay(defaultDayBoundaryMinutes) : undefined;
}
