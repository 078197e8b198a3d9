import { earliestDate, latestDate } from '../../shared/dates/calendar-date';
import { limitText, maxImportDoses } from '../../shared/check-in-import/import-limits';
import type { ImportChoices } from '../../shared/check-in-import/import-plan';
import type { ImportCreations, PlanEntryChoice } from '../../shared/check-in-import/import-record';
import { dosesDueOn, dueInstant } from '../../shared/medications/dose-schedule';
import type { Medication } from '../../shared/medications/medication';
import type { ReadableDatabase, WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';
import { readDoses, readMedications, recordDose } from '../medications/medication-repository';
import { readSettings } from '../settings/settings-repository';

/** A medication an activity can mean: one of my list with at least one version taken at set times. */
const hasPlannedDoses = (medication: Medication) =>
  medication.versions.some((version) => version.schedule.kind === 'scheduled');

/** The medications the import screen offers for an activity, in the order of my list. */
export function medicationChoices(db: ReadableDatabase): PlanEntryChoice[] {
  return readMedications(db)
    .filter(hasPlannedDoses)
    .map((medication) => ({
      id: medication.id,
      title: [medication.name, medication.strength, medication.stoppedOn ? '(stopped)' : ''].filter(Boolean).join(' '),
    }));
}

/**
 * The medication each activity chosen as one means, checked: it is in my list and has planned
 * doses to write. Throws INVALID_INPUT, naming the activity, when it is not.
 */
export function chosenMedications(db: ReadableDatabase, choices: ImportChoices): Map<string, Medication> {
  const medications = new Map(readMedications(db).map((medication) => [medication.id, medication]));
  const chosen = new Map<string, Medication>();
  for (const [activity, choice] of Object.entries(choices.activities)) {
    if (choice.treatment !== 'medication') continue;
    const medication = choice.entryId === null ? undefined : medications.get(choice.entryId);
    if (!medication) {
      throw new RequestError('INVALID_INPUT', `The medication chosen for “${activity}” is no longer in my list.`);
    }
    if (!hasPlannedDoses(medication)) {
      throw new RequestError(
        'INVALID_INPUT',
        `${medication.name} is taken as needed, so “${activity}” has no planned doses to write: choose a medication taken at set times.`,
      );
    }
    chosen.set(activity, medication);
  }
  return chosen;
}

/**
 * Writes "took my medication" for the activities chosen as a medication: for a day of an entry
 * with one, that medication's doses due that day (by its schedule then) as taken at their planned
 * times, in the zone the entries were written in. A dose already answered is never overwritten,
 * a dose due after `now` is not written, and a day with several such entries writes its doses once.
 * Each dose written is noted in `created`, so removing the import removes it.
 */
export function importedDoseWriter(
  db: WritableDatabase,
  choices: ImportChoices,
  { now, newId, created }: { now: Date; newId(): string; created: ImportCreations },
) {
  const medications = chosenMedications(db, choices);
  const boundary = readSettings(db).dayBoundaryMinutes;
  const answered = new Set(
    medications.size === 0
      ? []
      : readDoses(db, earliestDate, latestDate).flatMap((dose) =>
          dose.dueTime === null ? [] : [`${dose.medicationId} ${dose.day} ${dose.dueTime}`],
        ),
  );
  return {
    /** Writes the doses of `day` for the medications the entry's `activities` mean. */
    write(day: string, activities: readonly string[]): void {
      for (const activity of activities) {
        const medication = medications.get(activity)!;
        for (const due of dosesDueOn(medication, day, boundary)) {
          const key = `${medication.id} ${day} ${due.dueTime}`;
          const takenAt = dueInstant(day, due.dueTime, choices.timeZone, boundary);
          if (answered.has(key) || takenAt.getTime() > now.getTime()) continue;
          if (created.doses.length >= maxImportDoses) {
            throw new RequestError(
              'INVALID_INPUT',
              `These choices would write more than ${limitText(maxImportDoses)} doses, so nothing was imported.`,
            );
          }
          const dose = {
            id: newId(),
            medicationId: medication.id,
            day,
            dueTime: due.dueTime,
            status: 'taken' as const,
            takenAt: takenAt.toISOString(),
            timeZone: choices.timeZone,
            amount: null,
            reason: '',
          };
          recordDose(db, dose);
          answered.add(key);
          created.doses.push({ id: dose.id, takenAt: dose.takenAt });
        }
      }
    },
  };
}
