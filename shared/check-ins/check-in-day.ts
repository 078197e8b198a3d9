/**
 * Which day a check-in belongs to. A check-in keeps the moment it was written (UTC) and the time
 * zone it was written in; its day is the calendar day on the wall clock there, shifted back by the
 * person's day boundary (default 04:00), so a 01:30 check-in counts for the evening before.
 * Computed from wall-clock time, so DST changes and travel never move an entry to another day.
 */

export const defaultDayBoundaryMinutes = 4 * 60;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone name this machine knows (an IANA name such as `Europe/London`). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at an instant. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** HH:MM on the wall clock in `timeZone` at an instant. */
export function wallClockTime(instant: Date, timeZone: string): string {
  const clock = wallClockAt(instant, timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

/** The check-in day of a moment written in `timeZone`, with the day starting at `boundaryMinutes`. */
export function checkInDay(instant: Date, timeZone: string, boundaryMinutes = defaultDayBoundaryMinutes): string {
  const clock = wallClockAt(instant, timeZone);
  const date = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  if (clock.hour * 60 + clock.minute < boundaryMinutes) date.setUTCDate(date.getUTCDate() - 1);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` and `time` (HH:MM). A time that
 * does not exist (skipped by a DST change) moves forward by the gap; a repeated one takes the first.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const clock = wallClockAt(new Date(instant), timeZone);
    return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - instant;
  };
  // Try the offsets in force a day either side; the earlier matching instant wins.
  const candidates = [offsetAt(wanted - 86_400_000), offsetAt(wanted + 86_400_000)]
    .map((offset) => wanted - offset)
    .filter((instant) => offsetAt(instant) + instant === wanted)
    .sort((a, b) => a - b);
  // In a gap, the offset from before it carries the time forward past the gap.
  return new Date(candidates[0] ?? wanted - offsetAt(wanted - 86_400_000));
}
