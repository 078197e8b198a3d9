import { z } from 'zod';
import { metricKey } from '../metrics/metric-key';
import { earliestYear, latestYear } from '../dates/calendar-date';
import { calendarDate, entryId, noteText } from '../plan/plan-text';
import { checkInDay, isKnownTimeZone } from './check-in-day';

/** The plan lists a check-in can point at: what I used, what I met, what I noticed. */
export const checkInLinkKinds = ['coping', 'trigger', 'warning-sign'] as const;
export type CheckInLinkKind = (typeof checkInLinkKinds)[number];

/** The check-in field that holds each kind of link. */
export const checkInLinkFields = {
  coping: 'copingIds',
  trigger: 'triggerIds',
  'warning-sign': 'warningSignIds',
} as const satisfies Record<CheckInLinkKind, string>;

const instantPattern = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

/**
 * A check-in may be dated up to a day ahead of this computer's clock (someone who crossed time
 * zones), never later. Main refuses it; the form says so at the field first.
 */
export const checkInFutureAllowanceMs = 26 * 60 * 60 * 1000;
export const checkInInFutureMessage = 'A check-in cannot be dated in the future.';

export function isDatedInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + checkInFutureAllowanceMs;
}

/** A moment in UTC, written as ISO 8601 with a Z, between the years 1900 and 2199. */
export const instantText = z.string().refine((value) => {
  const match = instantPattern.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const parsed = new Date(value);
  // Date parsing rolls 30 February over into March; the round trip catches it.
  return (
    year >= earliestYear &&
    year <= latestYear &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 16) === value.slice(0, 16)
  );
}, 'Use a real moment between the years 1900 and 2199.');

export const timeZoneName = z
  .string()
  .max(64)
  .refine(isKnownTimeZone, 'This is not a time zone this computer knows (for example Europe/London).');

const linkedIds = z
  .array(entryId)
  .max(200)
  .refine((ids) => new Set(ids).size === ids.length, 'Each item can be picked once.');

/** What a person writes in one check-in. Metric values are checked against their definitions in main. */
export const checkInFieldsSchema = z.strictObject({
  /** When it was written, or for a backfill the moment it stands for. */
  at: instantText,
  timeZone: timeZoneName,
  mood: z
    .number({ error: 'Choose a mood from 0 to 10.' })
    .int('Mood is a whole number from 0 to 10.')
    .min(0, 'Mood goes from 0 to 10.')
    .max(10, 'Mood goes from 0 to 10.'),
  /** Other measures by key; a measure left out was not recorded. */
  values: z
    .record(metricKey, z.number().finite())
    .refine((values) => Object.keys(values).length <= 64, 'Too many measures in one check-in.')
    .refine((values) => !('mood' in values), 'Mood has its own field.'),
  copingIds: linkedIds,
  triggerIds: linkedIds,
  warningSignIds: linkedIds,
  lapse: z.boolean(),
  note: noteText,
  /**
   * True when the person picked the date (a backfill, or an edit that moved it): the check-in
   * counts for that date whatever the time. A check-in dated "now" has its day from the clock and
   * the day boundary. Absent in exports from before it existed, where it means "now".
   */
  dayChosen: z.boolean().default(false),
});

export type CheckInFields = z.infer<typeof checkInFieldsSchema>;

export const checkInSchema = checkInFieldsSchema.extend({
  id: entryId,
  /** The check-in day, from `at`, `timeZone` and the day boundary (see check-in-day.ts). */
  day: calendarDate,
});

export type CheckIn = z.infer<typeof checkInSchema>;

/**
 * The day a check-in counts for: the date picked, or for one written now, the day on the clock
 * with the day boundary applied (so 01:30 still belongs to the evening before).
 */
export function dayOfCheckIn(
  fields: Pick<CheckInFields, 'at' | 'timeZone' | 'dayChosen'>,
  boundaryMinutes: number,
): string {
  return checkInDay(new Date(fields.at), fields.timeZone, fields.dayChosen ? 0 : boundaryMinutes);
}

export const checkInUpdateSchema = z.strictObject({ id: entryId, fields: checkInFieldsSchema });

/** A span of check-in days, both ends included. */
export const dayRangeSchema = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine(({ from, to }) => from <= to, 'The start of the range must not be after its end.');

export type DayRange = z.infer<typeof dayRangeSchema>;

/** The first and last check-in days in a vault, or nulls before the first check-in. */
export interface CheckInSpan {
  firstDay: string | null;
  lastDay: string | null;
}
