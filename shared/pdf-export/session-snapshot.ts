import type { DayRange } from '../check-ins/check-in';
import { addDays, daysBetween } from '../dates/calendar-date';
import { warningStages, type WarningStage } from '../plan/plan-entries';
import type { ProgressDay } from '../progress/progress-days';
import {
  betterWhen,
  compareMeans,
  comparisonMinimumDays,
  comparisonWindowDays,
  minimumChange,
  type ChangeDirection,
} from '../progress/measure-change';
import { compareFactors, factorKey, type SampledMean } from '../progress/what-helps';

/**
 * Page 1 of a PDF with progress in it: what a clinician needs in the first two minutes. Worked out
 * from the check-in days, so the unit tests can check every figure; main reads the days and the
 * plan, the print view only typesets the result.
 */

/**
 * The last 30 days of the range are compared with the 30 before them: the one comparison of the
 * document (page 1, the chart summaries and goal progress all use these windows, stated with their dates).
 */
export const snapshotWindowDays = comparisonWindowDays;
/** How many triggers and coping strategies page 1 names. */
export const snapshotTopCount = 3;

export interface SnapshotMeasure {
  metric: string;
  recent: SampledMean;
  /** Null when I had not started yet in the 30 days before (nothing to compare with). */
  before: SampledMean | null;
  direction: ChangeDirection;
}

/** A day in the range with a crisis-stage warning sign, and which signs. */
export interface CrisisDay {
  day: string;
  signs: string[];
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
  /** The charted measure it went with a better value of (mood, cravings, pain…). */
  metric: string;
  /** Days in the range it was used (with a value), and the mean on those days and on the others. */
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
  /** `before` is null when I started after it began: the days before my first check-in compare nothing. */
  windows: { recent: DayRange; before: DayRange | null };
  /**
   * The days counted: from the range's start, or from my first check-in when that came later (a
   * first PDF says "13 days since I started", not "13 of 30"). `startedOn` is that first check-in
   * when it is inside the range.
   */
  countedFrom: string;
  startedOn: string | null;
  /** Days counted, and those with at least one check-in. */
  countedDays: number;
  checkInDays: number;
  /** Mood first, then the charted measures, last 30 days against the 30 before. */
  measures: SnapshotMeasure[];
  /** The days in the range with a crisis-stage sign, and which, oldest first. */
  crisisDays: CrisisDay[];
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
  /**
   * Coping strategies whose days had a clearly better value of a charted measure (higher mood,
   * lower cravings…), the clearest first.
   */
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
  /** The day of my first check-in ever (null when there is none). */
  firstCheckInDay: string | null;
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

/** The two windows page 1 compares, as of the range's end; `before` is null when I had not started by its end. */
export function snapshotWindows(range: DayRange, firstCheckInDay: string | null): SessionSnapshot['windows'] {
  const recent = { from: addDays(range.to, -(snapshotWindowDays - 1)), to: range.to };
  const before = { from: addDays(recent.from, -snapshotWindowDays), to: addDays(recent.from, -1) };
  return { recent, before: firstCheckInDay !== null && firstCheckInDay <= before.to ? before : null };
}

/** Page 1 and the progress pages' patterns, worked out from the check-in days in `input`. */
export function buildSessionSnapshot(input: SnapshotInput): SessionSnapshot {
  const { range } = input;
  const windows = snapshotWindows(range, input.firstCheckInDay);
  const { recent, before } = windows;
  const startedOn =
    input.firstCheckInDay !== null && input.firstCheckInDay > range.from && input.firstCheckInDay <= range.to
      ? input.firstCheckInDay
      : null;
  const countedFrom = startedOn ?? range.from;
  const rangeDays = input.days.filter((day) => inRange(day.day, range));
  const checkInDays = rangeDays.filter((day) => day.checkIns.length > 0 || Object.keys(day.values).length > 0);

  const crisisDays = rangeDays.flatMap((day) => {
    const signs = [...new Set(day.warningSignIds)].filter((id) => input.warningSignStages[id] === 'crisis');
    return signs.length ? [{ day: day.day, signs: signs.map((id) => input.names[id] ?? '') }] : [];
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

  return {
    range,
    windows,
    countedFrom,
    startedOn,
    countedDays: daysBetween(countedFrom, range.to) + 1,
    checkInDays: checkInDays.length,
    measures: measureChanges(input, windows),
    crisisDays,
    lapses: {
      days: lapseDaysInRange,
      last,
      daysSinceLast: last === null ? null : daysBetween(last, range.to),
      checkInDaysWithout: checkInDays.filter((day) => !day.lapse).length,
    },
    warningSigns: warningStages.map((stage) => ({
      stage,
      recentDays: stageDays(stage, recent),
      beforeDays: before ? stageDays(stage, before) : 0,
    })),
    topTriggers: topTriggers(input, rangeDays),
    coping: clearestCoping(input, rangeDays),
    frequency: patternFrequency(input, rangeDays),
  };
}

/** Each charted measure's mean in the last 30 days, in the 30 before (when I had started), and which way it went. */
function measureChanges(input: SnapshotInput, { recent, before }: SessionSnapshot['windows']): SnapshotMeasure[] {
  return input.measures.map((metric) => {
    const valuesIn = (window: DayRange) =>
      meanOf(
        input.days.flatMap((day) => {
          const stat = day.values[metric.key];
          return inRange(day.day, window) && stat ? [stat.mean] : [];
        }),
      );
    const recentMean = valuesIn(recent);
    const beforeMean = before && valuesIn(before);
    return {
      metric: metric.key,
      recent: recentMean,
      before: beforeMean,
      direction: beforeMean ? compareMeans(recentMean, beforeMean, metric) : ('too few check-ins' as const),
    };
  });
}

/** The triggers noted on the most days in the range, most first (ties by name). */
function topTriggers(input: SnapshotInput, rangeDays: readonly ProgressDay[]): SessionSnapshot['topTriggers'] {
  const triggerDays = new Map<string, number>();
  for (const day of rangeDays) {
    for (const id of new Set(day.triggerIds)) triggerDays.set(id, (triggerDays.get(id) ?? 0) + 1);
  }
  return [...triggerDays]
    .map(([id, days]) => ({ id, name: input.names[id] ?? '', days }))
    .sort((a, b) => b.days - a.days || a.name.localeCompare(b.name))
    .slice(0, snapshotTopCount);
}

/**
 * For each charted measure with a better direction (mood up, cravings or pain down): the coping
 * strategies whose days were better by at least the measure's minimum change, the clearest first.
 */
function clearestCoping(input: SnapshotInput, rangeDays: readonly ProgressDay[]): SnapshotCoping[] {
  const coping = input.measures.flatMap((metric) => {
    const better = betterWhen(metric.key);
    if (better === null) return [];
    const comparisons = compareFactors(
      rangeDays.map((day) => ({
        day: day.day,
        value: day.values[metric.key]?.mean ?? null,
        factors: new Set(day.copingIds.map((id) => factorKey('coping', id))),
      })),
      input.copingIds.map((id) => factorKey('coping', id)),
    );
    return comparisons.flatMap((comparison, index) => {
      const { usedDays, otherDays } = comparison;
      if (usedDays.days < comparisonMinimumDays || otherDays.days < comparisonMinimumDays) return [];
      const gain = (better === 'higher' ? 1 : -1) * (usedDays.mean! - otherDays.mean!);
      if (gain < minimumChange(metric)) return [];
      const id = input.copingIds[index]!;
      return [
        {
          id,
          name: input.names[id] ?? '',
          metric: metric.key,
          usedDays: usedDays.days,
          meanWith: usedDays.mean!,
          otherDays: otherDays.days,
          meanWithout: otherDays.mean!,
          // How clear, as a share of the scale, to order measures of different scales together.
          clearness: gain / (metric.max - metric.min || 1),
        },
      ];
    });
  });
  return coping
    .sort((a, b) => b.clearness - a.clearness || b.usedDays - a.usedDays)
    .slice(0, snapshotTopCount)
    .map(({ clearness: _clearness, ...line }) => line);
}

/** How often each trigger and warning sign was noted in the range: by month for up to a year, by year beyond. */
function patternFrequency(input: SnapshotInput, rangeDays: readonly ProgressDay[]): SessionSnapshot['frequency'] {
  const { range } = input;
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
    period,
    periods,
    triggers: counted((day) => day.triggerIds),
    warningSigns: counted((day) => day.warningSignIds).map((count) => ({
      ...count,
      stage: input.warningSignStages[count.id],
    })),
  };
}
