import type { DoseSchedule, MedicationVersion } from './medication';

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** A list read aloud: "a", "a and b", "a, b and c". */
export function spokenList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The days of a schedule in words: "every day", "on weekdays", "on Monday and Thursday". */
export function weekdayWords(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 7) return 'every day';
  if (days.join() === '1,2,3,4,5') return 'on weekdays';
  if (days.join() === '6,7') return 'at weekends';
  return `on ${spokenList(days.map((day) => weekdayNames[day - 1]!))}`;
}

/** A number as people write it: 0.5, 2, 12.5 (no trailing zeros). */
export const amountText = (amount: number): string => String(Math.round(amount * 1000) / 1000);

/** A dose with its unit: "50 mg", "2 tablets" is the person's own unit as written. */
export const doseText = (dose: number, unit: string): string => `${amountText(dose)} ${unit}`.trim();

const hoursText = (minutes: number) =>
  minutes % 60 === 0 ? `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}` : `${minutes} minutes`;

/**
 * How a schedule is kept, in words, without the dose; its times written by `timeText` (the
 * renderer's one time format: the locale's 12- or 24-hour clock).
 */
export function scheduleWords(schedule: DoseSchedule, timeText: (time: string) => string): string {
  if (schedule.kind === 'as-needed') {
    return `as needed, at least ${hoursText(schedule.minMinutesBetween)} apart, up to ${schedule.maxPer24Hours} in 24 hours`;
  }
  return `at ${spokenList(schedule.times.map(timeText))}, ${weekdayWords(schedule.weekdays)}`;
}

/** A version in words: "100 mg at 08:00, every day". */
export const versionWords = (version: MedicationVersion, timeText: (time: string) => string): string =>
  `${doseText(version.dose, version.unit)} ${scheduleWords(version.schedule, timeText)}`;
