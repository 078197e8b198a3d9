import { addDays } from '../dates/calendar-date';

/** A mean with the number of days behind it, so a small sample is never over-read. */
export interface SampledMean {
  mean: number | null;
  days: number;
}

export interface StrategyComparison {
  strategyId: string;
  /** Mood on days the strategy was used. */
  usedDays: SampledMean;
  /** Mood on days with a mood but without the strategy. */
  otherDays: SampledMean;
  /** Mood on the day after a day it was used. */
  nextDays: SampledMean;
}

function meanOf(values: number[]): SampledMean {
  return {
    mean: values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : null,
    days: values.length,
  };
}

/**
 * For each coping strategy, the mean daily mood on days it was used against days it was not, and
 * the next day's mood. Only days with a mood count; a day's strategies are all those used in any
 * of its check-ins.
 */
export function compareStrategies(
  days: readonly { day: string; mood: number | null; strategyIds: readonly string[] }[],
  strategyIds: readonly string[],
): StrategyComparison[] {
  const moodByDay = new Map(days.filter((day) => day.mood !== null).map((day) => [day.day, day.mood!]));
  return strategyIds.map((strategyId) => {
    const used: number[] = [];
    const other: number[] = [];
    const next: number[] = [];
    for (const day of days) {
      const usedToday = day.strategyIds.includes(strategyId);
      if (day.mood !== null) (usedToday ? used : other).push(day.mood);
      const tomorrow = usedToday ? moodByDay.get(addDays(day.day, 1)) : undefined;
      if (tomorrow !== undefined) next.push(tomorrow);
    }
    return { strategyId, usedDays: meanOf(used), otherDays: meanOf(other), nextDays: meanOf(next) };
  });
}
