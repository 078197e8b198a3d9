import { useState } from 'react';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { Resolution } from '../../../shared/progress/daily-series';
import { pointLabel } from './metric-chart';
import type { ChartPoint } from './chart-series';

const round = (value: number) => (Math.round(value * 10) / 10).toString();

/** A few plain sentences that say what the chart shows, for everyone and for screen readers first. */
export function chartSummary(
  points: readonly ChartPoint[],
  metric: TrackedMetric,
  rangeText: string,
  daysWithValue: number,
  lapses: number,
): string {
  const values = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  if (values.length === 0) return `No ${metric.label.toLowerCase()} recorded in ${rangeText}.`;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const half = Math.floor(values.length / 2);
  const sentences = [
    `${metric.label} over ${rangeText}: average ${round(mean)}, from ${round(Math.min(...values))} to ${round(Math.max(...values))}.`,
  ];
  if (half >= 2) {
    const first = values.slice(0, half).reduce((sum, value) => sum + value, 0) / half;
    const last = values.slice(-half).reduce((sum, value) => sum + value, 0) / half;
    const change = last - first;
    sentences.push(
      Math.abs(change) < 0.3
        ? `It stayed about the same from the first half of the range to the second (${round(first)} and ${round(last)}).`
        : `It went ${change > 0 ? 'up' : 'down'} from ${round(first)} in the first half of the range to ${round(last)} in the second.`,
    );
  }
  sentences.push(`Based on ${daysWithValue} ${daysWithValue === 1 ? 'day' : 'days'} with a value.`);
  if (lapses > 0) sentences.push(`${lapses} ${lapses === 1 ? 'lapse is' : 'lapses are'} marked on the chart.`);
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
