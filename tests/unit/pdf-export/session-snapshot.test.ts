import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates/calendar-date';
import { buildSessionSnapshot, type SnapshotInput } from '../../../shared/pdf-export/session-snapshot';
import type { ProgressDay } from '../../../shared/progress/progress-days';

const to = '2026-11-20';

/** A check-in day `daysAgo` before the 20th, with a mood and whatever else is given. */
function day(daysAgo: number, mood: number, extra: Partial<ProgressDay> = {}): ProgressDay {
  return {
    day: addDays(to, -daysAgo),
    values: { mood: { mean: mood, min: mood, max: mood, count: 1 } },
    checkIns: [{ time: '09:00', mood, lapse: extra.lapse ?? false }],
    copingIds: [],
    triggerIds: [],
    warningSignIds: [],
    lapse: false,
    ...extra,
  };
}

function input(days: ProgressDay[], overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    range: { from: addDays(to, -179), to },
    firstCheckInDay: '2025-01-01',
    days,
    measures: [{ key: 'mood', min: 0, max: 10 }],
    lapseDays: days.filter((candidate) => candidate.lapse).map((candidate) => candidate.day),
    warningSignStages: { early1: 'early', worse1: 'worsening', crisis1: 'crisis' },
    copingIds: ['walk', 'call'],
    names: {
      walk: 'A walk',
      call: 'Calling Alex',
      payday: 'Payday',
      alone: 'Evenings alone',
      work: 'Work stress',
      early1: 'Skipping meals',
      crisis1: 'Thinking nobody would notice',
    },
    ...overrides,
  };
}

describe('the session snapshot on page 1', () => {
  it('compares the last 30 days with the 30 before, and says so only with enough days on each side', () => {
    const days = [
      ...Array.from({ length: 30 }, (_, index) => day(index, 7)),
      ...Array.from({ length: 30 }, (_, index) => day(30 + index, 5)),
    ];
    const snapshot = buildSessionSnapshot(input(days));
    expect(snapshot.windows).toEqual({
      recent: { from: '2026-10-22', to: '2026-11-20' },
      before: { from: '2026-09-22', to: '2026-10-21' },
    });
    expect(snapshot.measures).toEqual([
      { metric: 'mood', recent: { mean: 7, days: 30 }, before: { mean: 5, days: 30 }, direction: 'higher' },
    ]);
    expect(snapshot.checkInDays).toBe(60);
    expect(snapshot.countedDays).toBe(180);
    expect(snapshot.startedOn).toBeNull();
  });

  it('a first PDF counts from my first check-in, and says it is too early to compare rather than too few', () => {
    const days = Array.from({ length: 13 }, (_, index) => day(index, 6));
    const snapshot = buildSessionSnapshot(
      input(days, { range: { from: addDays(to, -29), to }, firstCheckInDay: addDays(to, -12) }),
    );
    expect(snapshot).toMatchObject({
      startedOn: '2026-11-08',
      countedFrom: '2026-11-08',
      countedDays: 13,
      checkInDays: 13,
    });
    expect(snapshot.windows.before).toBeNull();
    expect(snapshot.measures[0]).toMatchObject({ recent: { mean: 6, days: 13 }, before: null });
  });

  it('names and dates every crisis-stage sign in the range', () => {
    const days = [day(5, 3, { warningSignIds: ['crisis1', 'early1'] }), day(2, 4, { warningSignIds: ['crisis1'] })];
    expect(buildSessionSnapshot(input(days)).crisisDays).toEqual([
      { day: '2026-11-15', signs: ['Thinking nobody would notice'] },
      { day: '2026-11-18', signs: ['Thinking nobody would notice'] },
    ]);
  });

  it('what went with better days covers every charted measure where one way is better (lower cravings too)', () => {
    const days = Array.from({ length: 20 }, (_, index) => {
      const walked = index % 2 === 0;
      return {
        ...day(index, 6, { copingIds: walked ? ['walk'] : [] }),
        values: {
          mood: { mean: 6, min: 6, max: 6, count: 1 },
          cravings: { mean: walked ? 2 : 5, min: 0, max: 10, count: 1 },
        },
      };
    });
    const snapshot = buildSessionSnapshot(
      input(days, {
        measures: [
          { key: 'mood', min: 0, max: 10 },
          { key: 'cravings', min: 0, max: 10 },
        ],
      }),
    );
    expect(snapshot.coping).toEqual([
      { id: 'walk', name: 'A walk', metric: 'cravings', usedDays: 10, meanWith: 2, otherDays: 10, meanWithout: 5 },
    ]);
  });

  it('with no check-ins, or one day of them, says too few and counts nothing', () => {
    const empty = buildSessionSnapshot(input([]));
    expect(empty.checkInDays).toBe(0);
    expect(empty.measures[0]).toMatchObject({ recent: { mean: null, days: 0 }, direction: 'too few check-ins' });
    expect(empty.lapses).toEqual({ days: [], last: null, daysSinceLast: null, checkInDaysWithout: 0 });
    expect(empty.topTriggers).toEqual([]);
    expect(empty.coping).toEqual([]);
    expect(empty.warningSigns.map((stage) => [stage.stage, stage.recentDays, stage.beforeDays])).toEqual([
      ['early', 0, 0],
      ['worsening', 0, 0],
      ['crisis', 0, 0],
    ]);

    const one = buildSessionSnapshot(input([day(0, 6, { triggerIds: ['payday'] })]));
    expect(one.checkInDays).toBe(1);
    expect(one.measures[0]!.recent).toEqual({ mean: 6, days: 1 });
    expect(one.measures[0]!.direction).toBe('too few check-ins');
    expect(one.topTriggers).toEqual([{ id: 'payday', name: 'Payday', days: 1 }]);
  });

  it('counts lapses truly: the dates in the range, the last one even before it, and days without', () => {
    const days = [day(100, 4, { lapse: true }), day(10, 4, { lapse: true }), day(9, 5), day(3, 6), day(2, 6)];
    const snapshot = buildSessionSnapshot(
      input(days, {
        range: { from: addDays(to, -30), to },
        lapseDays: ['2026-01-02', ...days.filter((d) => d.lapse).map((d) => d.day)],
      }),
    );
    expect(snapshot.lapses).toEqual({
      days: ['2026-11-10'],
      last: '2026-11-10',
      daysSinceLast: 10,
      checkInDaysWithout: 3,
    });

    // The last lapse before the range still counts for "days since".
    const before = buildSessionSnapshot(
      input([day(3, 6)], { range: { from: addDays(to, -30), to }, lapseDays: ['2026-08-01'] }),
    );
    expect(before.lapses).toMatchObject({ days: [], last: '2026-08-01', daysSinceLast: 111 });
  });

  it('warning signs by stage, last 30 against 30 before; triggers by days, ties by name; archived ones named', () => {
    const days = [
      day(1, 5, { warningSignIds: ['early1', 'worse1'], triggerIds: ['work', 'payday'] }),
      day(2, 5, { warningSignIds: ['early1'], triggerIds: ['alone'] }),
      day(3, 5, { warningSignIds: ['early1'], triggerIds: ['payday'] }),
      day(40, 5, { warningSignIds: ['early1', 'crisis1'], triggerIds: ['alone'] }),
    ];
    const snapshot = buildSessionSnapshot(input(days));
    expect(snapshot.warningSigns).toEqual([
      { stage: 'early', recentDays: 3, beforeDays: 1 },
      { stage: 'worsening', recentDays: 1, beforeDays: 0 },
      { stage: 'crisis', recentDays: 0, beforeDays: 1 },
    ]);
    expect(snapshot.topTriggers).toEqual([
      { id: 'alone', name: 'Evenings alone', days: 2 },
      { id: 'payday', name: 'Payday', days: 2 },
      { id: 'work', name: 'Work stress', days: 1 },
    ]);
  });

  it('names coping strategies only for a clear association with enough days on each side', () => {
    const days = [
      ...Array.from({ length: 10 }, (_, index) => day(index, 8, { copingIds: ['walk'] })),
      ...Array.from({ length: 10 }, (_, index) => day(10 + index, 6, { copingIds: index < 3 ? ['call'] : [] })),
    ];
    const snapshot = buildSessionSnapshot(input(days));
    // "Calling Alex" has 3 days: too few to say anything.
    expect(snapshot.coping).toEqual([
      { id: 'walk', name: 'A walk', metric: 'mood', usedDays: 10, meanWith: 8, otherDays: 10, meanWithout: 6 },
    ]);
    const unclear = buildSessionSnapshot(
      input(
        Array.from({ length: 20 }, (_, index) =>
          day(index, 6 + (index % 2) * 0.2, { copingIds: index % 2 ? ['walk'] : [] }),
        ),
      ),
    );
    expect(unclear.coping).toEqual([]);
  });

  it('counts trigger and warning-sign days by month for up to a year, by year beyond, most first', () => {
    const days = [
      day(1, 5, { triggerIds: ['payday'], warningSignIds: ['early1'] }),
      day(2, 5, { triggerIds: ['payday', 'payday'] }),
      day(40, 5, { triggerIds: ['alone'], warningSignIds: ['crisis1'] }),
    ];
    const snapshot = buildSessionSnapshot(input(days, { range: { from: '2026-09-01', to } }));
    expect(snapshot.frequency.period).toBe('month');
    expect(snapshot.frequency.periods).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(snapshot.frequency.triggers).toEqual([
      { id: 'payday', name: 'Payday', total: 2, byPeriod: { '2026-11': 2 } },
      { id: 'alone', name: 'Evenings alone', total: 1, byPeriod: { '2026-10': 1 } },
    ]);
    expect(snapshot.frequency.warningSigns.map((count) => [count.id, count.stage, count.total])).toEqual([
      ['early1', 'early', 1],
      ['crisis1', 'crisis', 1],
    ]);

    const tenYears = buildSessionSnapshot(input(days, { range: { from: '2016-11-21', to } }));
    expect(tenYears.frequency.period).toBe('year');
    expect(tenYears.frequency.periods).toHaveLength(11);
    expect(tenYears.frequency.triggers[0]).toMatchObject({ id: 'payday', byPeriod: { '2026': 2 } });
  });
});
