import type { MetricDefinition } from '../../shared/metrics/metric-key';
import { changeInWords, type MeasureComparison, type WindowMean } from '../../shared/progress/measure-change';
import { formatDay } from './format-date';

const round = (value: number) => (Math.round(value * 10) / 10).toString();
const shortDate = (day: string) => formatDay(day, { day: 'numeric', month: 'short' });

/** "It was higher (better) from 1–30 Sep to 1–30 Oct: 4.2 and 5.6." The windows are always dated. */
export function comparisonSentence(
  comparison: MeasureComparison,
  metric: Pick<MetricDefinition, 'key' | 'unit'>,
): string {
  const { earlier, later, direction } = comparison;
  const span = (window: WindowMean) => `${shortDate(window.from)}–${shortDate(window.to)}`;
  if (direction === 'too few check-ins') {
    return `Too few check-ins to compare ${span(earlier)} with ${span(later)}.`;
  }
  const figures = `(${round(earlier.mean!)} and ${round(later.mean!)}${metric.unit ? ` ${metric.unit}` : ''})`;
  return direction === 'about the same'
    ? `It stayed about the same from ${span(earlier)} to ${span(later)} ${figures}.`
    : `It was ${changeInWords(direction, metric.key)} in ${span(later)} than in ${span(earlier)} ${figures}.`;
}
