import { addDays, weekStart as weekStartOf } from '../dates/calendar-date';
import { defaultDayBoundaryMinutes } from '../check-ins/check-in-day';
import { dosesDueOn, takenOnTime } from './dose-schedule';
import type { DoseRecord, Medication } from './medication';

/** How one week of one medication went: doses due, and what became of each. */
export interface WeekAdherence {
  /** The Monday the week starts on. */
  weekStart: string;
  due: number;
  takenOnTime: number;
  /** Taken, but outside the on-time window, or with no time written. */
  takenLate: number;
  skipped: number;
  /** Due, and nothing written about it. */
  notRecorded: number;
  /** Doses taken on time ÷ doses due; null for a week with none due. */
  share: number | null;
}

/** One medication's answers to scheduled doses, by "day time". */
function scheduledRecords(medication: Medication, doses: readonly DoseRecord[]): Map<string, DoseRecord> {
  const recorded = new Map<string, DoseRecord>();
  for (const dose of doses) {
    if (dose.medicationId === medication.id && dose.dueTime !== null) recorded.set(`${dose.day} ${dose.dueTime}`, dose);
  }
  return recorded;
}

/**
 * For "what helps": on each of `days`, the medications with a dose due, and those of them whose due
 * doses were all taken (at any time: a late dose is still taken).
 */
export function medicationsOnDays(
  medications: readonly Medication[],
  doses: readonly DoseRecord[],
  days: readonly string[],
  boundaryMinutes = defaultDayBoundaryMinutes,
): Map<string, { due: string[]; taken: string[] }> {
  const byDay = new Map(days.map((day) => [day, { due: [] as string[], taken: [] as string[] }]));
  for (const medication of medications) {
    const recorded = scheduledRecords(medication, doses);
    for (const [day, entry] of byDay) {
      const due = dosesDueOn(medication, day, boundaryMinutes);
      if (due.length === 0) continue;
      entry.due.push(medication.id);
      if (due.every((dose) => recorded.get(`${day} ${dose.dueTime}`)?.status === 'taken'))
        entry.taken.push(medication.id);
    }
  }
  return byDay;
}

/**
 * Adherence per week for one scheduled medication, from `from` to `to` (whole weeks, Monday to
 * Sunday, the first and last cut to the range). As-needed doses are never "due", so they count in
 * no share. A record counts for its own day and time: one dose record answers one due dose.
 */
export function weeklyAdherence(
  medication: Medication,
  doses: readonly DoseRecord[],
  from: string,
  to: string,
  boundaryMinutes = defaultDayBoundaryMinutes,
): WeekAdherence[] {
  const recorded = scheduledRecords(medication, doses);
  const weeks = new Map<string, WeekAdherence>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekStart = weekStartOf(day);
    let week = weeks.get(weekStart);
    if (!week) {
      week = { weekStart, due: 0, takenOnTime: 0, takenLate: 0, skipped: 0, notRecorded: 0, share: null };
      weeks.set(weekStart, week);
    }
    for (const due of dosesDueOn(medication, day, boundaryMinutes)) {
      week.due += 1;
      const dose = recorded.get(`${day} ${due.dueTime}`);
      if (!dose) week.notRecorded += 1;
      else if (dose.status === 'skipped') week.skipped += 1;
      else if (takenOnTime(dose, boundaryMinutes)) week.takenOnTime += 1;
      else week.takenLate += 1;
    }
  }
  return [...weeks.values()].map((week) => ({ ...week, share: week.due === 0 ? null : week.takenOnTime / week.due }));
}

/** One medication's adherence over a range: week by week, and in all. */
export interface MedicationAdherence {
  medicationId: string;
  name: string;
  weeks: WeekAdherence[];
  total: Omit<WeekAdherence, 'weekStart'>;
}

/**
 * A medication's weeks and their sum over a range; null when no dose of it was due there (an
 * as-needed medicine, or one not taken then).
 */
export function adherenceOver(
  medication: Medication,
  doses: readonly DoseRecord[],
  from: string,
  to: string,
  boundaryMinutes = defaultDayBoundaryMinutes,
): MedicationAdherence | null {
  const weeks = weeklyAdherence(medication, doses, from, to, boundaryMinutes);
  const sum = (key: 'due' | 'takenOnTime' | 'takenLate' | 'skipped' | 'notRecorded') =>
    weeks.reduce((total, week) => total + week[key], 0);
  const due = sum('due');
  if (due === 0) return null;
  const takenOnTime = sum('takenOnTime');
  return {
    medicationId: medication.id,
    name: medication.name,
    weeks,
    total: {
      due,
      takenOnTime,
      takenLate: sum('takenLate'),
      skipped: sum('skipped'),
      notRecorded: sum('notRecorded'),
      share: takenOnTime / due,
    },
  };
}
