import { checkInLinkFields } from '../../shared/check-ins/check-in';
import { wallClockTime } from '../../shared/check-ins/check-in-day';
import { entriesOfPlan } from '../../shared/plan/plan-document';
import { entryTitle } from '../../shared/plan/plan-entries';
import { readAllCheckIns } from '../check-ins/check-in-repository';
import { readTrackedMetrics } from '../metrics/metric-repository';
import type { ReadableDatabase } from '../database/sqlite';
import { readArchivedEntries, readPlan } from '../plan/plan-repository';
import { csvTable } from './csv-table';

/** Every check-in as CSV, oldest first: one column per measure, linked plan entries by name. */
export function checkInsCsv(db: ReadableDatabase): string {
  const metrics = readTrackedMetrics(db);
  const titles = new Map(
    [...readArchivedEntries(db), ...entriesOfPlan(readPlan(db))].map((entry) => [
      entry.id,
      entryTitle(entry.list, entry.data),
    ]),
  );
  const named = (ids: string[]) => ids.map((id) => titles.get(id) ?? '(removed from plan)').join('; ');
  const header = [
    'day',
    'moment (UTC)',
    'time zone',
    'local time',
    ...metrics.map((metric) => (metric.unit ? `${metric.label} (${metric.unit})` : metric.label)),
    'lapse',
    'coping strategies used',
    'triggers met',
    'warning signs noticed',
    'note',
  ];
  const rows = readAllCheckIns(db).map((checkIn) => [
    checkIn.day,
    checkIn.at,
    checkIn.timeZone,
    wallClockTime(new Date(checkIn.at), checkIn.timeZone),
    ...metrics.map((metric) => (metric.key === 'mood' ? checkIn.mood : (checkIn.values[metric.key] ?? ''))),
    checkIn.lapse ? 'yes' : 'no',
    named(checkIn[checkInLinkFields.coping]),
    named(checkIn[checkInLinkFields.trigger]),
    named(checkIn[checkInLinkFields['warning-sign']]),
    checkIn.note,
  ]);
  return csvTable(header, rows);
}
