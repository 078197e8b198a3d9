import { checkInDay } from '../../shared/check-ins/check-in-day';
import type { Database } from '../database/sqlite';
import { readSettings } from '../settings/settings-repository';

/** Where main reads the time: the real clock and zone in the app, fixed ones in tests. */
export interface Clock {
  now(): Date;
  /** The computer's time zone, an IANA name such as `Europe/London`. */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/**
 * "Today" everywhere in Waypoint: the check-in day on this computer's clock, with the person's
 * day boundary, so a plan started at 01:30 starts on the evening's day, as a check-in would.
 */
export function checkInToday(db: Database, clock: Clock): string {
  return checkInDay(clock.now(), clock.timeZone(), readSettings(db).dayBoundaryMinutes);
}
