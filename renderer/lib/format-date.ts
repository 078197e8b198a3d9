/** "in 3 days", "today", "5 days ago" for a day count. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

// Making a formatter is slow and charts format hundreds of dates, so each style is made once.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats the UTC calendar day of `date` (YYYY-MM-DD or ms) in the system's language. */
export function formatDay(date: string | number, options: Intl.DateTimeFormatOptions): string {
  const key = JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(typeof date === 'number' ? date : Date.parse(`${date}T00:00:00Z`));
}

/** A calendar date the way people read it, in the system's language: "20 November 2026". */
export function formatDate(date: string): string {
  return formatDay(date, { day: 'numeric', month: 'long', year: 'numeric' });
}

const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Nov 22, 2026, 12:02 PM": an instant (ISO), in this computer's locale and zone. */
export function formatMoment(instant: string): string {
  return momentFormat.format(new Date(instant));
}

/** The names of the days of the week, Monday first, as calendars by week head their columns. */
export function weekdayNames(width: 'long' | 'short'): string[] {
  // 16 November 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => formatDay(`2026-11-${16 + index}`, { weekday: width }));
}
