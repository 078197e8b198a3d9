import { checkInLinkFields, type CheckInLinkKind, type DayRange } from '../../shared/check-ins/check-in';
import { wallClockTime } from '../../shared/check-ins/check-in-day';
import type { ProgressDay } from '../../shared/progress/progress-days';
import { selectValues, type Database } from '../database/sqlite';

/** The first and last check-in days in the vault, or nulls with no check-ins. */
export function readCheckInSpan(db: Database): { firstDay: string | null; lastDay: string | null } {
  const [firstDay, lastDay] = selectValues(db, 'SELECT min(day), max(day) FROM checkins')[0] as [
    string | null,
    string | null,
  ];
  return { firstDay, lastDay };
}

/**
 * The check-in days of a range, in order: the daily mean and spread of the measures asked for
 * (from the covering index on values, so ten years stay quick), what was used, met and noticed,
 * lapses, and with `withCheckIns` each check-in's local time and mood (for short ranges' tooltips).
 */
export function readProgressDays(
  db: Database,
  range: DayRange,
  options: { metrics: readonly string[]; withCheckIns: boolean },
): ProgressDay[] {
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
  for (const [day] of selectValues(
    db,
    'SELECT DISTINCT day FROM checkins WHERE day BETWEEN ? AND ? AND lapse = 1',
    span,
  )) {
    dayOf(day as string).lapse = true;
  }
  for (const metric of new Set(options.metrics)) {
    const stats = selectValues(
      db,
      `SELECT day, avg(value), min(value), max(value), count(*) FROM checkin_values
        WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY day`,
      [metric, ...span],
    );
    for (const [day, mean, min, max, count] of stats) {
      dayOf(day as string).values[metric] = {
        mean: mean as number,
        min: min as number,
        max: max as number,
        count: count as number,
      };
    }
  }
  if (options.withCheckIns) {
    const moods = selectValues(
      db,
      `SELECT c.day, c.at, c.time_zone, v.value, c.lapse FROM checkins c
         JOIN checkin_values v ON v.metric = 'mood' AND v.day = c.day AND v.checkin = c.key
        WHERE c.day BETWEEN ? AND ? ORDER BY c.day, c.at`,
      span,
    );
    for (const [day, at, timeZone, mood, lapse] of moods) {
      dayOf(day as string).checkIns.push({
        time: wallClockTime(new Date(at as string), timeZone as string),
        mood: mood as number,
        lapse: lapse === 1,
      });
    }
  }
  const links = selectValues(
    db,
    `SELECT DISTINCT c.day, l.kind, l.entry_id FROM checkins c
       JOIN checkin_links l ON l.checkin = c.key
      WHERE c.day BETWEEN ? AND ? ORDER BY c.day, l.kind, l.entry_id`,
    span,
  );
  for (const [day, kind, entryId] of links) {
    dayOf(day as string)[checkInLinkFields[kind as CheckInLinkKind]].push(entryId as string);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
