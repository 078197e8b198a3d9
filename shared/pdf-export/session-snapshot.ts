import type { DayRange } from '../check-ins/check-in';
import { addDays, daysBetween } from '../dates/calendar-date';
import { warningStages, type WarningStage } from '../plan/plan-entries';
import type { ProgressDay } from '../progress/progress-days';
import { compareFactors, factorKey, type SampledMean } from '../progress/what-helps';

/**
 * Page 1 of a PDF with progress in it: what a clinician needs in the first two minutes. Worked out
 * from the check-in days, so the unit tests can check every figure; main reads the days and the
 * plan, the print view only typesets the result.
 */

/** The last 30 days of the range are compared with the 30 before them. */
export const snapshotWindowDays = 30;
/** A comparison needs this many days with a value on each side, or it says there are too few. */
export const snapshotMinimumDays = 5;
/** How many triggers and coping strategies page 1 names. */
export const snapshotTopCount = 3;

export type MeasureDirection = 'higher' | 'lower' | 'about the same' | 'too few check-ins';

export interface SnapshotMeasure {
  metric: string;
  recent: SampledMean;
  before: SampledMean;
  direction: MeasureDirection;
}

export interface SnapshotStage {
  stage: WarningStage;
  /** Days a sign of this stage was noted in the last 30 days, and in the 30 before. */
  recentDays: number;
  beforeDays: number;
}

export interface SnapshotCoping {
  id: string;
  name: string;
  /** Days in the range it was used (with a mood), and the mean mood on those days and on the others. */
  usedDays: number;
  meanWith: number;
  otherDays: number;
  meanWithout: number;
}

/** How often one trigger or warning sign was noted: days in the range, and days in each period. */
export interface PatternCount {
  id: string;
  name: string;
  total: number;
  byPeriod: Record<string, number>;
  /** For warning signs, their stage. */
  stage?: WarningStage;
}

export interface SessionSnapshot {
  range: DayRange;
  windows: { recent: DayRange; before: DayRange };
  /** Days in the range with at least one check-in, of the range's days. */
  checkInDays: number;
  rangeDays: number;
  /** Mood first, then the charted measures, last 30 days against the 30 before. */
  measures: SnapshotMeasure[];
  lapses: {
    /** Days in the range with a lapse noted, oldest first. */
    days: string[];
    /** The latest lapse up to the range's end, in the range or before it. */
    last: string | null;
    daysSinceLast: number | null;
    /** Check-in days in the range with no lapse noted. */
    checkInDaysWithout: number;
  };
  warningSigns: SnapshotStage[];
  /** The triggers noted on the most days in the range, most first (ties by name). */
  topTriggers: { id: string; name: string; days: number }[];
  /** Coping strategies whose days had the clearly higher mood, highest difference first. */
  coping: SnapshotCoping[];
  /**
   * Trigger and warning-sign frequency for the progress pages: by month (`YYYY-MM`) for up to a
   * year, by year beyond; only those noted at least once, most first.
   */
  frequency: {
    period: 'month' | 'year';
    periods: string[];
    triggers: PatternCount[];
    warningSigns: PatternCount[];
  };
}

export interface SnapshotInput {
  range: DayRange;
  /** Check-in days from 60 days before the range's end (or the range's start, if earlier) to its end. */
  days: readonly ProgressDay[];
  /** Each charted measure with its scale, mood first. */
  measures: readonly { key: string; min: number; max: number }[];
  /** Every day a lapse was noted, up to the range's end. */
  lapseDays: readonly string[];
  /** The stage of each warning sign (archived ones too, so past days keep their stage). */
  warningSignStages: Readonly<Record<string, WarningStage>>;
  /** The coping strategies to compare (the plan's, in its order). */
  copingIds: readonly string[];
  /** What each trigger, warning sign and coping strategy is called (archived ones too). */
  names: Readonly<Record<string, string>>;
}

const inRange = (day: string, range: DayRange) => day >= range.from && day <= range.to;

function meanOf(values: readonly number[]): SampledMean {
  return {
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    days: values.length,
  };
}

/**
 * Higher or lower when the means differ by at least 5% of the scale (half a point of mood);
 * too few check-ins when either window has fewer than `snapshotMinimumDays` days with a value.
 */
export function compareWindows(recent: SampledMean, before: SampledMean, scale: { min: number; max: number }) {
  if (recent.days < snapshotMinimumDays || before.days < snapshotMinimumDays) return 'too few check-ins';
  const difference = recent.mean! - before.mean!;
  const meaningful = 0.05 * (scale.max - scale.min);
  if (Math.abs(difference) < meaningful) return 'about the same';
  return difference > 0 ? 'higher' : 'lower';
}

export function buildSessionSnapshot(input: SnapshotInput): SessionSnapshot {
  const { range } = input;
  const recent = { from: addDays(range.to, -(snapshotWindowDays - 1)), to: range.to };
  const before = { from: addDays(recent.from, -snapshotWindowDays), to: addDays(recent.from, -1) };
  const rangeDays = input.days.filter((day) => inRange(day.day, range));
  const checkInDays = rangeDays.filter((day) => day.checkIns.length > 0 || Object.keys(day.values).length > 0);

  const measures = input.measures.map(({ key, min, max }) => {
    const valuesIn = (window: DayRange) =>
      meanOf(input.days.flatMap((day) => (inRange(day.day, window) && day.values[key] ? [day.values[key].mean] : [])));
    const recentMean = valuesIn(recent);
    const beforeMean = valuesIn(before);
    return {
      metric: key,
      recent: recentMean,
      before: beforeMean,
      direction: compareWindows(recentMean, beforeMean, { min, max }) as MeasureDirection,
    };
  });

  const lapseDaysInRange = rangeDays.filter((day) => day.lapse).map((day) => day.day);
  const last =
    [...input.lapseDays]
      .filter((day) => day <= range.to)
      .sort()
      .at(-1) ?? null;

  const stageDays = (stage: WarningStage, window: DayRange) =>
    input.days.filter(
      (day) => inRange(day.day, window) && day.warningSignIds.some((id) => input.warningSignStages[id] === stage),
    ).length;

  const triggerDays = new Map<string, number>();
  for (const day of rangeDays) {
    for (const id of new Set(day.triggerIds)) triggerDays.set(id, (triggerDays.get(id) ?? 0) + 1);
  }

  const comparisons = compareFactors(
    rangeDays.map((day) => ({
      day: day.day,
      value: day.values['mood']?.mean ?? null,
      factors: new Set(day.copingIds.map((id) => factorKey('coping', id))),
    })),
    input.copingIds.map((id) => factorKey('coping', id)),
  );
  const coping = comparisons.flatMap((comparison, index) => {
    const { usedDays, otherDays } = comparison;
    if (usedDays.days < snapshotMinimumDays || otherDays.days < snapshotMinimumDays) return [];
    // Only a clear difference (half a point of mood or more) is worth a line on page 1.
    if (usedDays.mean! - otherDays.mean! < 0.5) return [];
    return [
      {
        id: input.copingIds[index]!,
        name: input.names[input.copingIds[index]!] ?? '',
        usedDays: usedDays.days,
        meanWith: usedDays.mean!,
        otherDays: otherDays.days,
        meanWithout: otherDays.mean!,
      },
    ];
  });

  const months =
    (Number(range.to.slice(0, 4)) - Number(range.from.slice(0, 4))) * 12 +
    Number(range.to.slice(5, 7)) -
    Number(range.from.slice(5, 7)) +
    1;
  const period: 'month' | 'year' = months <= 12 ? 'month' : 'year';
  const periodOf = (day: string) => (period === 'month' ? day.slice(0, 7) : day.slice(0, 4));
  const periods: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) {
    if (periods.at(-1) !== periodOf(day)) periods.push(periodOf(day));
    // Jump to the period's last day: a ten-year range is a few hundred steps, not thousands.
    const next = period === 'month' ? `${day.slice(0, 7)}-28` : `${day.slice(0, 4)}-12-31`;
    if (next > day) day = next;
  }
  const counted = (ids: (day: ProgressDay) => readonly string[]) => {
    const counts = new Map<string, PatternCount>();
    for (const day of rangeDays) {
      for (const id of new Set(ids(day))) {
        const count = counts.get(id) ?? { id, name: input.names[id] ?? '', total: 0, byPeriod: {} };
        count.total++;
        count.byPeriod[periodOf(day.day)] = (count.byPeriod[periodOf(day.day)] ?? 0) + 1;
        counts.set(id, count);
      }
    }
    return [...counts.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  };

  return {
    range,
    windows: { recent, before },
    checkInDays: checkInDays.length,
    rangeDays: daysBetween(range.from, range.to) + 1,
    measures,
    lapses: {
      days: lapseDaysInRange,
      last,
      daysSinceLast: last === null ? null : daysBetween(last, range.to),
      checkInDaysWithout: checkInDays.filter((day) => !day.lapse).length,
    },
    warningSigns: warningStages.map((stage) => ({
      stage,
      recentDays: stageDays(stage, recent),
      beforeDays: stageDays(stage, before),
    })),
    topTriggers: [...triggerDays]
      .map(([id, days]) => ({ id, name: input.names[id] ?? '', days }))
      .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
      .slice(0, snapshotTopCount),
    coping: coping
      .sort((a, b) => b.meanWith - b.meanWithout - (a.meanWith - a.meanWithout) || b.usedDays - a.usedDays)
      .slice(0, snapshotTopCount),
    frequency: {
      period,
      periods,
      triggers: counted((day) => day.triggerIds),
      warningSigns: counted((day) => day.warningSignIds).map((count) => ({
        ...count,
        stage: input.warningSignStages[count.id],
      })),
    },
  };
}
