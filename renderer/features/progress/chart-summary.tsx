import { useState } from 'react';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { Resolution } from '../../../shared/progress/daily-series';
import { pointLabel } from './metric-chart';
import type { ChartPoint } from './chart-series';
import type { MeasureComparison } from '../../../shared/progress/measure-change';
import { comparisonSentence } from '../../lib/comparison-words';

const round = (value: number) => (Math.round(value * 10) / 10).toString();

/** Days since my first check-in before a range's halves can be compared (`comparisonWindows`). */
export const minimumComparedDays = 14;

/**
 * A few plain sentences that say what the chart shows, for everyone and for screen readers first.
 * The comparison is the one rule of the app (dated windows, a minimum change that fits the
 * measure, better or worse where one way is better); on paper it is the page 1 comparison.
 */
export function chartSummary(
  points: readonly ChartPoint[],
  metric: TrackedMetric,
  rangeText: string,
  daysWithValue: number,
  /** Setbacks in the range; `listed` when there are too many markers to draw, so the key lists them. */
  setbacks: { count: number; word: string; listed?: boolean },
  comparison: MeasureComparison | null,
  /** Too few days since my first check-in for any comparison. */
  tooEarly = false,
): string {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  if (values.length === 0) return `No ${metric.label.toLowerCase()} recorded in ${rangeText}.`;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const sentences = [
    `${metric.label} over ${rangeText}: average ${round(mean)}, from ${round(Math.min(...values))} to ${round(Math.max(...values))}.`,
  ];
  if (comparison) sentences.push(comparisonSentence(comparison, metric));
  else if (tooEarly)
    sentences.push('Not enough check-ins yet to say how it is changing: that takes two weeks of them.');
  sentences.push(`Based on ${daysWithValue} ${daysWithValue === 1 ? 'day' : 'days'} with a value.`);
  if (setbacks.count > 0) {
    sentences.push(
      `${setbacks.count} ${setbacks.count === 1 ? `${setbacks.word} is` : `${setbacks.word}s are`} ${setbacks.listed ? 'listed under' : 'marked on'} the chart.`,
    );
  }
  return sentences.join(' ');
}

/** The chart's figures as a table, drawn only when opened (a year of days is a long table). */
export function ChartDataTable({
  points,
  resolution,
  metric,
  second,
}: {
  points: readonly ChartPoint[];
  resolution: Resolution;
  metric: TrackedMetric;
  second?: TrackedMetric;
}) {
  const [open, setOpen] = useState(false);
  const unit = resolution === 'day' ? 'Check-ins' : 'Days with check-ins';
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show the chart’s figures as a table</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Chart figures">
          <table>
            <caption className="visually-hidden">
              {metric.label} {resolution === 'day' ? 'by day' : resolution === 'week' ? 'by week' : 'by month'}
            </caption>
            <thead>
              <tr>
                <th scope="col">{resolution === 'day' ? 'Day' : resolution === 'week' ? 'Week' : 'Month'}</th>
                <th scope="col">{metric.label}</th>
                <th scope="col">Lowest–highest</th>
                <th scope="col">{unit}</th>
                {resolution === 'day' && <th scope="col">7-day average</th>}
                {second && <th scope="col">{second.label}</th>}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.day}>
                  <th scope="row">{pointLabel(point.day, resolution)}</th>
                  <td>{point.value === null ? '—' : round(point.value)}</td>
                  <td>{point.spread ? `${round(point.spread[0])}–${round(point.spread[1])}` : '—'}</td>
                  <td>{point.count}</td>
                  {resolution === 'day' && <td>{point.average === null ? '—' : round(point.average)}</td>}
                  {second && <td>{point.second === null ? '—' : round(point.second)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
