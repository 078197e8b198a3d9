import { addDays, daysBetween } from '../dates/calendar-date';

/** One day's value of a measure: the mean of that day's check-ins, with their spread. */
export interface DayValue {
  day: string;
  mean: number;
  min: number;
  max: number;
  count: number;
}

/** Groups readings by day (several check-ins a day are allowed) into one value per day, in order. */
export function dailyValues(readings: readonly { day: string; value: number }[]): DayValue[] {
  const byDay = new Map<string, number[]>();
  for (const { day, value } of readings) {
    const values = byDay.get(day) ?? [];
    values.push(value);
    byDay.set(day, values);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, values]) => ({
      day,
      mean: values.reduce((sum, value) => sum + value, 0) / values.length,
      min: Math.min(...values),
      max: Math.max(...values),
      count: values.length,
    }));
}

/**
 * The mean of the days with a value among the `window` calendar days ending on each day. A day
 * with no check-in is a gap, not a zero; a window with no value at all gives null.
 */
export function rollingAverage(days: readonly DayValue[], window = 7): { day: string; value: number | null }[] {
  const result: { day: string; value: number | null }[] = [];
  let start = 0;
  let sum = 0;
  for (let end = 0; end < days.length; end++) {
    const current = days[end]!;
    sum += current.mean;
    while (daysBetween(days[start]!.day, current.day) >= window) sum -= days[start++]!.mean;
    result.push({ day: current.day, value: sum / (end - start + 1) });
  }
  return result;
}

export type Resolution = 'day' | 'week' | 'month';

/** Beyond this many days (two years), a chart shows monthly averages: a trend, not ~520 weekly points. */
export const monthlyBeyondDays = 731;

/**
 * The finest resolution that draws no more points than the chart has pixels for; months beyond
 * two years, whatever the width, so a long range reads as a trend.
 */
export function resolutionFor(from: string, to: string, pixels: number): Resolution {
  const days = daysBetween(from, to) + 1;
  if (days > monthlyBeyondDays) return 'month';
  if (days <= pixels) return 'day';
  if (days / 7 <= pixels) return 'week';
  return 'month';
}

/** The first day of the bucket a day falls in: Monday of its week, or the 1st of its month. */
export function bucketStart(day: string, resolution: Resolution): string {
  if (resolution === 'day') return day;
  if (resolution === 'month') return `${day.slice(0, 8)}01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** Day values pooled into weeks or months: the mean of the days that have a value, with their count. */
export function aggregate(days: readonly DayValue[], resolution: Resolution): DayValue[] {
  if (resolution === 'day') return [...days];
  return dailyValues(days.map((day) => ({ day: bucketStart(day.day, resolution), value: day.mean })));
}
