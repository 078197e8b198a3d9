import { instantAt, wallClockAt } from '../../shared/check-ins/check-in-day';
import { addDays } from '../../shared/dates/calendar-date';

/** A computer can sleep for days; what was missed before this is too old to remind about. */
export const catchUpLimitMs = 36 * 60 * 60 * 1000;

const pad = (value: number) => String(value).padStart(2, '0');

function calendarDateAt(instant: Date, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)}`;
}

/**
 * The latest moment in (`after`, `until`] at which the wall clock in `timeZone` showed `time`,
 * or undefined. Worked out on the wall clock of each day, so a DST change neither skips nor
 * doubles a reminder: a time in the spring gap comes when the gap ends, a time repeated in
 * autumn comes the first time.
 */
export function lastOccurrence(time: string, after: Date, until: Date, timeZone: string): Date | undefined {
  const from = new Date(Math.max(after.getTime(), until.getTime() - catchUpLimitMs));
  let day = calendarDateAt(from, timeZone);
  const lastDay = calendarDateAt(until, timeZone);
  let latest: Date | undefined;
  for (let guard = 0; day <= lastDay && guard < 4; guard++, day = addDays(day, 1)) {
    const instant = instantAt(day, time, timeZone);
    if (instant > from && instant <= until) latest = instant;
  }
  return latest;
}
