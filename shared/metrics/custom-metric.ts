import { z } from 'zod';
import { lineText, requiredLineText } from '../plan/plan-text';
import { acceptsValue, builtInMetrics, describeRange, metricKey, type MetricDefinition } from './metric-key';

const maxMagnitude = 1_000_000;
const bound = z
  .number({ error: 'Enter a number.' })
  .finite()
  .min(-maxMagnitude, `Keep this between -${maxMagnitude} and ${maxMagnitude}.`)
  .max(maxMagnitude, `Keep this between -${maxMagnitude} and ${maxMagnitude}.`);

/** A measure a person defines: a number range (with a unit) or a yes/no question. */
export const customMetricSchema = z
  .strictObject({
    label: requiredLineText.refine((label) => label.length <= 60, 'Keep the name under 60 characters.'),
    kind: z.enum(['scale', 'yes-no']),
    min: bound,
    max: bound,
    unit: lineText.refine((unit) => unit.length <= 20, 'Keep the unit under 20 characters.'),
  })
  .superRefine((metric, context) => {
    if (metric.kind === 'scale' && metric.min >= metric.max) {
      context.addIssue({ code: 'custom', path: ['max'], message: 'The highest value must be above the lowest.' });
    }
    if (metric.kind === 'yes-no' && (metric.min !== 0 || metric.max !== 1)) {
      context.addIssue({ code: 'custom', path: ['kind'], message: 'A yes/no measure is stored as 0 (no) or 1 (yes).' });
    }
  });

export type CustomMetric = z.infer<typeof customMetricSchema>;

/** One measure as the vault keeps it: on or off, and for a person's own, its definition. */
export const metricSettingSchema = z
  .strictObject({
    key: metricKey,
    enabled: z.boolean(),
    custom: customMetricSchema.nullable(),
  })
  .superRefine((setting, context) => {
    const builtIn = builtInMetrics.some((metric) => metric.key === setting.key);
    if (setting.key === 'mood') {
      context.addIssue({ code: 'custom', path: ['key'], message: 'Mood is always recorded and has no setting.' });
    } else if (builtIn && setting.custom) {
      context.addIssue({ code: 'custom', path: ['key'], message: `"${setting.key}" is a built-in measure.` });
    } else if (!builtIn && !setting.custom) {
      context.addIssue({ code: 'custom', path: ['key'], message: `"${setting.key}" is not a built-in measure.` });
    }
  });

export type MetricSetting = z.infer<typeof metricSettingSchema>;

/** A measure with everything the screens need: its definition and whether check-ins ask for it. */
/** A measure's key and the name the person sees, where a form or a page names it. */
export interface MeasureName {
  key: string;
  label: string;
}

export interface TrackedMetric extends MetricDefinition {
  builtIn: boolean;
  enabled: boolean;
}

/** The definition a custom metric's values are checked against. */
export function customMetricDefinition(key: string, custom: CustomMetric): MetricDefinition {
  return {
    key,
    label: custom.label,
    kind: custom.kind,
    min: custom.kind === 'yes-no' ? 0 : custom.min,
    max: custom.kind === 'yes-no' ? 1 : custom.max,
    step: custom.kind === 'yes-no' ? 1 : smallestStep(custom.min, custom.max),
    unit: custom.unit,
    lowLabel: '',
    highLabel: '',
  };
}

/** Whole numbers for a whole-number range of 5 or more; hundredths for anything finer. */
function smallestStep(min: number, max: number): number {
  if (Number.isInteger(min) && Number.isInteger(max) && max - min >= 5) return 1;
  return 0.01;
}

/** Every measure in order: mood, then the vault's settings (built-in and custom) as stored. */
export function trackedMetrics(settings: readonly MetricSetting[]): TrackedMetric[] {
  const mood = builtInMetrics[0]!;
  return [
    { ...mood, builtIn: true, enabled: true },
    ...settings.map((setting) => {
      const definition = setting.custom
        ? customMetricDefinition(setting.key, setting.custom)
        : builtInMetrics.find((metric) => metric.key === setting.key)!;
      return { ...definition, builtIn: !setting.custom, enabled: setting.enabled };
    }),
  ];
}

/** What is wrong with a check-in's values for these measures, in one sentence; null when nothing is. */
export function metricValuesProblem(metrics: readonly TrackedMetric[], values: Record<string, number>): string | null {
  const byKey = new Map(metrics.map((metric) => [metric.key, metric]));
  for (const [key, value] of Object.entries(values)) {
    const metric = byKey.get(key);
    if (!metric) return `"${key}" is not one of your check-in measures.`;
    if (!acceptsValue(metric, value))
      return `${metric.label} takes ${describeRange(metric)}; ${value} is outside that.`;
  }
  return null;
}
