import { z } from 'zod';
import { dayRangeSchema, instantText } from '../check-ins/check-in';
import { daysBetween } from '../dates/calendar-date';
import { calendarDate, entryId, lineText } from '../plan/plan-text';
import { timeOfDay } from '../reminders/reminder-preferences';
import {
  doseAmount,
  doseStatuses,
  medicationDetailsSchema,
  medicationVersionSchema,
  type DoseRecord,
  type Medication,
  type RefillDue,
} from './medication';
import type { MedicationAdherence } from './adherence';

/** The doses of one day: `day` absent means today (the check-in day on main's clock). */
export const medicationsDaySchema = z.strictObject({ day: calendarDate.optional() });

export const addMedicationSchema = z.strictObject({
  details: medicationDetailsSchema,
  /** How I take it from the day I started it (`from`). */
  first: medicationVersionSchema,
});

export const editMedicationSchema = z.strictObject({ id: entryId, details: medicationDetailsSchema });

/** A new dose or schedule from a day on; the versions before it are kept. */
export const changeMedicationSchema = z.strictObject({ id: entryId, version: medicationVersionSchema });

export const stopMedicationSchema = z.strictObject({ id: entryId, on: calendarDate });

/**
 * What became of a dose. `takenAt` is when it was taken: `now`, `as-planned` (at its due time, for
 * a scheduled dose filled in after the day, or "as planned" from the quick check-in), a time of day
 * on the dose's day (HH:MM; the small hours before the day boundary are the night that ends it), or
 * a moment (UTC). A skipped dose has no time.
 */
export const recordDoseSchema = z.strictObject({
  medicationId: entryId,
  day: calendarDate,
  /** The scheduled time this answers, or null for an as-needed dose. */
  dueTime: timeOfDay.nullable(),
  status: z.enum(doseStatuses),
  takenAt: z.union([z.literal('now'), z.literal('as-planned'), timeOfDay, instantText]).nullable(),
  /** Only when the amount differed from the prescribed dose. */
  amount: doseAmount.nullable(),
  reason: lineText,
});
export type RecordDoseRequest = z.infer<typeof recordDoseSchema>;

/** Forgets what I said about doses (Undo): one, or the several "as planned" wrote at once. */
export const deleteDosesSchema = z.strictObject({ ids: z.array(entryId).min(1).max(100) });

/**
 * Every scheduled dose of a day that is due by now and not yet answered, written as taken at its
 * due time: "I took my medicines as planned".
 */
export const takeAsPlannedSchema = z.strictObject({ day: calendarDate });

/** What "as planned" wrote: the doses (for Undo and the words), and how many are still to come today. */
export interface TakenAsPlanned {
  recorded: { id: string; name: string; dueTime: string }[];
  stillToCome: number;
}

/** A scheduled dose of the day, with what became of it if I said. */
export interface DoseOfTheDay {
  medicationId: string;
  name: string;
  strength: string;
  dueTime: string;
  /** The moment (UTC) it is due, for "due by now". */
  dueAt: string;
  dose: number;
  unit: string;
  record: DoseRecord | null;
}

/** An as-needed medication on the day: the doses I logged and when the next is allowed. */
export interface AsNeededOfTheDay {
  medicationId: string;
  name: string;
  strength: string;
  dose: number;
  unit: string;
  minMinutesBetween: number;
  maxPer24Hours: number;
  taken: DoseRecord[];
  /** The moment (UTC) the next dose is allowed, or null when it is allowed now. */
  nextAllowedAt: string | null;
}

/** Everything the medication screens show for one day, worked out in main. */
export interface MedicationsView {
  /** Today's check-in day. */
  today: string;
  /** The day the doses are for. */
  day: string;
  /** Every medication, stopped ones included, with its versions. */
  medications: Medication[];
  due: DoseOfTheDay[];
  asNeeded: AsNeededOfTheDay[];
  /** How "on time" is counted, in words, for wherever adherence is shown. */
  onTimeWindow: string;
  /** The side effects noted in the `sideEffectDaysShown` days up to today, the latest first. */
  sideEffects: SideEffect[];
  /** Medications whose supply I count and that are down to my refill level. */
  refills: RefillDue[];
}

/** The range adherence is asked for: at most 20 years, so the work and the week table stay bounded. */
export const adherenceRangeSchema = dayRangeSchema.refine(
  ({ from, to }) => daysBetween(from, to) <= 20 * 366,
  'Adherence can be counted over at most 20 years at a time.',
);

/** Adherence over a range, per scheduled medication, counted up to yesterday. */
export interface AdherenceView {
  /** The last day counted: the range's end, or yesterday when the range reaches today. */
  through: string;
  /** How "on time" is counted, in words. */
  onTimeWindow: string;
  medications: MedicationAdherence[];
}

/** A side effect noted for a medication on a day: how much it bothered me, 0 to 10, and my words. */
export const sideEffectSchema = z.strictObject({
  medicationId: entryId,
  day: calendarDate,
  bother: z
    .number({ error: 'Rate the bother from 0 to 10.' })
    .int('Bother is a whole number from 0 to 10.')
    .min(0, 'Bother goes from 0 to 10.')
    .max(10, 'Bother goes from 0 to 10.'),
  words: lineText,
});
export type SideEffect = z.infer<typeof sideEffectSchema>;

/** Forgets the side effect noted for a medication on a day (answers it, for Undo). */
export const clearSideEffectSchema = z.strictObject({ medicationId: entryId, day: calendarDate });

/** How far back the Medications page lists side effects. */
export const sideEffectDaysShown = 90;
