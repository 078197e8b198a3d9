/**
 * Every time of day Waypoint shows, in one format: the locale's own, with its 12- or 24-hour clock
 * ("19:00" in Britain, "7:00 PM" in the US), from Intl. Times are kept as HH:MM (24-hour) or as
 * instants; only what is shown changes. `locale` is for tests; the app uses the system's, in
 * main as in the renderer (a medication's change as an event on a chart or in the PDF is worded in
 * main).
 */

// A formatter is slow to make and lists format hundreds of times: one per locale and time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function timeFormat(timeZone: string | undefined, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // The locale's own short time: its hour cycle and padding ("09:05" in Britain, "9:05 AM" in the US).
    formatter = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The time on the clock at an instant: where it was written (`timeZone`), or on this computer's clock. */
export function formatTimeAt(instant: Date | string | number, timeZone?: string, locale?: string): string {
  return timeFormat(timeZone, locale).format(typeof instant === 'object' ? instant : new Date(instant));
}

/** A time of day kept as HH:MM (a reminder, a dose's time, a day boundary), as this computer writes times. */
export function formatTimeOfDay(time: string, locale?: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return formatTimeAt(Date.UTC(2000, 0, 1, hour, minute), 'UTC', locale);
}

/** Minutes after midnight (a day boundary) as a time of day. */
export const formatMinutesOfDay = (minutes: number, locale?: string): string =>
  formatTimeOfDay(`${Math.floor(minutes / 60)}:${minutes % 60}`, locale);
