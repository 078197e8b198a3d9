import { describe, expect, it } from 'vitest';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { readableSafetyPlan } from '../../../shared/plan/safety-plan';
import { checkInFields } from '../../support/check-in-fields';
import { testPassphrase as passphrase, useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

describe('plan channels', () => {
  it('starting from a template fills in suggestions and marks the plan started', async () => {
    const { value } = await unlockedCore();
    const blank = await value('plan.get', {});
    expect(blank.startedOn).toBeNull();
    const view = await value('plan.start', { template: 'mental-health' });
    expect(view.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.plan.about.recoveringFrom).toEqual(['mental-health']);
    expect(view.plan.goals.length).toBeGreaterThan(0);
    expect(view.plan.goals[0]!.actionSteps.length).toBeGreaterThan(0);
    // The first review is a month away by default, so the home screen has a date to show.
    expect(view.plan.reviewSchedule).toEqual({
      cadence: 'monthly',
      nextReviewOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
  });

  it('each template sets its check-in measures: a physical injury tracks pain, not cravings; a later template only adds', async () => {
    const { value } = await unlockedCore();
    const on = async () =>
      (await value('metrics.list', {})).filter((metric) => metric.enabled).map((metric) => metric.key);
    await value('plan.start', { template: 'physical' });
    expect(await on()).toEqual(['mood', 'energy', 'sleep-quality', 'pain']);
    await value('plan.start', { template: 'addiction' });
    expect(await on()).toEqual(['mood', 'energy', 'sleep-quality', 'cravings', 'pain']);
  });

  it('"today" in main is the check-in day: a plan started at 01:30 starts, and a goal achieved then counts, on the evening before', async () => {
    // 01:30 on 10 March 2026 in London, with the default 04:00 day boundary.
    const clock = { now: () => new Date('2026-03-10T01:30:00Z'), timeZone: () => 'Europe/London' };
    const { value } = await unlockedCore({}, clock);
    const started = await value('plan.start', { template: 'addiction' });
    expect(started.startedOn).toBe('2026-03-09');
    expect(started.plan.reviewSchedule.nextReviewOn).toBe('2026-04-09');
    const { actionSteps: _steps, id, ...goal } = started.plan.goals[0]!;
    await value('plan.updateEntry', { list: 'goals', id, data: { ...goal, status: 'achieved' } });
    const milestones = await value('milestones.get', { today: '2026-03-09' });
    expect(milestones.own).toEqual([expect.objectContaining({ date: '2026-03-09', goalId: id })]);
  });

  it('refuses bad input in main with a specific message, and stores nothing', async () => {
    const { call, send, value } = await unlockedCore();
    const person = { ...blankEntry('people'), name: 'Ana\u0007' };
    expect(await call('plan.addEntry', { list: 'people', parentId: null, data: person })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'data.name: This cannot contain line breaks or invisible control characters.',
      },
    });
    const goal = { ...blankEntry('goals'), statement: 'Walk', targetDate: '9999-01-01' };
    expect(await call('plan.addEntry', { list: 'goals', parentId: null, data: goal })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('data.targetDate: Use a real date') },
    });
    const huge = { ...blankEntry('goals'), statement: 'Walk', specific: 'x'.repeat(200_000) };
    expect(await call('plan.addEntry', { list: 'goals', parentId: null, data: huge })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'data.specific: Keep this under 10,000 characters.' },
    });
    expect(
      await send('plan.updateSection', { section: 'about', value: { recoveringFrom: ['boredom'] } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await value('plan.get', {})).plan.goals).toEqual([]);
  });

  it('adds, edits, moves and deletes entries, and undoes the last delete', async () => {
    const { call, value } = await unlockedCore();
    const add = async (text: string) =>
      (
        await value('plan.addEntry', {
          list: 'strengths',
          parentId: null,
          data: { text },
        })
      ).addedId!;
    const [a, b] = [await add('Patient'), await add('Funny')];
    await value('plan.updateEntry', { list: 'strengths', id: a, data: { text: 'Very patient' } });
    const moved = await value('plan.moveEntry', { id: b, toIndex: 0 });
    expect(moved.plan.assessment.strengths.map((item) => item.text)).toEqual(['Funny', 'Very patient']);
    const deleted = await value('plan.deleteEntry', { id: b });
    expect(deleted.lastDeleted).toEqual({ list: 'strengths', title: 'Funny', archived: false });
    expect(deleted.plan.assessment.strengths.map((item) => item.id)).toEqual([a]);
    const restored = await value('plan.undoDelete', {});
    expect(restored.lastDeleted).toBeNull();
    expect(restored.plan.assessment.strengths.map((item) => item.text)).toEqual(['Funny', 'Very patient']);
    expect(await call('plan.undoDelete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('plan.deleteEntry', { id: 'not-there' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('deleting a trigger a check-in noted archives it: the check-in keeps it, new check-ins cannot pick it, it can be put back', async () => {
    const { call, value } = await unlockedCore();
    const added = await value('plan.addEntry', {
      list: 'triggers',
      parentId: null,
      data: { ...blankEntry('triggers'), description: 'Paydays' },
    });
    const trigger = added.addedId!;
    const checkIn = await value('checkIns.add', checkInFields({ triggerIds: [trigger] }));
    const deleted = await value('plan.deleteEntry', { id: trigger });
    expect(deleted.lastDeleted).toEqual({ list: 'triggers', title: 'Paydays', archived: true });
    expect(deleted.plan.triggers).toEqual([]);
    expect(deleted.archived).toEqual([expect.objectContaining({ id: trigger, list: 'triggers' })]);
    const range = { from: '2026-03-10', to: '2026-03-10' };
    expect((await value('checkIns.list', range))[0]!.triggerIds).toEqual([trigger]);
    // An edit of that check-in may keep it; a new check-in may not pick it.
    const { id: _id, day: _day, ...fields } = checkIn;
    expect(await call('checkIns.update', { id: checkIn.id, fields: { ...fields, note: 'edited' } })).toMatchObject({
      ok: true,
    });
    expect(await call('checkIns.add', checkInFields({ triggerIds: [trigger] }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const restored = await value('plan.restoreArchived', { id: trigger });
    expect(restored.plan.triggers.map((entry) => entry.id)).toEqual([trigger]);
    expect(restored.archived).toEqual([]);
    expect(restored.lastDeleted).toBeNull();
  });

  it('the safety plan picks people from the support network, with their numbers; saving it marks it reviewed today', async () => {
    const clock = { now: () => new Date('2026-03-10T12:00:00Z'), timeZone: () => 'Europe/London' };
    const { value } = await unlockedCore({}, clock);
    const ana = (
      await value('plan.addEntry', {
        list: 'people',
        parentId: null,
        data: { ...blankEntry('people'), name: 'Ana', contact: '07700 900111' },
      })
    ).addedId!;
    const line = (
      await value('plan.addEntry', {
        list: 'resources',
        parentId: null,
        data: { ...blankEntry('resources'), name: 'Crisis line', kind: 'crisis-line', contact: '0800 000 0000' },
      })
    ).addedId!;
    const saved = await value('plan.updateSection', {
      section: 'safetyPlan',
      value: { ...blankSections().safetyPlan, peopleICanAskIds: [ana], professionalIds: [line], reviewedOn: null },
    });
    expect(saved.plan.safetyPlan.reviewedOn).toBe('2026-03-10');
    const steps = readableSafetyPlan(saved.plan).steps;
    expect(steps.find((step) => step.step === 'peopleICanAsk')!.people).toEqual([
      { id: ana, name: 'Ana', role: 'friend', contact: '07700 900111' },
    ]);
    expect(steps.find((step) => step.step === 'professionalsAndCrisisLines')!.people).toEqual([
      { id: line, name: 'Crisis line', role: 'crisis line', contact: '0800 000 0000' },
    ]);
    // Someone deleted from the plan leaves the safety plan; undo brings them back to it.
    expect((await value('plan.deleteEntry', { id: ana })).plan.safetyPlan.peopleICanAskIds).toEqual([]);
    expect((await value('plan.undoDelete', {})).plan.safetyPlan.peopleICanAskIds).toEqual([ana]);
  });

  it('a goal can follow my own measure and Progress follows it; "What helps" compares any factor against any measure', async () => {
    const { call, value } = await unlockedCore();
    const metrics = await value('metrics.addCustom', {
      label: 'Went to a meeting',
      kind: 'yes-no',
      min: 0,
      max: 1,
      unit: '',
    });
    const meeting = metrics.find((metric) => metric.label === 'Went to a meeting')!.key;
    await value('metrics.setEnabled', { key: 'pain', enabled: true });
    const goal = { ...blankEntry('goals'), statement: 'Go to meetings', metric: meeting };
    const added = await value('plan.addEntry', { list: 'goals', parentId: null, data: goal });
    expect(added.measures).toEqual(expect.arrayContaining([{ key: meeting, label: 'Went to a meeting' }]));
    expect(
      await call('plan.addEntry', { list: 'goals', parentId: null, data: { ...goal, metric: 'no-such-measure' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('does not exist') },
    });
    // Pain 6 on two meeting days, 2 on the day after each, 4 on a day with no meeting noted.
    const at = (day: string) => `2026-03-${day}T20:00:00.000Z`;
    for (const [day, pain, went] of [
      ['02', 6, 1],
      ['03', 2, 0],
      ['05', 6, 1],
      ['06', 2, 0],
      ['09', 4, null],
    ] as const) {
      const values = went === null ? { pain } : { pain, [meeting]: went };
      await value('checkIns.add', checkInFields({ at: at(day), values }));
    }
    const progress = await value('progress.get', {
      from: '2026-03-01',
      to: '2026-03-31',
      pixels: 300,
      metrics: ['mood'],
      whatHelpsMeasure: 'pain',
    });
    expect(progress.goals).toEqual([expect.objectContaining({ goalId: added.addedId, metric: meeting })]);
    expect(progress.goals[0]!.last).toEqual({ mean: 0.5, days: 4 });
    expect(progress.whatHelps.measure).toBe('pain');
    expect(progress.whatHelps.comparisons).toEqual([
      {
        factor: `measure:${meeting}`,
        usedDays: { mean: 6, days: 2 },
        otherDays: { mean: (2 + 2 + 4) / 3, days: 3 },
        nextDays: { mean: 2, days: 2 },
      },
    ]);
  });

  it('locking forgets what could be undone, and the plan is intact after unlocking', async () => {
    const { call, value } = await unlockedCore();
    const { addedId: id } = await value('plan.addEntry', {
      list: 'triggers',
      parentId: null,
      data: { ...blankEntry('triggers'), description: 'Paydays' },
    });
    await value('plan.addEntry', { list: 'strengths', parentId: null, data: { text: 'Kind' } });
    await value('plan.deleteEntry', { id: id! });
    await value('vault.lock', {});
    expect(await call('plan.get', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await value('vault.unlock', { passphrase });
    const view = await value('plan.get', {});
    expect(view.lastDeleted).toBeNull();
    expect(view.plan.triggers).toEqual([]);
    expect(view.plan.assessment.strengths.map((item) => item.text)).toEqual(['Kind']);
    expect(await call('plan.undoDelete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a review snapshots the plan; compare shows what changed since', async () => {
    const { value } = await unlockedCore();
    const started = await value('plan.start', { template: 'addiction' });
    const firstGoal = started.plan.goals[0]!;
    const reviewed = await value('plan.recordReview', {
      reviewedOn: '2026-11-20',
      working: 'Meetings',
      notWorking: 'Sleep',
      changes: 'Add a sleep goal',
    });
    expect(reviewed.reviews).toHaveLength(1);
    expect(reviewed.plan.reviewSchedule.nextReviewOn).toBe('2026-12-20');
    await value('plan.updateEntry', {
      list: 'goals',
      id: firstGoal.id,
      data: { ...withoutSteps(firstGoal), status: 'achieved' },
    });
    await value('plan.addEntry', {
      list: 'goals',
      parentId: null,
      data: { ...blankEntry('goals'), statement: 'Sleep by 11' },
    });
    const diff = await value('plan.compare', { from: reviewed.reviews[0]!.id, to: 'current' });
    expect(diff.areas).toHaveLength(1);
    expect(diff.areas[0]!.changes.map((change) => [change.kind, change.title])).toEqual([
      ['edited', firstGoal.statement],
      ['added', 'Sleep by 11'],
    ]);
    expect(await value('plan.compare', { from: 'current', to: 'current' })).toEqual({ areas: [] });
  });
});

function withoutSteps<T extends { id: string; actionSteps: unknown }>(goal: T) {
  const { id, actionSteps, ...data } = goal;
  void id;
  void actionSteps;
  return data;
}

describe('plan reviews', () => {
  const notes = { reviewedOn: '2026-11-20', working: 'Meetings', notWorking: 'Sleep', changes: '' };

  it('a blank review is refused in main, whatever the screen sends', async () => {
    const { send, value } = await unlockedCore();
    await value('plan.start', { template: 'addiction' });
    const blank = { reviewedOn: '2026-11-20', working: ' ', notWorking: '\n', changes: '' };
    expect(await send('plan.recordReview', blank)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const { reviews } = await value('plan.recordReview', notes);
    expect(await send('plan.updateReview', { id: reviews[0]!.id, notes: blank })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await value('plan.get', {})).reviews).toHaveLength(1);
  });

  it('a review can be edited (its snapshot stays), deleted, and put back by Undo with its snapshot', async () => {
    const { send, value } = await unlockedCore();
    await value('plan.start', { template: 'addiction' });
    const [recorded] = (await value('plan.recordReview', notes)).reviews;
    const snapshot = await value('plan.compare', { from: recorded!.id, to: 'current' });
    const edited = await value('plan.updateReview', {
      id: recorded!.id,
      notes: { ...notes, reviewedOn: '2026-11-19', changes: 'Add a sleep goal' },
    });
    expect(edited.reviews).toEqual([
      { ...recorded, reviewedOn: '2026-11-19', changes: 'Add a sleep goal', recordedAt: recorded!.recordedAt },
    ]);
    expect(await value('plan.compare', { from: recorded!.id, to: 'current' })).toEqual(snapshot);
    expect((await value('plan.deleteReview', { id: recorded!.id })).reviews).toEqual([]);
    expect(await send('plan.compare', { from: recorded!.id, to: 'current' })).toMatchObject({ ok: false });
    expect((await value('plan.undoDeleteReview', {})).reviews).toEqual(edited.reviews);
    expect(await value('plan.compare', { from: recorded!.id, to: 'current' })).toEqual(snapshot);
    expect(await send('plan.undoDeleteReview', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await send('plan.deleteReview', { id: 'gone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
