import { z } from 'zod';
import type { DayRange } from '../check-ins/check-in';
import { addDays, addMonths } from '../dates/calendar-date';
import { calendarDate } from '../plan/plan-text';

/** The ranges named by their length, which can be remembered as they are. */
export const lengthPresets = ['1M', '3M', '6M', '1Y', 'All'] as const;
export const rangePresets = [...lengthPresets, 'Custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

export const rangePresetLabels: Record<RangePreset, string> = {
  '1M': '1 month',
  '3M': '3 months',
  '6M': '6 months',
  '1Y': '1 year',
  All: 'All',
  Custom: 'Custom',
};

const presetMonths: Partial<Record<RangePreset, number>> = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12 };

/** The shortest range "All" shows: a week, so a first check-in is not a lone dot at the edge. */
export const shortestAllDays = 7;

/** The longest range Progress opens on by itself, before I choose one. */
export const defaultRangeMonths = 3;

/**
 * The days a preset covers, ending today. "All" starts at the first check-in, or a week back when
 * that is nearer (or there is none yet).
 */
export function presetRange(preset: RangePreset, today: string, firstDay: string | null, custom: DayRange): DayRange {
  if (preset === 'Custom') return custom;
  if (preset === 'All') {
    const weekBack = addDays(today, -(shortestAllDays - 1));
    return { from: firstDay && firstDay < weekBack ? firstDay : weekBack, to: today };
  }
  return { from: addDays(addMonths(today, -presetMonths[preset]!), 1), to: today };
}

/**
 * The range Progress opens on when I have not chosen one: since my first check-in, up to 3
 * months. A one-week user sees their week ("All"); someone further in sees the last 3 months.
 */
export function defaultRangePreset(today: string, firstDay: string | null): (typeof lengthPresets)[number] {
  const threeMonths = presetRange('3M', today, firstDay, { from: today, to: today });
  return firstDay !== null && firstDay < threeMonths.from ? '3M' : 'All';
}

/** "the last 3 months", "1 March 2026 to 20 November 2026" */
export function rangeDescription(preset: RangePreset, range: DayRange, format: (day: string) => string): string {
  if (preset === 'All') return 'all your check-ins';
  if (preset === 'Custom') return `${format(range.from)} to ${format(range.to)}`;
  return `the last ${rangePresetLabels[preset]}`;
}

/** The range I last chose on Progress, kept per vault: a preset, or the days of a custom range. */
export const rememberedRangeSchema = z.union([
  z.enum(lengthPresets),
  z
    .strictObject({ from: calendarDate, to: calendarDate })
    .refine(({ from, to }) => from <= to, 'The start of the range must not be after its end.'),
]);

export type RememberedRange = z.infer<typeof rememberedRangeSchema>;
