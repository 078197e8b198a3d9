import { addDays, addMonths } from '../../../shared/dates/calendar-date';
import type { DayRange } from '../../../shared/check-ins/check-in';

export const rangePresets = ['1M', '3M', '6M', '1Y', 'All', 'Custom'] as const;
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

/** The days a preset covers, ending today. "All" starts at the first check-in (or 30 days back). */
export function presetRange(preset: RangePreset, today: string, firstDay: string | null, custom: DayRange): DayRange {
  if (preset === 'Custom') return custom;
  if (preset === 'All') return { from: firstDay && firstDay < today ? firstDay : addDays(today, -29), to: today };
  return { from: addDays(addMonths(today, -presetMonths[preset]!), 1), to: today };
}

/** "the last 3 months", "1 March 2026 to 20 November 2026" */
export function rangeDescription(preset: RangePreset, range: DayRange, format: (day: string) => string): string {
  if (preset === 'All') return 'all your check-ins';
  if (preset === 'Custom') return `${format(range.from)} to ${format(range.to)}`;
  return `the last ${rangePresetLabels[preset]}`;
}
