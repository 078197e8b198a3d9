import { addDays } from '../dates/calendar-date';
import type { TrackedMetric } from '../metrics/custom-metric';
import type { PlanDocument } from '../plan/plan-document';
import { entryTitle } from '../plan/plan-entries';

/** A mean with the number of days behind it, so a small sample is never over-read. */
export interface SampledMean {
  mean: number | null;
  days: number;
}

/**
 * What "What helps" compares days by: a coping strategy used, a trigger met, a yes/no measure
 * answered yes, or a medication whose doses due that day were all taken.
 */
export type FactorKind = 'coping' | 'trigger' | 'measure' | 'medication';

/**
 * A factor as the comparisons name it: `coping:<entry id>`, `trigger:<entry id>`,
 * `measure:<measure key>` or `medication:<medication id>`.
 */
export const factorKey = (kind: FactorKind, id: string) => `${kind}:${id}`;

export interface WhatHelpsFactor {
  key: string;
  kind: FactorKind;
  /** The plan entry's id, the measure's key, or the medication's id. */
  id: string;
  title: string;
}

/**
 * Every factor of a plan, its measures and (when given) my scheduled medications, in the order the
 * table lists them.
 */
export function whatHelpsFactors(
  plan: Pick<PlanDocument, 'copingStrategies' | 'triggers'>,
  metrics: readonly Pick<TrackedMetric, 'key' | 'label' | 'kind'>[],
  medications: readonly { id: string; name: string }[] = [],
): WhatHelpsFactor[] {
  return [
    ...plan.copingStrategies.map((entry) => ({
      key: factorKey('coping', entry.id),
      kind: 'coping' as const,
      id: entry.id,
      title: entryTitle('copingStrategies', entry),
    })),
    ...plan.triggers.map((entry) => ({
      key: factorKey('trigger', entry.id),
      kind: 'trigger' as const,
      id: entry.id,
      title: entryTitle('triggers', entry),
    })),
    ...metrics
      .filter((metric) => metric.kind === 'yes-no')
      .map((metric) => ({
        key: factorKey('measure', metric.key),
        kind: 'measure' as const,
        id: metric.key,
        title: metric.label,
      })),
    ...medications.map((medication) => ({
      key: factorKey('medication', medication.id),
      kind: 'medication' as const,
      id: medication.id,
      title: `${medication.name}, taken`,
    })),
  ];
}

export interface FactorComparison {
  factor: string;
  /** The measure on days with the factor. */
  usedDays: SampledMean;
  /** The measure on days with a value but without the factor. */
  otherDays: SampledMean;
  /** The measure on the day after a day with the factor. */
  nextDays: SampledMean;
}

/** One measure against every factor, as the Progress screen and the PDF show it. */
export interface WhatHelps {
  measure: string;
  comparisons: FactorComparison[];
}

function meanOf(values: number[]): SampledMean {
  return {
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    days: values.length,
  };
}

/**
 * For each factor, the mean daily value of a measure on days with it against days without it, and
 * the next day's value. Only days with a value count; a day has a factor if any of its check-ins
 * had it. One pass per factor over the days: linear in both.
 */
export function compareFactors(
  days: readonly {
    day: string;
    value: number | null;
    factors: ReadonlySet<string>;
    /** Factors that do not apply that day (a medication not due): neither a day with it nor without. */
    outside?: ReadonlySet<string>;
  }[],
  factors: readonly string[],
): FactorComparison[] {
  const valueByDay = new Map(days.filter((day) => day.value !== null).map((day) => [day.day, day.value!]));
  return factors.map((factor) => {
    const used: number[] = [];
    const other: number[] = [];
    const next: number[] = [];
    for (const day of days) {
      if (day.outside?.has(factor)) continue;
      const withFactor = day.factors.has(factor);
      if (day.value !== null) (withFactor ? used : other).push(day.value);
      const tomorrow = withFactor ? valueByDay.get(addDays(day.day, 1)) : undefined;
      if (tomorrow !== undefined) next.push(tomorrow);
    }
    return { factor, usedDays: meanOf(used), otherDays: meanOf(other), nextDays: meanOf(next) };
  });
}

/** Fewer days than this on either side, and a difference is not read as standing out. */
export const standOutMinimumDays = 7;

/** A factor's difference: the measure on days with it, less the measure on other days. */
export const factorDifference = (comparison: FactorComparison): number | null =>
  comparison.usedDays.mean === null || comparison.otherDays.mean === null
    ? null
    : comparison.usedDays.mean - comparison.otherDays.mean;

/**
 * Comparisons ordered by their difference, largest either way first; those with too few days
 * behind them (under `standOutMinimumDays` on a side) after, and those with no difference last.
 */
export function byDifference(comparisons: readonly FactorComparison[]): FactorComparison[] {
  const weight = (comparison: FactorComparison) => {
    const difference = factorDifference(comparison);
    if (difference === null) return -1e9;
    const enough = Math.min(comparison.usedDays.days, comparison.otherDays.days) >= standOutMinimumDays;
    return enough ? Math.abs(difference) : Math.abs(difference) - 1_000;
  };
  return [...comparisons].sort((a, b) => weight(b) - weight(a));
}

/**
 * The one or two factors whose difference stands out: enough days on both sides, and at least
 * `minimum` (the smallest change that counts for the measure, `minimumChange`), largest first.
 */
export function standingOut(comparisons: readonly FactorComparison[], minimum: number): FactorComparison[] {
  return byDifference(comparisons)
    .filter((comparison) => {
      const difference = factorDifference(comparison);
      const enough = Math.min(comparison.usedDays.days, comparison.otherDays.days) >= standOutMinimumDays;
      return enough && difference !== null && Math.abs(difference) >= minimum;
    })
    .slice(0, 2);
}
