import { checkInDay } from '../../shared/check-ins/check-in-day';
import {
  defaultReminderPreferences,
  type ReminderKind,
  type ReminderPreferences,
} from '../../shared/reminders/reminder-preferences';
import type { Clock } from '../ports/clock';
import type { Ticker } from '../ports/ticker';
import { lastOccurrence } from './reminder-times';

/** What is known about a check-in day: whether it has a check-in, and what the plan has due on it. */
export interface DayFacts {
  checkedIn: boolean;
  review: boolean;
  actionSteps: boolean;
  supporters: boolean;
  /** A questionnaire I scheduled is due (or overdue) on this day. */
  questionnaire: boolean;
  /** The times (HH:MM) of the day's scheduled doses not yet answered. */
  doseTimes: readonly string[];
  /** A medicine whose supply I count is down to my refill level. */
  refill: boolean;
}

/** How often the scheduler looks at the clock. Sleep, DST and zone changes are all read from it. */
export const reminderCheckIntervalMs = 30_000;

export interface ReminderSchedulerOptions {
  clock: Clock;
  ticker: Ticker;
  /** The day boundary of the vault last unlocked (the default until then). */
  boundaryMinutes(): number;
  /** What is known about a check-in day; a day nothing is known about has nothing due and no check-in. */
  factsAbout(day: string): DayFacts;
  deliver(kind: ReminderKind): void;
}

/**
 * Decides when a reminder is due, in plain Node over an injected clock. Each look covers the time
 * since the last one, so a reminder missed while the computer slept comes once on wake (never a
 * burst, and only while it is still the same check-in day); a check-in reminder is skipped when
 * the day already has a check-in; times follow the clock's zone, DST included.
 */
export class ReminderScheduler {
  private preferences: ReminderPreferences = defaultReminderPreferences;
  private lastLook: Date;
  private stopTicking?: () => void;

  constructor(private readonly options: ReminderSchedulerOptions) {
    this.lastLook = options.clock.now();
  }

  /** Starts looking (or looks with new preferences); nothing before now is reminded about. */
  start(preferences: ReminderPreferences): void {
    this.preferences = preferences;
    this.stopTicking ??= this.options.ticker.every(reminderCheckIntervalMs, () => this.check());
  }

  stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  /** Looks now: on each tick, and when the computer wakes. Returns what it delivered. */
  check(): ReminderKind[] {
    const now = this.options.clock.now();
    const since = this.lastLook;
    this.lastLook = now;
    // A clock set back: nothing is due twice.
    if (now <= since) return [];
    const timeZone = this.options.clock.timeZone();
    const boundary = this.options.boundaryMinutes();
    const today = checkInDay(now, timeZone, boundary);
    const stillToday = (moment: Date | undefined) =>
      moment !== undefined && checkInDay(moment, timeZone, boundary) === today;
    const facts = this.options.factsAbout(today);
    const due: ReminderKind[] = [];

    const checkInTime = this.preferences.checkInTimes.some((time) =>
      stillToday(lastOccurrence(time, since, now, timeZone)),
    );
    if (checkInTime && !facts.checkedIn) due.push('check-in');
    if (stillToday(lastOccurrence(this.preferences.planTime, since, now, timeZone))) {
      if (this.preferences.reviewDue && facts.review) due.push('review');
      if (this.preferences.actionStepsDue && facts.actionSteps) due.push('action-steps');
      if (this.preferences.supportersDue && facts.supporters) due.push('supporters');
      if (this.preferences.questionnaireDue && facts.questionnaire) due.push('questionnaire');
      if (this.preferences.refillDue && facts.refill) due.push('refill');
    }
    // One reminder however many doses share the time, or were missed while the computer slept.
    const doseTime = facts.doseTimes.some((time) => stillToday(lastOccurrence(time, since, now, timeZone)));
    if (this.preferences.doseDue && doseTime) due.push('dose');
    for (const kind of due) this.options.deliver(kind);
    return due;
  }
}
