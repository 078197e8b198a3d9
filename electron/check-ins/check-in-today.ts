import { checkInDay } from '../../shared/check-ins/check-in-day';
import type { ReadableDatabase } from '../database/sqlite';
import type { Clock } from '../ports/clock';
import { readSettings } from '../settings/settings-repository';

/**
 * "Today" everywhere in Waypoint: the check-in day on this computer's clock, with the person's
 * day boundary, so a plan started at 01:30 starts on the evening's day, as a check-in would.
 */
export function checkInToday(db: ReadableDatabase, clock: Clock): string {
  return checkInDay(clock.now(), clock.timeZone(), readSettings(db).dayBoundaryMinutes);
}
