import { readLapseDays } from '../milestones/lapse-days';
import {
  checkInLinkFields,
  type CheckInLinkKind,
  type CheckInSpan,
  type DayRange,
} from '../../shared/check-ins/check-in';
import { wallClockTime } from '../../shared/check-ins/check-in-day';
import type { ProgressDay } from '../../shared/progress/progress-days';
import { selectRow, selectRows, type ReadableDatabase } from '../database/sqlite';

/** The first and last check-in days in the vault, or nulls with no check-ins. */
export function readCheckInSpan(db: ReadableDatabase): CheckInSpan {
  return selectRow(db, 'SELECT min(day) AS firstDay, max(day) AS lastDay FROM checkins', [], {
    firstDay: 'text?',
    lastDay: 'text?',
  })!;
}

/**
 * The check-in days of a range, in order: the daily mean and spread of the measures asked for
 * (from the covering index on values, so ten years stay quick), what was used, met and noticed,
 * lapses, and with `withCheckIns` each check-in's local time and mood (for short ranges' tooltips).
 */
export function readProgressDays(
  db: ReadableDatabase,
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
  for (const day of readLapseDays(db)) if (day >= range.from && day <= range.to) dayOf(day).lapse = true;
  for (const metric of new Set(options.metrics)) {
    const stats = selectRows(
      db,
      `SELECT day, avg(value) AS mean, min(value) AS min, max(value) AS max, count(*) AS count FROM checkin_values
        WHERE metric = ? AND day BETWEEN ? AND ? GROUP BY day`,
      [metric, ...span],
      { day: 'text', mean: 'number', min: 'number', max: 'number', count: 'integer' },
    );
    for (const { day, ...stat } of stats) dayOf(day).values[metric] = stat;
  }
  if (options.withCheckIns) {
    const moods = selectRows(
      db,
      `SELECT c.day, c.at, c.time_zone AS timeZone, v.value AS mood, c.lapse FROM checkins c
         JOIN checkin_values v ON v.metric = 'mood' AND v.day = c.day AND v.checkin = c.key
        WHERE c.day BETWEEN ? AND ? ORDER BY c.day, c.at`,
      span,
      { day: 'text', at: 'text', timeZone: 'text', mood: 'number', lapse: 'boolean' },
    );
    for (const { day, at, timeZone, mood, lapse } of moods) {
      dayOf(day).checkIns.push({ time: wallClockTime(new Date(at), timeZone), mood, lapse });
    }
  }
  const links = selectRows(
    db,
    `SELECT DISTINCT c.day, l.kind, l.entry_id AS entryId FROM checkins c
       JOIN checkin_links l ON l.checkin = c.key
      WHERE c.day BETWEEN ? AND ? ORDER BY c.day, l.kind, l.entry_id`,
    span,
    { day: 'text', kind: 'text', entryId: 'text' },
  );
  for (const { day, kind, entryId } of links) {
    dayOf(day)[checkInLinkFields[kind as CheckInLinkKind]].push(entryId);
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
