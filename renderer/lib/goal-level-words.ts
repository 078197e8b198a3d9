import type { TrackedMetric } from '../../shared/metrics/custom-metric';
import { goalLevel, type GoalLevelFigures } from '../../shared/progress/goal-level';
import { formatDate } from './format-date';
import { measureAmount } from './measure-amount';

const plain = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * A "reach a level" goal against its target, one sentence for the Goals and Progress screens and
 * the PDF: "Knee bend: 109 of a 110 target (my latest, on March 12, 2026); the last 7 days'
 * average 106.5 (5 days)." Null when the goal is about a trend (no level in its target).
 */
export function goalLevelWords(metric: TrackedMetric, target: string, figures: GoalLevelFigures): string | null {
  const level = goalLevel(target, metric);
  if (level === null || metric.kind === 'yes-no') return null;
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const { latest, lastWeek } = figures;
  if (!latest) return `${metric.label}: nothing recorded yet against a ${plain(level)}${unit} target.`;
  const week =
    lastWeek.days > 1
      ? `; the last 7 days’ average ${measureAmount(metric, lastWeek.mean!)} (${lastWeek.days} days)`
      : '';
  return `${metric.label}: ${plain(latest.value)} of a ${plain(level)}${unit} target (my latest, on ${formatDate(latest.day)})${week}.`;
}
