import { describe, expect, it } from 'vitest';
import {
  ReminderScheduler,
  reminderCheckIntervalMs,
  type DayFacts,
} from '../../../electron/reminders/reminder-scheduler';
import { defaultReminderPreferences, type ReminderKind } from '../../../shared/reminders/reminder-preferences';

const nothingKnown: DayFacts = {
  checkedIn: false,
  review: false,
  actionSteps: false,
  supporters: false,
  questionnaire: false,
  doseTimes: [],
  refill: false,
};

/** A scheduler over a clock the test moves, ticking every 30 s like the app's. */
function scheduleAt(start: string, timeZone = 'Europe/London', facts: (day: string) => DayFacts = () => nothingKnown) {
  let now = new Date(start);
  let zone = timeZone;
  const delivered: { at: string; kind: ReminderKind }[] = [];
  let tick: (() => void) | undefined;
  const scheduler = new ReminderScheduler({
    clock: { now: () => now, timeZone: () => zone },
    ticker: {
      every: (ms, onTick) => {
        expect(ms).toBe(reminderCheckIntervalMs);
        tick = onTick;
        return () => (tick = undefined);
      },
    },
    boundaryMinutes: () => 240,
    factsAbout: facts,
    deliver: (kind) => delivered.push({ at: now.toISOString(), kind }),
  });
  return {
    scheduler,
    delivered,
    /** The computer is awake: the ticker fires every 30 s until `until`. */
    runUntil(until: string) {
      const end = new Date(until).getTime();
      while (now.getTime() + reminderCheckIntervalMs <= end) {
        now = new Date(now.getTime() + reminderCheckIntervalMs);
        tick?.();
      }
    },
    /** The computer sleeps: no tick until it wakes, then one look. */
    sleepUntil(until: string) {
      now = new Date(until);
      scheduler.check();
    },
    moveTo(timeZoneName: string) {
      zone = timeZoneName;
    },
  };
}

const withCheckIns = { ...defaultReminderPreferences, checkInTimes: ['20:00'] };

describe('the reminder scheduler', () => {
  it('reminds once at the time, not again later that day, and again the next day', () => {
    const run = scheduleAt('2026-11-19T19:00:00Z');
    run.scheduler.start(withCheckIns);
    run.runUntil('2026-11-20T20:30:00Z');
    expect(run.delivered).toEqual([
      { at: '2026-11-19T20:00:00.000Z', kind: 'check-in' },
      { at: '2026-11-20T20:00:00.000Z', kind: 'check-in' },
    ]);
  });

  it('a reminder missed while the computer slept comes once on wake, the same evening; never the next morning', () => {
    const run = scheduleAt('2026-11-19T17:00:00Z');
    run.scheduler.start({ ...withCheckIns, checkInTimes: ['19:00', '20:00', '21:00'] });
    run.sleepUntil('2026-11-19T22:10:00Z');
    expect(run.delivered).toEqual([{ at: '2026-11-19T22:10:00.000Z', kind: 'check-in' }]);
    // Asleep through the next evening into the morning after: that day is over, nothing comes.
    run.sleepUntil('2026-11-21T08:00:00Z');
    expect(run.delivered).toHaveLength(1);
  });

  it('is skipped when today already has a check-in', () => {
    const run = scheduleAt('2026-11-19T19:00:00Z', 'Europe/London', (day) => ({
      ...nothingKnown,
      checkedIn: day === '2026-11-19',
    }));
    run.scheduler.start(withCheckIns);
    run.runUntil('2026-11-20T20:30:00Z');
    expect(run.delivered.map((reminder) => reminder.at)).toEqual(['2026-11-20T20:00:00.000Z']);
  });

  it('DST in spring: a time in the skipped hour comes when the hour ends, once', () => {
    // London, 29 March 2026: 01:00 GMT jumps to 02:00 BST; 01:30 never shows on the clock.
    const run = scheduleAt('2026-03-28T23:00:00Z');
    run.scheduler.start({ ...withCheckIns, checkInTimes: ['01:30'] });
    run.runUntil('2026-03-29T03:00:00Z');
    expect(run.delivered).toEqual([{ at: '2026-03-29T01:30:00.000Z', kind: 'check-in' }]);
  });

  it('DST in autumn: a time the clock shows twice comes the first time only', () => {
    // London, 25 October 2026: 02:00 BST falls back to 01:00 GMT; 01:30 happens twice.
    const run = scheduleAt('2026-10-24T23:00:00Z');
    run.scheduler.start({ ...withCheckIns, checkInTimes: ['01:30'] });
    run.runUntil('2026-10-25T03:00:00Z');
    expect(run.delivered).toEqual([{ at: '2026-10-25T00:30:00.000Z', kind: 'check-in' }]);
  });

  it('follows a change of time zone: 20:00 is 20:00 where the computer is now', () => {
    const run = scheduleAt('2026-11-19T12:00:00Z');
    run.scheduler.start(withCheckIns);
    run.moveTo('America/New_York');
    run.runUntil('2026-11-20T01:30:00Z');
    // 20:00 in London (20:00Z) passed while the computer was in New York: only New York's 20:00 counts.
    expect(run.delivered).toEqual([{ at: '2026-11-20T01:00:00.000Z', kind: 'check-in' }]);
  });

  it('plan reminders come at their time on a day something is due, only those turned on', () => {
    const run = scheduleAt('2026-11-19T08:00:00Z', 'Europe/London', (day) => ({
      checkedIn: false,
      review: day === '2026-11-19',
      actionSteps: day === '2026-11-19',
      supporters: true,
      questionnaire: day === '2026-11-20',
      doseTimes: [],
      refill: false,
    }));
    run.scheduler.start({ ...defaultReminderPreferences, reviewDue: true, supportersDue: true });
    run.runUntil('2026-11-20T09:30:00Z');
    expect(run.delivered).toEqual([
      { at: '2026-11-19T09:00:00.000Z', kind: 'review' },
      { at: '2026-11-19T09:00:00.000Z', kind: 'supporters' },
      { at: '2026-11-20T09:00:00.000Z', kind: 'supporters' },
    ]);
  });

  it('a due questionnaire is reminded at the plan time on each day it is due, only when turned on', () => {
    const due = (day: string) => ({ ...nothingKnown, questionnaire: day >= '2026-11-20' });
    const off = scheduleAt('2026-11-19T08:00:00Z', 'Europe/London', due);
    off.scheduler.start(defaultReminderPreferences);
    off.runUntil('2026-11-21T09:30:00Z');
    expect(off.delivered).toEqual([]);
    const on = scheduleAt('2026-11-19T08:00:00Z', 'Europe/London', due);
    on.scheduler.start({ ...defaultReminderPreferences, questionnaireDue: true, planTime: '18:30' });
    on.runUntil('2026-11-21T19:00:00Z');
    expect(on.delivered).toEqual([
      { at: '2026-11-20T18:30:00.000Z', kind: 'questionnaire' },
      { at: '2026-11-21T18:30:00.000Z', kind: 'questionnaire' },
    ]);
  });

  it('a medicine down to its refill level is reminded at the plan time each day, only when turned on', () => {
    const low = (day: string) => ({ ...nothingKnown, refill: day >= '2026-11-20' });
    const off = scheduleAt('2026-11-19T08:00:00Z', 'Europe/London', low);
    off.scheduler.start(defaultReminderPreferences);
    off.runUntil('2026-11-21T09:30:00Z');
    expect(off.delivered).toEqual([]);
    const on = scheduleAt('2026-11-19T08:00:00Z', 'Europe/London', low);
    on.scheduler.start({ ...defaultReminderPreferences, refillDue: true });
    on.runUntil('2026-11-21T09:30:00Z');
    expect(on.delivered).toEqual([
      { at: '2026-11-20T09:00:00.000Z', kind: 'refill' },
      { at: '2026-11-21T09:00:00.000Z', kind: 'refill' },
    ]);
  });

  it('nothing is reminded about from before it started, and a clock set back repeats nothing', () => {
    const run = scheduleAt('2026-11-19T20:30:00Z');
    run.scheduler.start(withCheckIns);
    run.runUntil('2026-11-19T21:00:00Z');
    run.sleepUntil('2026-11-19T19:00:00Z');
    run.runUntil('2026-11-19T19:59:30Z');
    expect(run.delivered).toEqual([]);
  });

  it('a dose reminder at the time of each unanswered dose, once however many share it, none once answered; a dose missed in sleep comes on wake while it is still that day', () => {
    const answered = new Set<string>();
    const run = scheduleAt('2026-11-19T06:00:00Z', 'Europe/London', (day) => ({
      ...nothingKnown,
      // Two medicines at 08:00 and one at 20:00; a dose at 01:00 counts for the day before (boundary 04:00).
      doseTimes: ['01:00', '08:00', '20:00'].filter((time) => !answered.has(`${day} ${time}`)),
    }));
    run.scheduler.start({ ...defaultReminderPreferences, doseDue: true });
    run.runUntil('2026-11-19T12:00:00Z');
    expect(run.delivered).toEqual([{ at: '2026-11-19T08:00:00.000Z', kind: 'dose' }]);
    answered.add('2026-11-19 20:00');
    run.runUntil('2026-11-19T22:00:00Z');
    expect(run.delivered).toHaveLength(1);
    // Asleep from 22:00 to 02:00: the 01:00 dose of the 19th is still that check-in day, so it comes on wake.
    run.sleepUntil('2026-11-20T02:00:00Z');
    expect(run.delivered.at(-1)).toEqual({ at: '2026-11-20T02:00:00.000Z', kind: 'dose' });
    // Asleep past the 20th's 08:00: it comes once on wake, the same day.
    run.sleepUntil('2026-11-20T10:00:00Z');
    expect(run.delivered.map((reminder) => reminder.at)).toEqual([
      '2026-11-19T08:00:00.000Z',
      '2026-11-20T02:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
    ]);
    // Turned off: no more.
    run.scheduler.start(defaultReminderPreferences);
    run.runUntil('2026-11-21T09:00:00Z');
    expect(run.delivered).toHaveLength(3);
  });
});
