import { wallClockTime } from '../../shared/check-ins/check-in-day';
import { earliestDate, latestDate } from '../../shared/dates/calendar-date';
import { onTimeWindowWords, takenOnTime } from '../../shared/medications/dose-schedule';
import type { DoseRecord, Medication } from '../../shared/medications/medication';
import type { ReadableDatabase } from '../database/sqlite';
import { readDoses, readMedications } from '../medications/medication-repository';
import { readSettings } from '../settings/settings-repository';
import { csvTable } from './csv-table';

/** The version a dose's day falls in, by date alone: a dose written after a stop keeps the last one. */
const versionOfDay = (medication: Medication, day: string) =>
  medication.versions.findLast((version) => version.from <= day) ?? medication.versions[0]!;

/** Whether a taken scheduled dose was on time; empty for a skipped or an as-needed dose. */
function onTimeCell(dose: DoseRecord, boundary: number): string {
  if (dose.status !== 'taken' || dose.dueTime === null) return '';
  return takenOnTime(dose, boundary) ? 'yes' : 'no';
}

/**
 * Every dose taken or skipped, by day and time, one row each: the medication by name, the dose
 * prescribed on that day and the amount taken (docs/export-format.md lists the columns).
 */
export function dosesCsv(db: ReadableDatabase): string {
  const medications = new Map(readMedications(db).map((medication) => [medication.id, medication]));
  const boundary = readSettings(db).dayBoundaryMinutes;
  const header = [
    'day',
    'medication',
    'strength',
    'due time',
    'taken or skipped',
    'moment taken (UTC)',
    'time zone',
    'local time taken',
    `taken on time (${onTimeWindowWords})`,
    'prescribed dose',
    'amount taken',
    'unit',
    'reason',
  ];
  const rows = readDoses(db, earliestDate, latestDate).map((dose) => {
    const medication = medications.get(dose.medicationId)!;
    const version = versionOfDay(medication, dose.day);
    const taken = dose.status === 'taken';
    return [
      dose.day,
      medication.name,
      medication.strength,
      dose.dueTime ?? 'as needed',
      dose.status,
      dose.takenAt ?? '',
      dose.timeZone ?? '',
      dose.takenAt !== null && dose.timeZone !== null ? wallClockTime(new Date(dose.takenAt), dose.timeZone) : '',
      onTimeCell(dose, boundary),
      version.dose,
      taken ? (dose.amount ?? version.dose) : '',
      version.unit,
      dose.reason,
    ];
  });
  return csvTable(header, rows);
}
