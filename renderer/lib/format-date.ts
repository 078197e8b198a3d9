/** "in 3 days", "today", "5 days ago" for a day count. */
export function relativeDays(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/**
 * A calendar date the way people read it, in the system's language: "20 November 2026", or
 * "20 Nov 2026" where space is tight.
 */
export function formatDate(date: string, month: 'long' | 'short' = 'long'): string {
  const [year, monthNumber, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, monthNumber - 1, day).toLocaleDateString(undefined, { day: 'numeric', month, year: 'numeric' });
}
