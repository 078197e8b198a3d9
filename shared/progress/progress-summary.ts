import { addDays, daysBetween } from '../dates/calendar-date';
import { aggregate, bucketStart, resolutionFor, rollingAverage, type DayValue } from './daily-series';
import type { ProgressDay, ProgressRequest, ProgressView } from './progress-days';
import { compareInWindows, comparisonWindows, type MeasureComparison } from './measure-change';
import { compareFactors, factorKey, type SampledMean } from './what-helps';
import { goalLevelFigures } from './goal-level';

/** Goals are compared over their first and last four weeks of a range. */
export const goalWindowDays = 28;

function valuesOf(days: readonly ProgressDay[], metric: string): DayValue[] {
  return days.flatMap((day) => {
    const stat = day.values[metric];
    return stat ? [{ day: day.day, ...stat }] : [];
  });
}

function sampledMean(values: readonly number[]): SampledMean {
  return {
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    days: values.length,
  };
}

/**
 * The factors a day had: coping strategies used, triggers met, yes/no measures answered yes, and
 * medications whose due doses were all taken.
 */
function factorsOf(day: ProgressDay): Set<string> {
  return new Set([
    ...(day.medicationsTaken ?? []).map((id) => factorKey('medication', id)),
    ...day.copingIds.map((id) => factorKey('coping', id)),
    ...day.triggerIds.map((id) => factorKey('trigger', id)),
    ...Object.entries(day.values).flatMap(([key, stat]) => (stat.max >= 1 ? [factorKey('measure', key)] : [])),
  ]);
}

/** The medication factors that do not apply to a day: no dose of theirs was due. */
function notDueOn(day: ProgressDay, medicationFactors: readonly string[]): Set<string> {
  const due = new Set((day.medicationsDue ?? []).map((id) => factorKey('medication', id)));
  return new Set(medicationFactors.filter((factor) => !due.has(factor)));
}

/**
 * Everything the Progress screen shows for a range but its events, from its check-in days (in order). Pure, so
 * the same figures can be checked in unit tests and printed in an export.
 */
export function summarizeProgress(
  days: readonly ProgressDay[],
  request: ProgressRequest,
  plan: { factors: readonly string[]; goals: readonly { id: string; metric: string | null }[] },
  vault: { firstDay: string | null; lastDay: string | null },
  /** The scale of each requested measure, for what counts as a change in it. */
  scales: Readonly<Record<string, { min: number; max: number }>> = {},
): Omit<ProgressView, 'events' | 'whatHelpsFactors'> {
  const range = { from: request.from, to: request.to };
  const whatHelpsMeasure = request.whatHelpsMeasure ?? 'mood';
  const medicationFactors = plan.factors.filter((factor) => factor.startsWith(factorKey('medication', '')));
  const resolution = resolutionFor(range.from, range.to, request.pixels);
  const series: Record<string, DayValue[]> = {};
  const daysWithValue: Record<string, number> = {};
  const comparisons: Record<string, MeasureComparison | null> = {};
  // Compared only over days since my first check-in: a half from before it would have no data to say anything.
  const started = vault.firstDay !== null && vault.firstDay > range.from ? vault.firstDay : range.from;
  const windows = started <= range.to ? comparisonWindows({ from: started, to: range.to }) : null;
  for (const metric of request.metrics) {
    const daily = valuesOf(days, metric);
    series[metric] = aggregate(daily, resolution);
    daysWithValue[metric] = daily.length;
    const scale = scales[metric] ?? { min: 0, max: 10 };
    comparisons[metric] = windows ? compareInWindows(daily, windows, { key: metric, ...scale }) : null;
  }
  const first = request.metrics[0]!;
  // Weeks for up to about a year; months beyond, so a row of bars stays readable.
  const patternResolution = daysBetween(range.from, range.to) > 400 ? 'month' : 'week';
  const counts: ProgressView['patterns']['counts'] = {};
  for (const day of days) {
    const bucket = bucketStart(day.day, patternResolution);
    for (const id of [...day.triggerIds, ...day.warningSignIds]) {
      const count = (counts[id] ??= { total: 0, byBucket: {} });
      count.total++;
      count.byBucket[bucket] = (count.byBucket[bucket] ?? 0) + 1;
    }
  }
  const buckets: string[] = [];
  for (let bucket = bucketStart(range.from, patternResolution); bucket <= range.to;) {
    buckets.push(bucket);
    bucket = patternResolution === 'week' ? addDays(bucket, 7) : bucketStart(addDays(bucket, 31), 'month');
  }
  const comparable = daysBetween(range.from, range.to) + 1 >= 2 * goalWindowDays;
  const firstWindowEnd = addDays(range.from, goalWindowDays - 1);
  const lastWindowStart = addDays(range.to, -(goalWindowDays - 1));
  return {
    range,
    firstDay: vault.firstDay,
    lastDay: vault.lastDay,
    resolution,
    series,
    rollingAverage: resolution === 'day' ? rollingAverage(series[first]!) : [],
    checkIns: resolution === 'day' ? Object.fromEntries(days.map((day) => [day.day, day.checkIns])) : {},
    daysWithValue,
    lapseDays: days.filter((day) => day.lapse).map((day) => day.day),
    whatHelps: {
      measure: whatHelpsMeasure,
      comparisons: compareFactors(
        days.map((day) => ({
          day: day.day,
          value: day.values[whatHelpsMeasure]?.mean ?? null,
          factors: factorsOf(day),
          outside: notDueOn(day, medicationFactors),
        })),
        plan.factors.filter((factor) => factor !== factorKey('measure', whatHelpsMeasure)),
      ),
    },
    patterns: { resolution: patternResolution, buckets, counts },
    comparisons,
    goals: plan.goals.flatMap(({ id, metric }) => {
      if (!metric) return [];
      const values = valuesOf(days, metric);
      const inWindow = (from: string, to: string) =>
        sampledMean(values.filter((value) => value.day >= from && value.day <= to).map((value) => value.mean));
      return [
        {
          goalId: id,
          metric,
          first: comparable ? inWindow(range.from, firstWindowEnd) : sampledMean([]),
          last: inWindow(comparable ? lastWindowStart : range.from, range.to),
          level: goalLevelFigures(values, range.to),
        },
      ];
    }),
  };
}
