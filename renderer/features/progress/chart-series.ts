import type { ProgressView } from '../../../shared/progress/progress-days';

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
  checkIns: ProgressView['checkIns'][string];
}

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/**
 * The chart's points from main's summary: the first measure with its spread and average, the
 * second measure where asked for. Days without a value are left out, so they draw as gaps.
 */
export function chartPoints(view: ProgressView, metric: string, second: string | null): ChartPoint[] {
  const averages = new Map(view.rollingAverage.map((point) => [point.day, point.value]));
  const byDay = new Map<string, ChartPoint>();
  for (const point of view.series[metric] ?? []) {
    byDay.set(point.day, {
      x: dayMs(point.day),
      day: point.day,
      value: point.mean,
      spread: [point.min, point.max],
      count: point.count,
      average: averages.get(point.day) ?? null,
      second: null,
      checkIns: view.checkIns[point.day] ?? [],
    });
  }
  for (const point of second ? (view.series[second] ?? []) : []) {
    const existing = byDay.get(point.day);
    if (existing) existing.second = point.mean;
    else {
      byDay.set(point.day, {
        x: dayMs(point.day),
        day: point.day,
        value: null,
        spread: null,
        count: 0,
        average: null,
        second: point.mean,
        checkIns: [],
      });
    }
  }
  return [...byDay.values()].sort((a, b) => a.x - b.x);
}
