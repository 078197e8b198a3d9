import { checkInLinkFields, type CheckInLinkKind, type DayRange } from '../../shared/checkins/check-in';
import { wallClockTime } from '../../shared/checkins/check-in-day';
import type { ProgressDay, ProgressView } from '../../shared/progress/progress-days';
import { selectValues, type Database } from '../database/sqlite';

/**
 * The check-in days of a range, summarised for charts: each measure's daily mean and spread (in
 * SQL, so ten years stay quick), the day's check-ins, and what was used, met and noticed.
 */
export function readProgress(db: Database, range: DayRange): ProgressView {
  const [firstDay, lastDay] = selectValues(db, 'SELECT min(day), max(day) FROM checkins')[0] as [
    string | null,
    string | null,
  ];
  const days = new Map<string, ProgressDay>();
  const dayOf = (day: string): ProgressDay => {
    let entry = days.get(day);
    if (!entry) {
      entry = { day, values: {}, checkIns: [], copingIds: [], triggerIds: [], warningSignIds: [], lapse: false };
      days.set(day, entry);
    }
    return entry;
  };
  const span = [range.from, range.to];
  const moods = selectValues(
    db,
    `SELECT c.day, c.at, c.time_zone, v.value, c.lapse FROM checkins c
       JOIN checkin_values v ON v.checkin_id = c.id AND v.metric = 'mood'
      WHERE c.day BETWEEN ? AND ? ORDER BY c.day, c.at`,
    span,
  );
  for (const [day, at, timeZone, mood, lapse] of moods) {
    const entry = dayOf(day as string);
    entry.checkIns.push({
      time: wallClockTime(new Date(at as string), timeZone as string),
      mood: mood as number,
      lapse: lapse === 1,
    });
    entry.lapse ||= lapse === 1;
  }
  const stats = selectValues(
    db,
    `SELECT c.day, v.metric, avg(v.value), min(v.value), max(v.value), count(*) FROM checkins c
       JOIN checkin_values v ON v.checkin_id = c.id
      WHERE c.day BETWEEN ? AND ? GROUP BY c.day, v.metric`,
    span,
  );
  for (const [day, metric, mean, min, max, count] of stats) {
    dayOf(day as string).values[metric as string] = {
      mean: mean as number,
      min: min as number,
      max: max as number,
      count: count as number,
    };
  }
  const links = selectValues(
    db,
    `SELECT DISTINCT c.day, l.kind, l.entry_id FROM checkins c
       JOIN checkin_links l ON l.checkin_id = c.id
      WHERE c.day BETWEEN ? AND ? ORDER BY c.day, l.kind, l.entry_id`,
    span,
  );
  for (const [day, kind, entryId] of links)
    dayOf(day as string)[checkInLinkFields[kind as CheckInLinkKind]].push(entryId as string);
  return { range, firstDay, lastDay, days: [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1)) };
}
