import { addDays } from '../dates/calendar-date';
import type { SampledMean } from './what-helps';

/**
 * The level a "reach a level" goal aims at: the first number in its target that lies on its
 * measure's scale ("110 degrees" on a knee-bend measure, "7 hours" of sleep). A target without
 * one, or whose number is off the scale ("30 days, then the next 30" on cravings 0–10), is about a
 * trend: null.
 */
export function goalLevel(target: string, scale: { min: number; max: number }): number | null {
  const match = /-?\d+(?:\.\d+)?/.exec(target.replace(/(\d),(\d)/g, '$1.$2'));
  if (!match) return null;
  const level = Number(match[0]);
  return level >= scale.min && level <= scale.max ? level : null;
}

/** Where a "reach a level" goal stands: the latest day's value, and the last 7 days' average. */
export interface GoalLevelFigures {
  latest: { day: string; value: number } | null;
  /** The days with a value among the 7 ending on the latest. */
  lastWeek: SampledMean;
}

/** Days a goal's "last 7 days" average covers. */
export const goalLevelWindowDays = 7;

/** The latest value of a measure up to `to`, and its average over the 7 days ending that day. */
export function goalLevelFigures(daily: readonly { day: string; mean: number }[], to: string): GoalLevelFigures {
  const upTo = daily.filter((value) => value.day <= to);
  const last = upTo.at(-1);
  if (!last) return { latest: null, lastWeek: { mean: null, days: 0 } };
  const from = addDays(last.day, -(goalLevelWindowDays - 1));
  const week = upTo.filter((value) => value.day >= from).map((value) => value.mean);
  return {
    latest: { day: last.day, value: last.mean },
    lastWeek: { mean: week.reduce((sum, value) => sum + value, 0) / week.length, days: week.length },
  };
}
