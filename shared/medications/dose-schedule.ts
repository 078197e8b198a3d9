import type { DoseOfTheDay } from './medication-requests';
import { addDays } from '../dates/calendar-date';
import { defaultDayBoundaryMinutes, instantAt } from '../check-ins/check-in-day';
import type { DoseRecord, IsoWeekday, Medication, MedicationVersion } from './medication';

/** The ISO day of the week of a calendar day (1 Monday … 7 Sunday). */
export function isoWeekday(day: string): IsoWeekday {
  return (((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The version in force on a day, or undefined before the start or from the day it stopped. */
export function versionOn(medication: Medication, day: string): MedicationVersion | undefined {
  if (day < medication.startedOn || (medication.stoppedOn !== null && day >= medication.stoppedOn)) return undefined;
  let current: MedicationVersion | undefined;
  for (const version of medication.versions) if (version.from <= day) current = version;
  return current;
}

/** A scheduled dose due on a day. */
export interface DoseDue {
  medicationId: string;
  day: string;
  dueTime: string;
  dose: number;
  unit: string;
}

/**
 * The scheduled doses due on a check-in day, in time order. A time before the day boundary
 * (04:00 by default) is in the small hours that end the day: a 00:30 dose is the evening's last.
 */
export function dosesDueOn(
  medication: Medication,
  day: string,
  boundaryMinutes = defaultDayBoundaryMinutes,
): DoseDue[] {
  const version = versionOn(medication, day);
  if (!version || version.schedule.kind !== 'scheduled') return [];
  if (!version.schedule.weekdays.includes(isoWeekday(day))) return [];
  const order = (time: string) => (minutesOf(time) - boundaryMinutes + 24 * 60) % (24 * 60);
  return [...version.schedule.times]
    .sort((a, b) => order(a) - order(b))
    .map((dueTime) => ({ medicationId: medication.id, day, dueTime, dose: version.dose, unit: version.unit }));
}

/** The moment a dose on a check-in day is due, on the wall clock of `timeZone`. */
export function dueInstant(
  day: string,
  dueTime: string,
  timeZone: string,
  boundaryMinutes = defaultDayBoundaryMinutes,
): Date {
  const date = minutesOf(dueTime) < boundaryMinutes ? addDays(day, 1) : day;
  return instantAt(date, dueTime, timeZone);
}

/**
 * A dose taken this close to its time, either side, is on time. Said wherever adherence is shown
 * (`onTimeWindowWords`), so a figure never hides its rule.
 */
export const onTimeWindowMinutes = 120;
export const onTimeWindowWords = 'within 2 hours of its time';

/** Whether a scheduled dose was taken within the on-time window of its due time. */
export function takenOnTime(dose: DoseRecord, boundaryMinutes = defaultDayBoundaryMinutes): boolean {
  if (dose.status !== 'taken' || dose.dueTime === null || dose.takenAt === null || dose.timeZone === null) return false;
  const due = dueInstant(dose.day, dose.dueTime, dose.timeZone, boundaryMinutes).getTime();
  return Math.abs(new Date(dose.takenAt).getTime() - due) <= onTimeWindowMinutes * 60_000;
}

/**
 * When an as-needed dose is next allowed after the doses taken so far: the least time after the
 * last one, and, when the most in 24 hours have been taken, 24 hours after the earliest of them.
 * Undefined means now.
 */
export function nextAsNeededDoseAt(
  schedule: { minMinutesBetween: number; maxPer24Hours: number },
  takenAt: readonly Date[],
  now: Date,
): Date | undefined {
  const day = 24 * 60 * 60_000;
  const times = takenAt.map((moment) => moment.getTime()).filter((time) => time <= now.getTime());
  if (times.length === 0) return undefined;
  times.sort((a, b) => a - b);
  const afterLast = times.at(-1)! + schedule.minMinutesBetween * 60_000;
  const inLastDay = times.filter((time) => time > now.getTime() - day);
  const afterDay = inLastDay.length >= schedule.maxPer24Hours ? inLastDay.at(-schedule.maxPer24Hours)! + day : 0;
  const next = Math.max(afterLast, afterDay);
  return next > now.getTime() ? new Date(next) : undefined;
}

/** The scheduled doses of a day not yet answered and due by a moment: what "as planned" writes. */
export function unansweredDueBy<Dose extends Pick<DoseOfTheDay, 'record' | 'dueAt'>>(
  due: readonly Dose[],
  moment: Date,
): Dose[] {
  return due.filter((dose) => dose.record === null && new Date(dose.dueAt).getTime() <= moment.getTime());
}
