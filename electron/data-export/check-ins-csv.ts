import { checkInLinkFields } from '../../shared/check-ins/check-in';
import { wallClockTime } from '../../shared/check-ins/check-in-day';
import { entriesOfPlan } from '../../shared/plan/plan-document';
import { entryTitle } from '../../shared/plan/plan-entries';
import { readAllCheckIns } from '../check-ins/check-in-repository';
import { readTrackedMetrics } from '../metrics/metric-repository';
import type { ReadableDatabase } from '../database/sqlite';
import { readArchivedEntries, readPlan } from '../plan/plan-repository';

/**
 * One field, quoted when it could split a row in any spreadsheet: RFC 4180 quotes for `,` `"` and
 * line breaks, and many spreadsheets (most European locales) split on `;` or a tab as well, where
 * an unquoted `ok;=1+1` would become a second cell starting with a formula. Text a spreadsheet
 * would run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, so opening the file is safe.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\t\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

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
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
