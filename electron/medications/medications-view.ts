import {
  dosesDueOn,
  dueInstant,
  nextAsNeededDoseAt,
  onTimeWindowWords,
  versionOn,
} from '../../shared/medications/dose-schedule';
import {
  sideEffectDaysShown,
  type AdherenceView,
  type MedicationsView,
} from '../../shared/medications/medication-requests';
import { adherenceOver } from '../../shared/medications/adherence';
import { refillsDue } from '../../shared/medications/medication';
import type { DayRange } from '../../shared/check-ins/check-in';
import { addDays } from '../../shared/dates/calendar-date';
import type { ReadableDatabase } from '../database/sqlite';
import { readSettings } from '../settings/settings-repository';
import { readAsNeededDosesSince, readDoses, readMedications, readSideEffects } from './medication-repository';

/**
 * The medications and one day's doses: each scheduled dose due that day with its record, by time;
 * and each as-needed medication in force with the doses logged that day and when the next is
 * allowed (counted from the moments taken over the 24 hours before `now`, whatever day they count
 * for).
 */
export function readMedicationsView(
  db: ReadableDatabase,
  today: string,
  day: string,
  now: Date,
  timeZone: string,
): MedicationsView {
  const boundary = readSettings(db).dayBoundaryMinutes;
  const medications = readMedications(db);
  const ofDay = readDoses(db, day, day);
  const lastDay = readAsNeededDosesSince(db, new Date(now.getTime() - 24 * 60 * 60_000).toISOString());
  const due = medications.flatMap((medication) =>
    dosesDueOn(medication, day, boundary).map((dueDose) => ({
      medicationId: medication.id,
      name: medication.name,
      strength: medication.strength,
      dueTime: dueDose.dueTime,
      dueAt: dueInstant(day, dueDose.dueTime, timeZone, boundary).toISOString(),
      dose: dueDose.dose,
      unit: dueDose.unit,
      record: ofDay.find((dose) => dose.medicationId === medication.id && dose.dueTime === dueDose.dueTime) ?? null,
    })),
  );
  // By the time they are due, as the day goes; a stable sort keeps the list's order within a time.
  due.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const asNeeded = medications.flatMap((medication) => {
    const version = versionOn(medication, day);
    if (version?.schedule.kind !== 'as-needed') return [];
    const mine = (doses: typeof ofDay) =>
      doses.filter((dose) => dose.medicationId === medication.id && dose.dueTime === null);
    const takenAt = mine(lastDay).flatMap((dose) => (dose.takenAt ? [new Date(dose.takenAt)] : []));
    const next = nextAsNeededDoseAt(version.schedule, takenAt, now);
    return [
      {
        medicationId: medication.id,
        name: medication.name,
        strength: medication.strength,
        dose: version.dose,
        unit: version.unit,
        minMinutesBetween: version.schedule.minMinutesBetween,
        maxPer24Hours: version.schedule.maxPer24Hours,
        taken: mine(ofDay),
        nextAllowedAt: next ? next.toISOString() : null,
      },
    ];
  });
  const sideEffects = readSideEffects(db, addDays(today, -(sideEffectDaysShown - 1)), today);
  const refills = refillsDue(medications, today);
  return { today, day, medications, due, asNeeded, onTimeWindow: onTimeWindowWords, sideEffects, refills };
}

/**
 * Adherence over a range for each medication with doses due in it, counted up to yesterday when the
 * range reaches today: today's later doses are still to come, not missed.
 */
export function readAdherenceView(db: ReadableDatabase, range: DayRange, today: string): AdherenceView {
  return readAdherenceViews(db, [range], today)[0]!;
}

/**
 * Adherence over several ranges (the PDF's whole range and its last 30 days) from one read of the
 * doses: each range's view counts only its own days.
 */
export function readAdherenceViews(db: ReadableDatabase, ranges: readonly DayRange[], today: string): AdherenceView[] {
  const boundary = readSettings(db).dayBoundaryMinutes;
  const medications = readMedications(db);
  const lastCounted = (range: DayRange) => (range.to < today ? range.to : addDays(today, -1));
  const from = ranges.map((range) => range.from).sort()[0]!;
  const through = ranges.map(lastCounted).sort().at(-1)!;
  const doses = from <= through ? readDoses(db, from, through) : [];
  return ranges.map((range) => {
    const last = lastCounted(range);
    return {
      through: last,
      onTimeWindow: onTimeWindowWords,
      medications:
        last < range.from
          ? []
          : medications.flatMap((medication) => adherenceOver(medication, doses, range.from, last, boundary) ?? []),
    };
  });
}

/**
 * For dose reminders: the times of the scheduled doses not yet answered, by day, from one day to
 * another. Times only: a reminder must not say which medicine.
 */
export function readUnansweredDoseTimes(db: ReadableDatabase, from: string, to: string): Map<string, string[]> {
  const boundary = readSettings(db).dayBoundaryMinutes;
  const medications = readMedications(db);
  const answered = new Set(readDoses(db, from, to).map((dose) => `${dose.medicationId} ${dose.day} ${dose.dueTime}`));
  const times = new Map<string, string[]>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const unanswered = medications.flatMap((medication) =>
      dosesDueOn(medication, day, boundary)
        .filter((due) => !answered.has(`${medication.id} ${day} ${due.dueTime}`))
        .map((due) => due.dueTime),
    );
    times.set(day, [...new Set(unanswered)].sort());
  }
  return times;
}
