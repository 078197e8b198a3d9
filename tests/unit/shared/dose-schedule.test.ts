import { describe, expect, it } from 'vitest';
import { doseScheduleSchema, type Medication } from '../../../shared/medications/medication';
import {
  dosesDueOn,
  dueInstant,
  isoWeekday,
  nextAsNeededDoseAt,
  takenOnTime,
  versionOn,
} from '../../../shared/medications/dose-schedule';

const sertraline: Medication = {
  id: 'sertraline',
  name: 'Sertraline',
  strength: '50 mg tablet',
  purpose: 'low mood',
  prescriberId: null,
  notes: '',
  stock: null,
  hiddenFromCharts: false,
  startedOn: '2026-03-02',
  stoppedOn: null,
  versions: [
    {
      from: '2026-03-02',
      dose: 50,
      unit: 'mg',
      schedule: { kind: 'scheduled', times: ['08:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
    },
    // The dose went up on 6 April; the March version stays in the history.
    {
      from: '2026-04-06',
      dose: 100,
      unit: 'mg',
      schedule: { kind: 'scheduled', times: ['08:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
    },
  ],
};

describe('a medication’s schedule', () => {
  it('numbers the days of the week from Monday (1) to Sunday (7)', () => {
    expect(['2026-11-30', '2026-12-05', '2026-12-06'].map(isoWeekday)).toEqual([1, 6, 7]);
  });

  it('keeps every version: the dose on a day is the one in force then, none before the start or from the stop', () => {
    expect(versionOn(sertraline, '2026-03-01')).toBeUndefined();
    expect(versionOn(sertraline, '2026-03-02')?.dose).toBe(50);
    expect(versionOn(sertraline, '2026-04-05')?.dose).toBe(50);
    expect(versionOn(sertraline, '2026-04-06')?.dose).toBe(100);
    const stopped = { ...sertraline, stoppedOn: '2026-09-01' };
    expect(versionOn(stopped, '2026-08-31')?.dose).toBe(100);
    expect(versionOn(stopped, '2026-09-01')).toBeUndefined();
    expect(dosesDueOn(stopped, '2026-09-01')).toEqual([]);
  });

  it('is due at each time on the days chosen, the small hours last: a 00:30 dose ends the day', () => {
    const weekdaysOnly: Medication = {
      ...sertraline,
      versions: [
        {
          from: '2026-03-02',
          dose: 1,
          unit: 'tablet',
          schedule: { kind: 'scheduled', times: ['00:30', '21:00', '08:00'], weekdays: [1, 2, 3, 4, 5] },
        },
      ],
    };
    expect(dosesDueOn(weekdaysOnly, '2026-12-04').map((due) => due.dueTime)).toEqual(['08:00', '21:00', '00:30']);
    expect(dosesDueOn(weekdaysOnly, '2026-12-05')).toEqual([]); // a Saturday
    expect(dosesDueOn(weekdaysOnly, '2026-12-04')[0]).toEqual({
      medicationId: 'sertraline',
      day: '2026-12-04',
      dueTime: '08:00',
      dose: 1,
      unit: 'tablet',
    });
  });

  it('is never due as needed: those doses are logged when taken', () => {
    const asNeeded: Medication = {
      ...sertraline,
      versions: [
        {
          from: '2026-03-02',
          dose: 1,
          unit: 'tablet',
          schedule: { kind: 'as-needed', minMinutesBetween: 240, maxPer24Hours: 4 },
        },
      ],
    };
    expect(dosesDueOn(asNeeded, '2026-12-04')).toEqual([]);
  });

  it('refuses a schedule with no time, no day, a time twice or an interval under 15 minutes', () => {
    const problems = (value: unknown) =>
      doseScheduleSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(problems({ kind: 'scheduled', times: [], weekdays: [1] })).toEqual(['Choose at least one time of day.']);
    expect(problems({ kind: 'scheduled', times: ['08:00'], weekdays: [] })).toEqual([
      'Choose at least one day of the week.',
    ]);
    expect(problems({ kind: 'scheduled', times: ['08:00', '08:00'], weekdays: [1] })).toEqual([
      'Each time can be chosen once.',
    ]);
    expect(problems({ kind: 'scheduled', times: ['8am'], weekdays: [1] })).toEqual(['Use a time such as 20:00.']);
    expect(problems({ kind: 'as-needed', minMinutesBetween: 5, maxPer24Hours: 4 })).toEqual([
      'Allow at least 15 minutes between doses.',
    ]);
    expect(problems({ kind: 'as-needed', minMinutesBetween: 240, maxPer24Hours: 4 })).toEqual([]);
  });
});

describe('the day and moment a dose is due', () => {
  it('places a small-hours dose on the next calendar date, the day after the check-in day it belongs to', () => {
    expect(dueInstant('2026-12-04', '08:00', 'Europe/London').toISOString()).toBe('2026-12-04T08:00:00.000Z');
    expect(dueInstant('2026-12-04', '00:30', 'Europe/London').toISOString()).toBe('2026-12-05T00:30:00.000Z');
    expect(dueInstant('2026-12-04', '00:30', 'Europe/London', 0).toISOString()).toBe('2026-12-04T00:30:00.000Z');
  });

  it('follows the wall clock across daylight saving: 08:00 is 08:00 on both sides of the change', () => {
    // The UK's clocks went forward on 29 March 2026 and back on 25 October 2026.
    expect(dueInstant('2026-03-28', '08:00', 'Europe/London').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(dueInstant('2026-03-29', '08:00', 'Europe/London').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(dueInstant('2026-10-25', '08:00', 'Europe/London').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    // 01:30 on the night the clocks go forward does not exist: it moves on by the hour skipped.
    expect(dueInstant('2026-03-28', '01:30', 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('counts a dose taken within 2 hours either side as on time, in the zone it was taken in', () => {
    const dose = {
      id: 'd1',
      medicationId: 'sertraline',
      day: '2026-12-04',
      dueTime: '08:00',
      status: 'taken' as const,
      timeZone: 'America/New_York',
      amount: null,
      reason: '',
    };
    // 08:00 in New York is 13:00 UTC in December.
    expect(takenOnTime({ ...dose, takenAt: '2026-12-04T15:00:00Z' })).toBe(true);
    expect(takenOnTime({ ...dose, takenAt: '2026-12-04T11:00:00Z' })).toBe(true);
    expect(takenOnTime({ ...dose, takenAt: '2026-12-04T15:01:00Z' })).toBe(false);
    expect(takenOnTime({ ...dose, takenAt: null })).toBe(false);
    expect(takenOnTime({ ...dose, status: 'skipped', takenAt: '2026-12-04T13:00:00Z' })).toBe(false);
  });
});

describe('the next as-needed dose', () => {
  const schedule = { minMinutesBetween: 4 * 60, maxPer24Hours: 3 };
  const at = (time: string) => new Date(`2026-12-04T${time}:00Z`);

  it('is allowed at once when none has been taken', () => {
    expect(nextAsNeededDoseAt(schedule, [], at('12:00'))).toBeUndefined();
  });

  it('waits the least time after the last dose', () => {
    expect(nextAsNeededDoseAt(schedule, [at('10:00')], at('12:00'))).toEqual(at('14:00'));
    expect(nextAsNeededDoseAt(schedule, [at('10:00')], at('14:00'))).toBeUndefined();
  });

  it('waits until the earliest of the most allowed in 24 hours is 24 hours old', () => {
    const taken = [at('02:00'), at('06:00'), at('10:00')];
    expect(nextAsNeededDoseAt(schedule, taken, at('16:00'))).toEqual(new Date('2026-12-05T02:00:00Z'));
    // Once the first is a day old, only the interval counts again.
    expect(nextAsNeededDoseAt(schedule, taken, new Date('2026-12-05T02:00:00Z'))).toBeUndefined();
  });

  it('after more than the most allowed, waits until few enough are left in the last 24 hours', () => {
    const taken = [at('02:00'), at('06:00'), at('10:00')];
    const twoADay = { minMinutesBetween: 60, maxPer24Hours: 2 };
    expect(nextAsNeededDoseAt(twoADay, taken, at('16:00'))).toEqual(new Date('2026-12-05T06:00:00Z'));
  });

  it('ignores a dose logged for later than now', () => {
    expect(nextAsNeededDoseAt(schedule, [at('18:00')], at('12:00'))).toBeUndefined();
  });
});
