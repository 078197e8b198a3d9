import { z } from 'zod';

export type MetricKind = 'scale' | 'yes-no';

/** What a measure is and which values it takes. Built-in ones are fixed; a person adds their own. */
export interface MetricDefinition {
  key: string;
  label: string;
  kind: MetricKind;
  min: number;
  max: number;
  /** The smallest step between two values (1 for a 0-10 rating, 0.25 for hours of sleep). */
  step: number;
  unit: string;
  /** What the low and high ends mean, for a scale. */
  lowLabel: string;
  highLabel: string;
}

const rating = (key: string, label: string, lowLabel: string, highLabel: string): MetricDefinition => ({
  key,
  label,
  kind: 'scale',
  min: 0,
  max: 10,
  step: 1,
  unit: '',
  lowLabel,
  highLabel,
});

/** Mood is always recorded; it comes first so charts and forms can rely on it. */
export const moodMetric = rating('mood', 'Mood', 'very low', 'very good');

/**
 * The metrics a check-in can record. Built-in ones have fixed keys; metrics a person defines get a
 * key of their own in the same shape, so a goal can point at either.
 */
export const builtInMetrics: readonly MetricDefinition[] = [
  moodMetric,
  rating('energy', 'Energy', 'none', 'plenty'),
  rating('anxiety', 'Anxiety', 'none', 'severe'),
  { ...rating('sleep-hours', 'Sleep', '', ''), max: 24, step: 0.25, unit: 'hours' },
  rating('sleep-quality', 'Sleep quality', 'very poor', 'very good'),
  rating('cravings', 'Cravings or urges', 'none', 'overwhelming'),
  rating('pain', 'Pain', 'no pain', 'worst imaginable'),
];

/** Built-in metrics a new vault asks about (besides mood); the rest can be turned on in Check-ins. */
export const metricsOnByDefault = ['energy', 'anxiety', 'sleep-hours', 'sleep-quality', 'cravings'];

export const metricKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'This is not a known check-in measure.');

/** True when `value` is one the metric accepts: inside its range and on its steps. */
export function acceptsValue(metric: MetricDefinition, value: number): boolean {
  if (!Number.isFinite(value) || value < metric.min || value > metric.max) return false;
  const steps = (value - metric.min) / metric.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** A value recorded for this measure: a number inside its range and on its steps. */
export const metricValueSchema = (metric: MetricDefinition) =>
  z.number().refine((value) => acceptsValue(metric, value), `${metric.label} takes ${describeRange(metric)}.`);

/** "between 0 and 10", "yes or no", "between 0 and 24 hours, in steps of 0.25" */
export function describeRange(metric: MetricDefinition): string {
  if (metric.kind === 'yes-no') return 'yes or no';
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const steps = metric.step === 1 ? 'whole numbers ' : '';
  const stepNote = metric.step !== 1 ? `, in steps of ${metric.step}` : '';
  return `${steps}from ${metric.min} to ${metric.max}${unit}${stepNote}`;
}
