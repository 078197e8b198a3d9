import { z } from 'zod';

/** A time of day on the wall clock, HH:MM (24-hour). */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time such as 20:00.');

/** At most this many daily check-in reminders. */
export const maxCheckInReminders = 4;

/**
 * What and when Waypoint reminds, and whether it keeps running for it. Kept outside the vault
 * (`preferences.json` beside it) so reminders can come while it is locked: times and switches
 * only, never a word of the plan or a check-in.
 */
export const reminderPreferencesSchema = z.strictObject({
  /** Daily check-in reminders; none by default. */
  checkInTimes: z
    .array(timeOfDay)
    .max(maxCheckInReminders, `Up to ${maxCheckInReminders} reminders a day.`)
    .refine((times) => new Set(times).size === times.length, 'Each time can be chosen once.'),
  /** When the plan reminders below come, on a day something is due. */
  planTime: timeOfDay,
  reviewDue: z.boolean(),
  actionStepsDue: z.boolean(),
  supportersDue: z.boolean(),
  /** On each day a questionnaire I scheduled is due, until I answer it; the words name no form. */
  questionnaireDue: z.boolean(),
  /** At the time of each scheduled dose not yet answered; the words name no medicine. */
  doseDue: z.boolean(),
  /**
   * At the plan reminders' time, on each day a medicine whose supply I count is down to my refill
   * level; the words name no medicine.
   */
  refillDue: z.boolean(),
  /** Keep running in the tray / menu bar when the window is closed, so reminders can come. */
  keepRunningInTray: z.boolean(),
  /** Start (in the tray, locked) when the person logs in to the computer. */
  openAtLogin: z.boolean(),
  /** The gentle offer after the first check-in has been made (accepted or not). */
  offered: z.boolean(),
  /**
   * Not a reminder: the lock screen's one switch, kept here beside the others so that the lock
   * screen knows it while the vault is locked and a change is on disk at once, whatever happens to
   * the vault's saves. On: a copy of the safety plan's text is kept beside the vault, unencrypted,
   * for the lock screen (docs/vault-format.md). Off: there is no copy, and none is shown.
   */
  safetyPlanOnLockScreen: z.boolean(),
  /**
   * Not a reminder either: the lock screen offers a check-in without the passphrase, sealed at once
   * to the vault's key for locked check-ins (its public half beside the vault); nothing written that
   * way can be read until the next unlock.
   */
  checkInWhileLocked: z.boolean(),
});

export type ReminderPreferences = z.infer<typeof reminderPreferencesSchema>;

export const defaultReminderPreferences: ReminderPreferences = {
  checkInTimes: [],
  planTime: '09:00',
  reviewDue: false,
  actionStepsDue: false,
  supportersDue: false,
  questionnaireDue: false,
  doseDue: false,
  refillDue: false,
  keepRunningInTray: false,
  openAtLogin: false,
  offered: false,
  safetyPlanOnLockScreen: false,
  checkInWhileLocked: false,
};

/** True when any reminder is on (then Waypoint should keep running when its window closes). */
export function anyReminderOn(preferences: ReminderPreferences): boolean {
  return (
    preferences.checkInTimes.length > 0 ||
    preferences.reviewDue ||
    preferences.actionStepsDue ||
    preferences.supportersDue ||
    preferences.questionnaireDue ||
    preferences.doseDue ||
    preferences.refillDue
  );
}

/** What a reminder is about. Its words never name a goal, a person or a mood. */
export const reminderKinds = [
  'check-in',
  'review',
  'action-steps',
  'supporters',
  'questionnaire',
  'dose',
  'refill',
] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const reminderTexts: Record<ReminderKind, string> = {
  'check-in': 'Time for your check-in.',
  review: 'Your plan review is due today.',
  'action-steps': 'A step in your plan is due today.',
  supporters: 'A good day to reach out to someone in your support network.',
  questionnaire: 'Time for your questionnaire.',
  // Seen on a lock screen or by someone beside me: it must not say that I take medicine.
  dose: 'A reminder from Waypoint.',
  refill: 'A reminder from Waypoint.',
};

/** Where clicking a reminder takes the person (after unlocking, if Waypoint is locked). */
export type ReminderTarget = 'quick-check-in' | 'today';

export const reminderTargets: Record<ReminderKind, ReminderTarget> = {
  'check-in': 'quick-check-in',
  review: 'today',
  'action-steps': 'today',
  supporters: 'today',
  questionnaire: 'today',
  dose: 'today',
  refill: 'today',
};
