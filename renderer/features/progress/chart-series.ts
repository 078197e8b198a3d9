import { daysBetween } from '../../../shared/dates/calendar-date';
import type { ProgressDay } from '../../../shared/progress/progress-days';
import {
  aggregate,
  resolutionFor,
  rollingAverage,
  type DayValue,
  type Resolution,
} from '../../../shared/progress/daily-series';

/** One point on a chart: a day, or a week or month when the range is too long to show every day. */
export interface ChartPoint {
  /** Milliseconds at midnight UTC of the point's first day, for the time axis. */
  x: number;
  day: string;
  value: number | null;
  spread: [number, number] | null;
  count: number;
  /** 7-day rolling average (days only). */
  average: number | null;
  /** The second measure, when one is charted. */
  second: number | null;
  checkIns: ProgressDay['checkIns'];
}

export interface ChartSeries {
  resolution: Resolution;
  points: ChartPoint[];
}

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

function valuesOf(days: readonly ProgressDay[], metric: string): DayValue[] {
  return days.flatMap((day) => {
    const stat = day.values[metric];
    return stat ? [{ day: day.day, ...stat }] : [];
  });
}

/**
 * The points of a chart of `metric` (and optionally `second`) over a range, at the finest
 * resolution that fits `pixels`. Days without a value are left out, so they draw as gaps.
 */
export function chartSeries(
  days: readonly ProgressDay[],
  range: { from: string; to: string },
  metric: string,
  second: string | null,
  pixels: number,
): ChartSeries {
  const resolution = resolutionFor(range.from, range.to, Math.max(1, Math.floor(pixels)));
  const primary = aggregate(valuesOf(days, metric), resolution);
  const averages = resolution === 'day' ? new Map(rollingAverage(primary).map((point) => [point.day, point.value])) : undefined;
  const secondary = second ? new Map(aggregate(valuesOf(days, second), resolution).map((point) => [point.day, point.mean])) : undefined;
  const checkInsByDay = resolution === 'day' ? new Map(days.map((day) => [day.day, day.checkIns])) : undefined;
  const byDay = new Map<string, ChartPoint>();
  for (const point of primary) {
    byDay.set(point.day, {
      x: dayMs(point.day),
      day: point.day,
      value: point.mean,
      spread: [point.min, point.max],
      count: point.count,
      average: averages?.get(point.day) ?? null,
      second: secondary?.get(point.day) ?? null,
      checkIns: checkInsByDay?.get(point.day) ?? [],
    });
  }
  // A day with only the second measure still gets a point, with no value for the first.
  for (const [day, value] of secondary ?? []) {
    if (!byDay.has(day)) {
      byDay.set(day, { x: dayMs(day), day, value: null, spread: null, count: 0, average: null, second: value, checkIns: [] });
    }
  }
  const points = [...byDay.values()].sort((a, b) => a.x - b.x);
  return { resolution, points };
}

/** Number of calendar days in a range, both ends included. */
export const rangeDays = (range: { from: string; to: string }) => daysBetween(range.from, range.to) + 1;
