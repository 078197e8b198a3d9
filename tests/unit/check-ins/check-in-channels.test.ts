import { describe, expect, it } from 'vitest';
import type { CheckInFields } from '../../../shared/check-ins/check-in';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';
import { checkInFields } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

const checkIn = (overrides: Partial<CheckInFields> = {}) =>
  checkInFields({ values: { energy: 5, 'sleep-hours': 7.5 }, note: 'A walk by the river.', ...overrides });

describe('check-in channels', () => {
  it('stores a check-in with its day, lists it by range and keeps it across lock and unlock', async () => {
    const { value } = await unlockedCore();
    const saved = await value('checkIns.add', checkIn());
    expect(saved).toMatchObject({ day: '2026-03-10', mood: 6, values: { energy: 5, 'sleep-hours': 7.5 } });
    // 01:30 in London belongs to the evening before (day boundary 04:00).
    const late = await value('checkIns.add', checkIn({ at: '2026-03-11T01:30:00.000Z', mood: 3 }));
    expect(late.day).toBe('2026-03-10');
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    const listed = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(listed.map((item) => [item.day, item.mood])).toEqual([
      ['2026-03-10', 3],
      ['2026-03-10', 6],
    ]);
    expect(listed[1]).toEqual(saved);
  });

  it('refuses nonsense in main with a specific message and stores nothing', async () => {
    const { send, value } = await unlockedCore();
    const refusal = async (fields: unknown) => {
      const result = await send('checkIns.add', fields);
      expect(result.ok).toBe(false);
      return result.ok ? '' : `${result.error.code}: ${result.error.message}`;
    };
    expect(await refusal(checkIn({ mood: 11 }))).toBe('INVALID_INPUT: mood: Mood goes from 0 to 10.');
    expect(await refusal(checkIn({ mood: 5.5 }))).toMatch(/whole number/);
    expect(await refusal(checkIn({ at: '9999-01-01T10:00:00.000Z' }))).toMatch(/between the years 1900 and 2199/);
    expect(await refusal(checkIn({ at: '2026-02-30T10:00:00.000Z' }))).toMatch(/real moment/);
    expect(await refusal(checkIn({ at: '2199-01-01T10:00:00.000Z' }))).toBe(
      'INVALID_INPUT: A check-in cannot be dated in the future.',
    );
    expect(await refusal(checkIn({ timeZone: 'Mars/Olympus_Mons' }))).toMatch(/not a time zone this computer knows/);
    expect(await refusal(checkIn({ values: { energy: 12 } }))).toBe(
      'INVALID_INPUT: Energy takes whole numbers from 0 to 10; 12 is outside that.',
    );
    expect(await refusal(checkIn({ values: { 'sleep-hours': 7.3 } }))).toMatch(
      /Sleep takes from 0 to 24 hours, in steps of 0.25/,
    );
    expect(await refusal(checkIn({ values: { walking: 1 } }))).toBe(
      'INVALID_INPUT: "walking" is not one of your check-in measures.',
    );
    expect(await refusal(checkIn({ copingIds: ['not-in-plan'] }))).toBe(
      'INVALID_INPUT: Pick coping strategies from your plan.',
    );
    expect(await refusal({ ...checkIn(), extra: true })).toMatch(/INVALID_INPUT/);
    expect(await refusal(checkIn({ note: 'x'.repeat(20_000) }))).toMatch(/under 10,000 characters/);
    expect(await value('checkIns.list', { from: '1900-01-01', to: '2199-12-31' })).toEqual([]);
  });

  it('links plan entries, edits, deletes and undoes the delete', async () => {
    const { call, value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    const strategy = plan.plan.copingStrategies[0]!.id;
    const trigger = plan.plan.triggers[0]!.id;
    const sign = plan.plan.warningSigns.early.signs[0]!.id;
    const saved = await value(
      'checkIns.add',
      checkIn({ copingIds: [strategy], triggerIds: [trigger], warningSignIds: [sign], lapse: true }),
    );
    const edited = await value('checkIns.update', {
      id: saved.id,
      fields: checkIn({ mood: 8, copingIds: [strategy], at: '2026-03-09T18:00:00.000Z' }),
    });
    expect(edited).toMatchObject({ id: saved.id, day: '2026-03-09', mood: 8, triggerIds: [], lapse: false });
    // Deleting the strategy from the plan keeps the history; an edit may keep the old link.
    await value('plan.deleteEntry', { id: strategy });
    expect(await call('checkIns.update', { id: saved.id, fields: checkIn({ copingIds: [strategy] }) })).toMatchObject({
      ok: true,
    });
    expect(await value('checkIns.delete', { id: saved.id })).toEqual({ day: '2026-03-10' });
    expect(await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' })).toEqual([]);
    const restored = await value('checkIns.undoDelete', {});
    expect(restored).toMatchObject({ id: saved.id, copingIds: [strategy] });
    expect(await call('checkIns.undoDelete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('checkIns.update', { id: 'gone', fields: checkIn() })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That check-in no longer exists.' },
    });
  });

  it('a new day boundary moves late-night check-ins to the day they now belong to', async () => {
    const { value } = await unlockedCore();
    await value('checkIns.add', checkIn({ at: '2026-03-11T01:30:00.000Z' }));
    await value('settings.update', { dayBoundaryMinutes: 0 });
    const [moved] = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(moved!.day).toBe('2026-03-11');
    await value('settings.update', { dayBoundaryMinutes: 240 });
    const [back] = await value('checkIns.list', { from: '2026-03-01', to: '2026-03-31' });
    expect(back!.day).toBe('2026-03-10');
  });

  it('a check-in whose date the person picked counts for that date, at any time and under any day boundary', async () => {
    const { value } = await unlockedCore();
    // Filling in the 19th at 01:08: without the rule, the 04:00 boundary would file it under the 18th.
    const backfill = await value('checkIns.add', checkIn({ at: '2026-11-19T01:08:00.000Z', dayChosen: true }));
    expect(backfill).toMatchObject({ day: '2026-11-19', dayChosen: true });
    await value('settings.update', { dayBoundaryMinutes: 360 });
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    expect(await value('checkIns.list', { from: '2026-11-01', to: '2026-11-30' })).toEqual([backfill]);
    // An edit that no longer picks the date goes back to the clock's rule.
    const now = await value('checkIns.update', { id: backfill.id, fields: { ...checkIn(), at: backfill.at } });
    expect(now).toMatchObject({ day: '2026-11-18', dayChosen: false });
  });

  it('custom measures: add, record, re-range within recorded values, and delete only when unused', async () => {
    const { call, value } = await unlockedCore();
    const metrics = await value('metrics.addCustom', {
      label: 'Pages read',
      kind: 'scale',
      min: 0,
      max: 100,
      unit: 'pages',
    });
    const pages = metrics.at(-1)!;
    expect(pages).toMatchObject({ label: 'Pages read', builtIn: false, enabled: true, step: 1 });
    expect(metrics[0]!.key).toBe('mood');
    await value('checkIns.add', checkIn({ values: { [pages.key]: 40 } }));
    expect(
      await call('metrics.updateCustom', {
        key: pages.key,
        metric: { label: 'Pages', kind: 'scale', min: 0, max: 30, unit: '' },
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'Check-ins already hold values from 40 to 40; the range must include them.' },
    });
    expect(await call('metrics.deleteCustom', { key: pages.key })).toMatchObject({
      ok: false,
      error: { message: '1 check-in has a value for this measure. Turn it off instead, so they are kept.' },
    });
    const off = await value('metrics.setEnabled', { key: pages.key, enabled: false });
    expect(off.at(-1)!.enabled).toBe(false);
    expect(
      await call('metrics.addCustom', { label: 'Walked', kind: 'yes-no', min: 0, max: 5, unit: '' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'kind: A yes/no measure is stored as 0 (no) or 1 (yes).' },
    });
    expect(await call('metrics.deleteCustom', { key: 'energy' })).toMatchObject({
      ok: false,
      error: { message: 'Built-in measures can be turned off, not deleted.' },
    });
  });
});

describe('progress and milestone channels', () => {
  it('summarises a range for charts: mean and spread of several check-ins, links, lapses', async () => {
    const { call, value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    const strategy = plan.plan.copingStrategies[0]!.id;
    await value('checkIns.add', checkIn({ at: '2026-03-10T08:00:00.000Z', mood: 4, copingIds: [strategy] }));
    await value('checkIns.add', checkIn({ at: '2026-03-10T20:00:00.000Z', mood: 8, copingIds: [strategy] }));
    await value('checkIns.add', checkIn({ at: '2026-03-12T20:00:00.000Z', mood: 2, lapse: true }));
    const progress = await value('progress.get', {
      from: '2026-03-10',
      to: '2026-03-12',
      pixels: 400,
      metrics: ['mood', 'energy'],
    });
    expect(progress).toMatchObject({
      firstDay: '2026-03-10',
      lastDay: '2026-03-12',
      resolution: 'day',
      series: {
        mood: [
          { day: '2026-03-10', mean: 6, min: 4, max: 8, count: 2 },
          { day: '2026-03-12', mean: 2, min: 2, max: 2, count: 1 },
        ],
        energy: [
          { day: '2026-03-10', mean: 5, min: 5, max: 5, count: 2 },
          { day: '2026-03-12', mean: 5, min: 5, max: 5, count: 1 },
        ],
      },
      rollingAverage: [
        { day: '2026-03-10', value: 6 },
        { day: '2026-03-12', value: 4 },
      ],
      checkIns: {
        '2026-03-10': [
          { time: '08:00', mood: 4, lapse: false },
          { time: '20:00', mood: 8, lapse: false },
        ],
      },
      daysWithValue: { mood: 2, energy: 2 },
      lapseDays: ['2026-03-12'],
    });
    expect(progress.whatHelps.comparisons[0]).toEqual({
      factor: `coping:${strategy}`,
      usedDays: { mean: 6, days: 1 },
      otherDays: { mean: 2, days: 1 },
      nextDays: { mean: null, days: 0 },
    });
    // Ten years on a 400-pixel chart: weeks, never more points than pixels.
    const long = await value('progress.get', {
      from: '2016-01-01',
      to: '2026-03-31',
      pixels: 400,
      metrics: ['mood'],
    });
    expect(long.resolution).toBe('month');
    expect(long.rollingAverage).toEqual([]);
    expect(
      await call('progress.get', { from: '2026-03-12', to: '2026-03-10', pixels: 400, metrics: ['mood'] }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('counts from the start and clean dates; a lapse keeps the total and the longest run', async () => {
    const { value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    await value('plan.updateSection', {
      section: 'about',
      value: { ...plan.plan.about, startDate: '2026-01-01', cleanDate: '2026-01-15' },
    });
    await value('checkIns.add', checkIn({ at: '2026-03-10T20:00:00.000Z', lapse: true }));
    const view = await value('milestones.get', { today: '2026-03-20' });
    expect(view.counts).toEqual([
      {
        kind: 'recovery',
        start: '2026-01-01',
        counters: { totalDays: 78, currentRun: 9, longestRun: 68, daysSinceLastLapse: 10, lapses: 1 },
        runStart: '2026-01-01',
      },
      {
        kind: 'clean',
        start: '2026-01-15',
        counters: { totalDays: 64, currentRun: 9, longestRun: 54, daysSinceLastLapse: 10, lapses: 1 },
        runStart: '2026-03-11',
      },
    ]);
    // Each count's own milestones; the clean count's start again the day after the lapse.
    expect(view.reached.map((milestone) => `${milestone.date} ${milestone.title}`)).toEqual([
      '2026-01-08 1 week in recovery',
      '2026-01-22 1 week since the day I count from',
      '2026-01-31 30 days in recovery',
      '2026-02-14 30 days since the day I count from',
      '2026-03-02 60 days in recovery',
      '2026-03-18 1 week since the day I count from',
    ]);
    expect(view.next).toEqual({ title: '90 days in recovery', date: '2026-04-01', count: 'recovery' });
    expect(view.lapseDays).toEqual(['2026-03-10']);
  });

  it('a reached milestone is marked once, keeps its note across lock, and only a reached one can be marked', async () => {
    const { value, send } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    await value('plan.updateSection', {
      section: 'about',
      value: { ...plan.plan.about, cleanDate: '2026-01-01', countedAs: 'sober' },
    });
    const before = await value('milestones.get', { today: '2026-04-02' });
    expect(before).toMatchObject({ countedAs: 'sober', toMark: { title: '90 days sober', date: '2026-04-01' } });
    const marked = await value('milestones.mark', {
      today: '2026-04-02',
      key: before.toMark!.key,
      note: ' Told my sister. ',
    });
    expect(marked.toMark).toBeNull();
    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: testPassphrase });
    const after = await value('milestones.get', { today: '2026-04-03' });
    expect(after.toMark).toBeNull();
    expect(after.reached.at(-1)).toMatchObject({ title: '90 days sober', mark: { note: 'Told my sister.' } });
    const refused = await send('milestones.mark', { today: '2026-04-03', key: '2026-01-01 6 months', note: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('own milestones, and a goal marked achieved becomes one (once)', async () => {
    const { value } = await unlockedCore();
    const plan = await value('plan.start', { template: 'addiction' });
    const added = await value('milestones.add', {
      today: '2026-03-20',
      fields: { title: 'First sober birthday', date: '2026-03-02', goalId: null },
    });
    expect(added.own).toEqual([
      { id: expect.any(String), title: 'First sober birthday', date: '2026-03-02', goalId: null },
    ]);
    const { actionSteps: _steps, id: goalId, ...goal } = plan.plan.goals[0]!;
    for (let time = 0; time < 2; time++) {
      await value('plan.updateEntry', { list: 'goals', id: goalId, data: { ...goal, status: 'achieved' } });
    }
    const view = await value('milestones.get', { today: '2026-03-20' });
    expect(view.own.filter((milestone) => milestone.goalId === goalId)).toEqual([
      expect.objectContaining({ title: `Goal achieved: ${goal.statement}` }),
    ]);
    const { id } = view.own.find((milestone) => milestone.title === 'First sober birthday')!;
    const updated = await value('milestones.update', {
      today: '2026-03-20',
      id,
      fields: { title: 'First sober birthday!', date: '2026-03-02', goalId },
    });
    expect(updated.own.find((milestone) => milestone.id === id)).toMatchObject({
      title: 'First sober birthday!',
      goalId,
    });
    const deleted = await value('milestones.delete', { today: '2026-03-20', id });
    expect(deleted.own.map((milestone) => milestone.id)).not.toContain(id);
  });
});
