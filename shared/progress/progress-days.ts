import type { DatedEvent } from '../care-events/care-event';
import { z } from 'zod';
import type { DayRange } from '../check-ins/check-in';
import { metricKey } from '../metrics/metric-key';
import { calendarDate } from '../plan/plan-text';
import type { DayValue, Resolution } from './daily-series';
import type { MeasureComparison } from './measure-change';
import type { GoalLevelFigures } from './goal-level';
import type { SampledMean, WhatHelps, WhatHelpsFactor } from './what-helps';
import { earliestYear, latestYear } from '../dates/calendar-date';

/** One measure on one day: the mean of that day's check-ins, with their spread and count. */
export interface DayStat {
  mean: number;
  min: number;
  max: number;
  count: number;
}

/** One check-in as a chart's tooltip lists it: local time where written, mood, lapse. */
export interface CheckInMoment {
  time: string;
  mood: number;
  lapse: boolean;
}

/** One check-in day with everything it recorded, as main reads it before summarising. */
export interface ProgressDay {
  day: string;
  /** By metric key; a measure nobody recorded that day is absent. */
  values: Record<string, DayStat>;
  checkIns: CheckInMoment[];
  copingIds: string[];
  triggerIds: string[];
  warningSignIds: string[];
  lapse: boolean;
  /** The medications with a dose due that day, and those of them whose due doses were all taken. */
  medicationsDue?: string[];
  medicationsTaken?: string[];
}

/** What the Progress screen asks for: a range, the chart's width in pixels, and one or two measures. */
export const progressRequestSchema = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    pixels: z.number().int().min(10).max(10_000),
    metrics: z
      .array(metricKey)
      .min(1)
      .max(2)
      .refine((keys) => new Set(keys).size === keys.length, 'Pick two different measures.'),
    /** The measure "What helps" compares days by; mood when absent. */
    whatHelpsMeasure: metricKey.optional(),
  })
  .refine(({ from, to }) => from <= to, 'The start of the range must not be after its end.');

export type ProgressRequest = z.infer<typeof progressRequestSchema>;

/**
 * A range summarised in main, so even ten years cross to the renderer as a few hundred points:
 * the chart's series at a resolution that fits its width, and the tables' figures.
 */
export interface ProgressView {
  range: DayRange;
  /** The first and last check-in days in the vault (null with no check-ins), for "All". */
  firstDay: string | null;
  lastDay: string | null;
  resolution: Resolution;
  /** Each requested measure's points (days, or weekly/monthly means of days), by key. */
  series: Record<string, DayValue[]>;
  /** The first measure's 7-day rolling average; days only. */
  rollingAverage: { day: string; value: number | null }[];
  /** Each day's check-ins for the tooltips; days only. */
  checkIns: Record<string, CheckInMoment[]>;
  /** Days in the range with a value, by requested measure. */
  daysWithValue: Record<string, number>;
  lapseDays: string[];
  /** Events of care and medication changes that overlap the range, by day: marked on every chart. */
  events: DatedEvent[];
  /** What "what helps" compares by, in its order: the plan's, the measures' and my medications'. */
  whatHelpsFactors: WhatHelpsFactor[];
  /** Every coping strategy, trigger and yes/no measure against the chosen measure. */
  whatHelps: WhatHelps;
  /** Days each trigger or warning sign was noted, in total and per week or month. */
  patterns: {
    resolution: Exclude<Resolution, 'day'>;
    buckets: string[];
    counts: Record<string, { total: number; byBucket: Record<string, number> }>;
  };
  /** For goals measured by a check-in measure: its mean in the first and last four weeks of the range. */
  goals: { goalId: string; metric: string; first: SampledMean; last: SampledMean; level: GoalLevelFigures }[];
  /**
   * Each requested measure compared across two dated windows of the range (`comparisonWindows`),
   * by the same rule as the PDF's page 1; null when the range is too short to split.
   */
  comparisons: Record<string, MeasureComparison | null>;
}

/** A year of mean moods by day, for the calendar. */
export const calendarRequestSchema = z.strictObject({ year: z.number().int().min(earliestYear).max(latestYear) });
