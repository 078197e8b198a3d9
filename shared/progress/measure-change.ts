import type { DayRange } from '../check-ins/check-in';
import { addDays, daysBetween } from '../dates/calendar-date';
import type { SampledMean } from './what-helps';

/**
 * When a measure has changed, and whether that is better or worse: one rule for page 1 of the PDF,
 * its charts and goal progress, and the Progress screen, so no two of them can disagree.
 */

/** A comparison needs this many days with a value on each side, or it says there are too few. */
export const comparisonMinimumDays = 5;

/** The built-in measures where a change one way is better: higher mood is better, lower pain is. */
const betterDirection: Readonly<Record<string, 'higher' | 'lower'>> = {
  mood: 'higher',
  energy: 'higher',
  'sleep-quality': 'higher',
  anxiety: 'lower',
  cravings: 'lower',
  pain: 'lower',
};

/**
 * Which way is better for a measure: higher, lower, or null where neither is (more sleep is not
 * always better; the person's own measures do not say).
 */
export const betterWhen = (key: string): 'higher' | 'lower' | null => betterDirection[key] ?? null;

/**
 * The smallest difference between two means (of a month of days, or of the days with and without
 * a coping strategy) that counts as a change: 30 minutes of sleep, whatever the scale's length;
 * 5% of the scale for every other measure: half a point on a 0–10 rating (a shift of the month's
 * average by half a point is more than day-to-day noise averages out to), 5 percentage points of
 * days for a yes/no measure.
 */
export function minimumChange(metric: { key: string; min: number; max: number }): number {
  if (metric.key === 'sleep-hours') return 0.5;
  return 0.05 * (metric.max - metric.min);
}

export type ChangeDirection = 'higher' | 'lower' | 'about the same' | 'too few check-ins';

/** How `later` compares with `earlier` for `metric`: a direction only past the minimum change. */
export function compareMeans(
  later: SampledMean,
  earlier: SampledMean,
  metric: { key: string; min: number; max: number },
): ChangeDirection {
  if (later.days < comparisonMinimumDays || earlier.days < comparisonMinimumDays) return 'too few check-ins';
  const difference = later.mean! - earlier.mean!;
  if (Math.abs(difference) < minimumChange(metric)) return 'about the same';
  return difference > 0 ? 'higher' : 'lower';
}

/** "higher (better)", "lower (worse)", "higher" (no better way), "about the same", "too few check-ins to compare". */
export function changeInWords(direction: ChangeDirection, key: string): string {
  if (direction === 'too few check-ins') return 'too few check-ins to compare';
  if (direction === 'about the same') return 'about the same';
  const better = betterWhen(key);
  return better === null ? direction : `${direction} (${direction === better ? 'better' : 'worse'})`;
}

/** A window of days and a measure's mean over the days in it with a value. */
export interface WindowMean extends SampledMean {
  from: string;
  to: string;
}

/** Two windows compared: later against earlier, and what it comes to. */
export interface MeasureComparison {
  earlier: WindowMean;
  later: WindowMean;
  direction: ChangeDirection;
}

/** Days in a window the comparisons use: the last 30 against the 30 before. */
export const comparisonWindowDays = 30;

/**
 * The two windows a range's comparison uses, stated with their dates: the last 30 days against the
 * 30 before when the range holds both (as page 1 of the PDF compares), otherwise its first and
 * second halves; null for a range under two weeks, too short to say anything by halves.
 */
export function comparisonWindows(range: DayRange): { earlier: DayRange; later: DayRange } | null {
  const length = daysBetween(range.from, range.to) + 1;
  if (length >= 2 * comparisonWindowDays) {
    const later = { from: addDays(range.to, -(comparisonWindowDays - 1)), to: range.to };
    return { earlier: { from: addDays(later.from, -comparisonWindowDays), to: addDays(later.from, -1) }, later };
  }
  if (length < 14) return null;
  const half = Math.floor(length / 2);
  return {
    earlier: { from: range.from, to: addDays(range.from, half - 1) },
    later: { from: addDays(range.to, -(half - 1)), to: range.to },
  };
}

/** Compares a measure's daily means over two windows by the one rule (`compareMeans`). */
export function compareInWindows(
  daily: readonly { day: string; mean: number }[],
  windows: { earlier: DayRange; later: DayRange },
  metric: { key: string; min: number; max: number },
): MeasureComparison {
  const inWindow = ({ from, to }: DayRange): WindowMean => {
    const values = daily.filter((value) => value.day >= from && value.day <= to).map((value) => value.mean);
    return {
      from,
      to,
      mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
      days: values.length,
    };
  };
  const earlier = inWindow(windows.earlier);
  const later = inWindow(windows.later);
  return { earlier, later, direction: compareMeans(later, earlier, metric) };
}
