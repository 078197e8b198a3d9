import { describe, expect, it } from 'vitest';
import { movableClock } from '../../support/movable-clock';
import { reportChoices } from '../../support/report-choices';
import { useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

const phq9 = (items: number[], followUp: number | null = null) => ({
  form: 'phq-9' as const,
  version: 1,
  items,
  followUp,
});

/** PDF choices for 31 March 2026 with questionnaire results in, the last 30 days as the range. */
const pdfChoices = ({ audience, planAreas }: { audience: 'doctor' | 'therapist'; planAreas: ('about' | 'goals')[] }) =>
  reportChoices('2026-03-31', { audience, planAreas, questionnaires: { include: true, itemAnswers: false } });

describe('questionnaire channels', () => {
  it('scores in main by the published rule, with the band and the change since last time', async () => {
    const clock = movableClock('2026-03-02T09:00:00Z');
    const { value } = await unlockedCore({}, clock);
    const first = await value('questionnaires.answer', phq9([2, 2, 2, 2, 2, 2, 2, 2, 0], 2));
    const firstResponse = first.responses.find((response) => response.id === first.answeredId)!;
    expect(firstResponse).toMatchObject({ total: 16, band: 'moderately severe', talkItOver: true, riskItemPoints: 0 });
    expect(firstResponse).not.toHaveProperty('change');
    expect(firstResponse.day).toBe('2026-03-02');

    clock.moveTo('2026-03-16T09:00:00Z');
    const second = await value('questionnaires.answer', phq9([2, 1, 1, 2, 1, 1, 1, 2, 0], 1));
    const latest = second.forms.find((status) => status.form === 'phq-9')!.latest!;
    expect(latest).toMatchObject({
      total: 11,
      band: 'moderate',
      change: { points: -5, reliable: true, sinceDay: '2026-03-02' },
    });
    // Each response is kept as answered, never averaged.
    expect(second.responses.map((response) => [response.day, response.total])).toEqual([
      ['2026-03-02', 16],
      ['2026-03-16', 11],
    ]);
  });

  it('the ninth PHQ-9 question above "Not at all" is worth talking over even with a minimal total', async () => {
    const { value } = await unlockedCore({}, movableClock('2026-03-02T09:00:00Z'));
    const view = await value('questionnaires.answer', phq9([0, 0, 0, 0, 0, 0, 0, 0, 1], 0));
    expect(view.responses[0]).toMatchObject({ total: 1, band: 'minimal', riskItemPoints: 1, talkItOver: true });
  });

  it('a 01:30 answer counts for the evening before, like a check-in', async () => {
    const { value } = await unlockedCore({}, movableClock('2026-03-10T01:30:00Z'));
    const view = await value('questionnaires.answer', {
      form: 'gad-7',
      version: 1,
      items: [0, 0, 0, 0, 0, 0, 0],
      followUp: null,
    });
    expect(view.responses[0]!.day).toBe('2026-03-09');
  });

  it('refuses an incomplete form, an answer that is not an option and a version it does not have, storing nothing', async () => {
    const { call, value } = await unlockedCore({}, movableClock('2026-03-02T09:00:00Z'));
    const incomplete = await call('questionnaires.answer', {
      ...phq9([1, 1, 1, 1, 1, 1, 1, 1, 0]),
      items: [1, 1, 1, null, 1, 1, 1, 1, 0],
    });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(incomplete)).toContain('Question 4 of the PHQ-9 is not answered yet');
    const notAnOption = await call('questionnaires.answer', phq9([1, 1, 1, 1, 1, 1, 1, 1, 4]));
    expect(JSON.stringify(notAnOption)).toContain('Question 9 of the PHQ-9 takes 0, 1, 2, 3, not 4.');
    const tooFew = await call('questionnaires.answer', phq9([1, 1]));
    expect(JSON.stringify(tooFew)).toContain('The PHQ-9 has 9 questions; these answers have 2.');
    const otherVersion = await call('questionnaires.answer', { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), version: 2 });
    expect(JSON.stringify(otherVersion)).toContain('This is version 2 of the PHQ-9; Waypoint has version 1.');
    const notAsked = await call('questionnaires.answer', phq9([0, 0, 0, 0, 0, 0, 0, 0, 0], 1));
    expect(JSON.stringify(notAsked)).toContain('closing question is asked only once some problem was checked');
    const noClosing = await call('questionnaires.answer', {
      form: 'gad-7',
      version: 1,
      items: [1, 1, 1, 1, 1, 1, 1],
      followUp: 1,
    });
    expect(JSON.stringify(noClosing)).toContain('The GAD-7 has no closing question.');
    // A total sent along is not a field main takes.
    const withTotal = await call('questionnaires.answer', { ...phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]), total: 27 } as never);
    expect(withTotal.ok).toBe(false);
    expect((await value('questionnaires.get', {})).responses).toEqual([]);
  });

  it('a scheduled form is due at once, then one cadence after its latest answer; unscheduled forms never are', async () => {
    const clock = movableClock('2026-03-02T09:00:00Z');
    const { value } = await unlockedCore({}, clock);
    const status = (view: Awaited<ReturnType<typeof value<'questionnaires.get'>>>, form: string) =>
      view.forms.find((candidate) => candidate.form === form)!;
    const before = await value('questionnaires.get', {});
    expect(status(before, 'phq-9')).toMatchObject({ cadence: 'none', nextDueOn: null, due: false });

    const scheduled = await value('questionnaires.schedule', { form: 'phq-9', cadence: 'every-2-weeks' });
    expect(status(scheduled, 'phq-9')).toMatchObject({ nextDueOn: '2026-03-02', due: true });
    const answered = await value('questionnaires.answer', phq9([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(status(answered, 'phq-9')).toMatchObject({ nextDueOn: '2026-03-16', due: false });
    clock.moveTo('2026-03-16T09:00:00Z');
    expect(status(await value('questionnaires.get', {}), 'phq-9')).toMatchObject({ due: true });

    const stopped = await value('questionnaires.schedule', { form: 'phq-9', cadence: 'none' });
    expect(status(stopped, 'phq-9')).toMatchObject({ cadence: 'none', nextDueOn: null, due: false });
    expect(status(stopped, 'gad-7')).toMatchObject({ cadence: 'none', due: false });
  });

  it('keeps responses and schedules across a lock; a deleted response goes, and the change is worked out again', async () => {
    const clock = movableClock('2026-03-02T09:00:00Z');
    const { value } = await unlockedCore({}, clock);
    await value('questionnaires.schedule', { form: 'gad-7', cadence: 'monthly' });
    await value('questionnaires.answer', { form: 'gad-7', version: 1, items: [3, 3, 3, 3, 3, 3, 3], followUp: null });
    clock.moveTo('2026-04-02T09:00:00Z');
    const middle = await value('questionnaires.answer', {
      form: 'gad-7',
      version: 1,
      items: [2, 2, 2, 2, 2, 2, 2],
      followUp: null,
    });
    clock.moveTo('2026-05-02T09:00:00Z');
    await value('questionnaires.answer', { form: 'gad-7', version: 1, items: [1, 1, 1, 1, 1, 1, 1], followUp: null });

    await value('vault.lock', {});
    await value('vault.unlock', { passphrase: 'correct horse battery staple' });
    const reopened = await value('questionnaires.get', {});
    expect(reopened.responses.map((response) => response.total)).toEqual([21, 14, 7]);
    expect(reopened.forms.find((status) => status.form === 'gad-7')!.cadence).toBe('monthly');

    const afterDelete = await value('questionnaires.delete', { id: middle.answeredId });
    expect(afterDelete.responses.map((response) => [response.total, response.change?.points])).toEqual([
      [21, undefined],
      [7, -14],
    ]);
  });

  it('AUDIT-C: the threshold for women (and when none is given) is 3, for men 4; a change of setting re-scores every answer', async () => {
    const { value } = await unlockedCore({}, movableClock('2026-03-02T09:00:00Z'));
    const audit = { form: 'audit-c' as const, version: 1, items: [1, 1, 1], followUp: null };
    const unstated = await value('questionnaires.answer', audit);
    expect(unstated.responses[0]).toMatchObject({ total: 3, band: 'higher', threshold: { sex: null, from: 3 } });
    await value('settings.update', { thresholdSex: 'male' });
    const asMan = await value('questionnaires.get', {});
    expect(asMan.responses[0]).toMatchObject({
      total: 3,
      band: 'lower',
      talkItOver: false,
      threshold: { sex: 'male', from: 4 },
    });
    await value('settings.update', { thresholdSex: 'unstated' });
    expect((await value('questionnaires.get', {})).responses[0]).toMatchObject({
      band: 'higher',
      threshold: { sex: null },
    });
    await expect(value('settings.update', { thresholdSex: 'other' as never })).rejects.toThrow();
  });

  it('the PDF carries each form’s latest answer and every answer in the range, and each question’s answer only when chosen', async () => {
    const clock = movableClock('2026-01-05T09:00:00Z');
    const { value } = await unlockedCore({}, clock);
    await value('plan.start', { template: 'mental-health' });
    await value('questionnaires.answer', phq9([2, 2, 2, 2, 2, 2, 2, 2, 0], 2));
    clock.moveTo('2026-03-10T09:00:00Z');
    await value('questionnaires.answer', phq9([1, 1, 1, 1, 1, 1, 1, 1, 1], 1));
    clock.moveTo('2026-03-10T09:05:00Z');
    await value('questionnaires.answer', { form: 'who-5', version: 1, items: [3, 3, 2, 2, 3], followUp: null });
    const choices = pdfChoices({ audience: 'doctor', planAreas: ['about'] });
    const report = await value('pdfExport.preview', choices);
    expect(report.parts).toContain('questionnaires');
    const { latest, inRange } = report.questionnaires!;
    expect(latest.map((response) => [response.form, response.total, response.band])).toEqual([
      ['phq-9', 9, 'mild'],
      ['who-5', 52, 'higher'],
    ]);
    // The January PHQ-9 is outside the last 30 days, but the March one's change is counted from it.
    expect(inRange.map((response) => response.form)).toEqual(['phq-9', 'who-5']);
    expect(inRange[0]).toMatchObject({
      riskItemPoints: 1,
      change: { points: -7, reliable: true, sinceDay: '2026-01-05' },
    });
    // Each question's answer stays in main unless chosen.
    expect(inRange.every((response) => response.items.length === 0 && response.followUp === null)).toBe(true);
    const withItems = await value('pdfExport.preview', {
      ...choices,
      questionnaires: { include: true, itemAnswers: true },
    });
    expect(withItems.questionnaires!.inRange[0]!.items).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const without = await value('pdfExport.preview', {
      ...choices,
      questionnaires: { include: false, itemAnswers: true },
    });
    expect(without.questionnaires).toBeNull();
    expect(without.parts).not.toContain('questionnaires');
  });

  it('a goal can follow a form’s total: the PDF gives its first and latest score in the range, only when questionnaire results are in it', async () => {
    const clock = movableClock('2026-03-02T09:00:00Z');
    const { value } = await unlockedCore({}, clock);
    const started = await value('plan.start', { template: 'mental-health' });
    const { actionSteps: _steps, id, ...goal } = started.plan.goals[0]!;
    // An older plan's goal has no questionnaire: it reads as none.
    expect(goal.questionnaire).toBeNull();
    const followed = await value('plan.updateEntry', {
      list: 'goals',
      id,
      data: { ...goal, target: 'PHQ-9 below 10 by May', questionnaire: 'phq-9' },
    });
    expect(followed.plan.goals[0]!.questionnaire).toBe('phq-9');
    await value('questionnaires.answer', phq9([2, 2, 2, 2, 2, 2, 2, 2, 0], 2));
    clock.moveTo('2026-03-16T09:00:00Z');
    await value('questionnaires.answer', phq9([1, 1, 1, 1, 1, 1, 1, 0, 0], 1));
    clock.moveTo('2026-03-30T09:00:00Z');
    await value('questionnaires.answer', phq9([1, 1, 1, 1, 1, 1, 0, 0, 0], 1));
    const choices = pdfChoices({ audience: 'therapist', planAreas: ['goals'] });
    choices.progress.include = true;
    const report = await value('pdfExport.preview', choices);
    const printed = report.progress!.goals.find((candidate) => candidate.id === id)!;
    expect(printed.target).toBe('PHQ-9 below 10 by May');
    expect(printed.scores).toEqual({
      form: 'phq-9',
      first: { form: 'phq-9', day: '2026-03-02', total: 16, band: 'moderately severe' },
      latest: { form: 'phq-9', day: '2026-03-30', total: 6, band: 'mild' },
    });
    const left = await value('pdfExport.preview', {
      ...choices,
      questionnaires: { include: false, itemAnswers: false },
    });
    expect(left.progress!.goals.find((candidate) => candidate.id === id)!.scores).toBeNull();
  });
});
