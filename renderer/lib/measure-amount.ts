import type { TrackedMetric } from '../../shared/metrics/custom-metric';

/** A measure's mean in words: a yes/no measure as the share of days it was yes. */
export function measureAmount(metric: TrackedMetric, mean: number): string {
  return metric.kind === 'yes-no' ? `yes on ${Math.round(mean * 100)}% of days` : mean.toFixed(1);
}
