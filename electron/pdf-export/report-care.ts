import type { DayRange } from '../../shared/check-ins/check-in';
import { addDays, weekStart } from '../../shared/dates/calendar-date';
import { versionOn } from '../../shared/medications/dose-schedule';
import type { Medication } from '../../shared/medications/medication';
import {
  reportWeeksShown,
  type ReportMedication,
  type ReportMedications,
  type ReportUse,
  type UseTally,
} from '../../shared/pdf-export/report-data';
import { snapshotWindowDays } from '../../shared/pdf-export/session-snapshot';
import type { PlanDocument } from '../../shared/plan/plan-document';
import { standardDrinkFor } from '../../shared/substance-use/standard-drinks';
import type { UseDay } from '../../shared/substance-use/substance-use';
import { medicationEvents } from '../care-events/dated-events';
import type { ReadableDatabase } from '../database/sqlite';
import { readMedications, readSideEffects } from '../medications/medication-repository';
import { readAdherenceViews } from '../medications/medications-view';
import type { AdherenceView } from '../../shared/medications/medication-requests';
import { readSettings } from '../settings/settings-repository';
import { readSubstances, readUse } from '../substance-use/substance-use-repository';

/** The last 30 days of a range and the 30 before them: page 1's two windows. */
function windowsOf(range: DayRange): { recent: DayRange; before: DayRange } {
  const recentFrom = addDays(range.to, -(snapshotWindowDays - 1));
  return {
    recent: { from: recentFrom < range.from ? range.from : recentFrom, to: range.to },
    before: { from: addDays(recentFrom, -snapshotWindowDays), to: addDays(recentFrom, -1) },
  };
}

/** Whether a medication was taken on some day of the range. */
const takenIn = (medication: Medication, range: DayRange) =>
  medication.startedOn <= range.to && (medication.stoppedOn === null || medication.stoppedOn > range.from);

/**
 * My medications for the PDF: those taken in the range (still taken first), each as it was taken at
 * the range's end or its last day; their changes in the range; doses taken on time over the range
 * and its last 30 days; and the side effects I noted. A medication hidden from charts is listed
 * too: hiding it keeps the charts clear, not my doctor uninformed.
 */
export function readReportMedications(
  db: ReadableDatabase,
  plan: PlanDocument,
  range: DayRange,
  today: string,
): ReportMedications {
  const medications = readMedications(db).filter((medication) => takenIn(medication, range));
  const prescribers = new Map(plan.careTeam.professionals.map((person) => [person.id, person.name]));
  const list = medications.flatMap((medication): ReportMedication[] => {
    const lastDay =
      medication.stoppedOn && medication.stoppedOn <= range.to ? addDays(medication.stoppedOn, -1) : range.to;
    const current = versionOn(medication, lastDay);
    if (!current) return [];
    const prescriber = medication.prescriberId ? (prescribers.get(medication.prescriberId) ?? '') : '';
    return [{ medication, current, prescriber }];
  });
  const stillTaken = (entry: ReportMedication) =>
    entry.medication.stoppedOn === null || entry.medication.stoppedOn > range.to;
  const names = new Map(medications.map((medication) => [medication.id, medication.name]));
  const { recent } = windowsOf(range);
  const [adherence, recentAdherence] = readAdherenceViews(db, [range, recent], today) as [AdherenceView, AdherenceView];
  return {
    list: [...list.filter(stillTaken), ...list.filter((entry) => !stillTaken(entry))],
    changes: medicationEvents(medications, range),
    recent,
    adherence,
    recentAdherence,
    sideEffects: readSideEffects(db, range.from, range.to).flatMap((effect) => {
      const name = names.get(effect.medicationId);
      return name === undefined ? [] : [{ ...effect, name }];
    }),
  };
}

function tally(days: readonly UseDay[], substanceId: string, window: DayRange): UseTally {
  const mine = days.filter((day) => day.substanceId === substanceId && day.day >= window.from && day.day <= window.to);
  return {
    daysWritten: mine.length,
    daysUsed: mine.filter((day) => day.amount > 0).length,
    amount: mine.reduce((total, day) => total + day.amount, 0),
  };
}

/**
 * My substance use for the PDF: each substance's last 30 days against the 30 before (days written,
 * days used, the amount), and the days of the calendar, whole weeks up to the range's end.
 */
export function readReportUse(db: ReadableDatabase, range: DayRange, marksLapses: boolean): ReportUse {
  const windows = windowsOf(range);
  const lastWeeks = addDays(weekStart(range.to), -7 * (reportWeeksShown - 1));
  const firstWeek = weekStart(range.from);
  const calendar = { from: lastWeeks > firstWeek ? lastWeeks : firstWeek, to: addDays(weekStart(range.to), 6) };
  const readFrom = windows.before.from < calendar.from ? windows.before.from : calendar.from;
  const days = readUse(db, readFrom, calendar.to);
  const substances = readSubstances(db);
  return {
    standardDrink: standardDrinkFor(readSettings(db).standardDrinkCountry),
    substances,
    windows,
    tallies: substances.map((substance) => ({
      substanceId: substance.id,
      recent: tally(days, substance.id, windows.recent),
      before: tally(days, substance.id, windows.before),
    })),
    calendar,
    days: days.filter((day) => day.day >= calendar.from && day.day <= range.to),
    marksLapses,
  };
}
