import { describe, expect, it } from 'vitest';
import { testPassphrase, useUnlockedCores } from '../support/unlocked-core';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

describe('milestone channels', () => {
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
