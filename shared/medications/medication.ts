import { z } from 'zod';
import { instantText, timeZoneName } from '../check-ins/check-in';
import { calendarDate, entryId, lineText, noteText, requiredLineText } from '../plan/plan-text';
import { timeOfDay } from '../reminders/reminder-preferences';

/** Days of the week as ISO numbers: 1 is Monday, 7 is Sunday. */
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type IsoWeekday = (typeof isoWeekdays)[number];

/** At most this many doses a day on a schedule. */
export const maxDoseTimes = 8;

/**
 * When a medication is taken: at set times on set days of the week, or as needed, with the least
 * time between two doses and the most in any 24 hours.
 */
export const doseScheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('scheduled'),
    times: z
      .array(timeOfDay)
      .min(1, 'Choose at least one time of day.')
      .max(maxDoseTimes, `Up to ${maxDoseTimes} times a day.`)
      .refine((times) => new Set(times).size === times.length, 'Each time can be chosen once.'),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1, 'Choose at least one day of the week.')
      .refine((days) => new Set(days).size === days.length, 'Each day can be chosen once.'),
  }),
  z.strictObject({
    kind: z.literal('as-needed'),
    /** The least time between two doses, in minutes (15 minutes to 3 days). */
    minMinutesBetween: z
      .number({ error: 'Write the hours between doses as a number, such as 4.' })
      .int()
      .min(15, 'Allow at least 15 minutes between doses.')
      .max(72 * 60, 'Up to 72 hours between doses.'),
    /** The most doses in any 24 hours. */
    maxPer24Hours: z
      .number({ error: 'Write the most doses in 24 hours as a number, such as 4.' })
      .int('Write a whole number of doses.')
      .min(1, 'Allow at least one dose.')
      .max(24, 'Up to 24 doses in 24 hours.'),
  }),
]);
export type DoseSchedule = z.infer<typeof doseScheduleSchema>;

/** A dose amount: the number in the unit the medication is taken in (2 tablets, 50 mg, 5 ml). */
export const doseAmount = z
  .number({ error: 'Write the dose as a number, such as 50 or 0.5.' })
  .positive('A dose is more than 0.')
  .max(100_000, 'That dose is larger than Waypoint can record.');

/**
 * One version of how a medication is taken, from a day on. A change of dose or schedule is a new
 * version dated from the day it starts; the earlier ones are kept, never overwritten.
 */
export const medicationVersionSchema = z.strictObject({
  from: calendarDate,
  dose: doseAmount,
  unit: requiredLineText.pipe(z.string().max(40, 'Keep the unit under 40 characters.')),
  schedule: doseScheduleSchema,
});
export type MedicationVersion = z.infer<typeof medicationVersionSchema>;

/** What a medication is, apart from how it is taken. */
export const medicationDetailsSchema = z.strictObject({
  name: requiredLineText,
  /** The strength and form as on the box: "50 mg tablet". */
  strength: lineText,
  /** What it is for, in my words. */
  purpose: lineText,
  /** The care-team entry of who prescribed it, when I chose one. */
  prescriberId: entryId.nullable(),
  notes: noteText,
  /** Doses left, when I count them, and the level at which a refill reminder comes. */
  stock: z
    .strictObject({
      count: z
        .number({ error: 'Write how many I have as a number.' })
        .min(0, 'A count is 0 or more.')
        .max(100_000, 'That is more than Waypoint can count.'),
      refillAt: z
        .number({ error: 'Write the refill level as a number.' })
        .min(0, 'A level is 0 or more.')
        .max(100_000, 'That is more than Waypoint can count.'),
    })
    .nullable(),
  /** A stopped medication can be left off the charts; its history stays. */
  hiddenFromCharts: z.boolean(),
});
export type MedicationDetails = z.infer<typeof medicationDetailsSchema>;

/** A medication with its whole history: the versions in date order, and the day it stopped, if it did. */
export interface Medication extends MedicationDetails {
  id: string;
  /** The first version's `from`: the day I started it. */
  startedOn: string;
  /** The first day it was no longer taken; no dose is due from this day on. */
  stoppedOn: string | null;
  versions: MedicationVersion[];
}

/** A medication still taken whose supply is down to the level I chose: time to get more. */
export interface RefillDue {
  medicationId: string;
  name: string;
  left: number;
  refillAt: number;
}

/** The medications taken on `today` whose counted supply is at or below its refill level. */
export function refillsDue(medications: readonly Medication[], today: string): RefillDue[] {
  return medications.flatMap((medication) =>
    medication.stock &&
    medication.stock.count <= medication.stock.refillAt &&
    (medication.stoppedOn === null || medication.stoppedOn > today)
      ? [
          {
            medicationId: medication.id,
            name: medication.name,
            left: medication.stock.count,
            refillAt: medication.stock.refillAt,
          },
        ]
      : [],
  );
}

/** A dose I took, or one I skipped: at most one record per scheduled dose, any number as needed. */
export const doseStatuses = ['taken', 'skipped'] as const;
export type DoseStatus = (typeof doseStatuses)[number];

const doseRecordShape = z.strictObject({
  id: entryId,
  medicationId: entryId,
  /** The day the dose counts for: the day it was due, whatever the hour it was logged. */
  day: calendarDate,
  /** The scheduled time it answers (HH:MM), or null for an as-needed dose. */
  dueTime: timeOfDay.nullable(),
  status: z.enum(doseStatuses),
  /** When it was taken (UTC), for a dose taken. */
  takenAt: instantText.nullable(),
  /** The time zone it was taken in, which places `takenAt` on the wall clock. */
  timeZone: timeZoneName.nullable(),
  /** The amount taken when it differed from the prescribed dose; null means as prescribed. */
  amount: doseAmount.nullable(),
  /** Why it was skipped, or anything about it, in my words. */
  reason: lineText,
});

/** What a dose record must hold together, each rule with the field it is reported at. */
const doseRecordRules: readonly [
  broken: (dose: z.infer<typeof doseRecordShape>) => boolean,
  field: keyof z.infer<typeof doseRecordShape>,
  message: string,
][] = [
  [(dose) => dose.status === 'taken' && dose.takenAt === null, 'takenAt', 'A dose taken says when it was taken.'],
  [
    (dose) => dose.status === 'taken' && dose.timeZone === null,
    'timeZone',
    'A dose taken says the time zone it was taken in.',
  ],
  [(dose) => dose.status === 'skipped' && dose.takenAt !== null, 'takenAt', 'A skipped dose has no time it was taken.'],
  [
    (dose) => dose.status === 'skipped' && dose.dueTime === null,
    'status',
    'An as-needed dose (no due time) is written when it is taken, so it cannot be skipped.',
  ],
];

/**
 * What became of one dose, as the vault keeps it: a dose taken says when and in which time zone;
 * a skipped one has no time; an as-needed dose (no due time) is written when it is taken, so it is
 * never skipped.
 */
export const doseRecordSchema = doseRecordShape.superRefine((dose, context) => {
  for (const [broken, field, message] of doseRecordRules) {
    if (broken(dose)) context.addIssue({ code: 'custom', path: [field], message });
  }
});
export type DoseRecord = z.infer<typeof doseRecordSchema>;
