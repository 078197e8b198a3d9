import { describe, expect, it } from 'vitest';
import type { MedicationVersion } from '../../../shared/medications/medication';
import { movableClock } from '../../support/movable-clock';
import { useUnlockedCores } from '../support/unlocked-core';
import { dailyVersion, medicationDetails } from '../../support/medication-fields';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';

const unlockedCore = useUnlockedCores();

const details = medicationDetails;
const daily = dailyVersion;

const asNeeded = (from: string): MedicationVersion => ({
  from,
  dose: 1,
  unit: 'tablet',
  schedule: { kind: 'as-needed', minMinutesBetween: 4 * 60, maxPer24Hours: 3 },
});

const dose = (medicationId: string, day: string, dueTime: string | null, fields: object = {}) => ({
  medicationId,
  day,
  dueTime,
  status: 'taken' as const,
  takenAt: 'now' as const,
  amount: null,
  reason: '',
  ...fields,
});

describe('medication channels', () => {
  it('keeps every dose change as a dated version; each day shows the dose it had', async () => {
    const clock = movableClock('2026-04-10T09:00:00Z');
    const { value, call } = await unlockedCore({}, clock);
    const added = await value('medications.add', {
      details: details('Sertraline', { strength: '50 mg tablet', purpose: 'low mood' }),
      first: daily('2026-03-02', 50),
    });
    const [sertraline] = added.medications;
    expect(sertraline).toMatchObject({ name: 'Sertraline', startedOn: '2026-03-02', stoppedOn: null });
    const changed = await value('medications.change', { id: sertraline!.id, version: daily('2026-04-06', 100) });
    expect(changed.medications[0]!.versions.map((version) => [version.from, version.dose])).toEqual([
      ['2026-03-02', 50],
      ['2026-04-06', 100],
    ]);
    expect((await value('medications.get', { day: '2026-04-05' })).due.map((due) => due.dose)).toEqual([50]);
    expect((await value('medications.get', {})).due).toMatchObject([{ dueTime: '08:00', dose: 100 }]);
    // A change dated before the last one would rewrite what came after it.
    expect(await call('medications.change', { id: sertraline!.id, version: daily('2026-03-20', 75) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('on or after 2026-04-06') },
    });
  });

  it('takes and skips scheduled doses, one record per dose, and refuses a dose the schedule does not have', async () => {
    const clock = movableClock('2026-04-10T08:20:00Z'); // 09:20 in London
    const { value, call } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Lithium'),
      first: daily('2026-04-01', 400, ['08:00', '20:00']),
    });
    const id = medications[0]!.id;
    const taken = await value('medications.recordDose', dose(id, '2026-04-10', '08:00'));
    expect(taken.due.map((due) => [due.dueTime, due.record?.status ?? null, due.record?.takenAt ?? null])).toEqual([
      ['08:00', 'taken', '2026-04-10T08:20:00.000Z'],
      ['20:00', null, null],
    ]);
    // Answering again replaces the answer: one record per dose.
    const skipped = await value(
      'medications.recordDose',
      dose(id, '2026-04-10', '08:00', { status: 'skipped', takenAt: null, reason: 'felt sick' }),
    );
    expect(skipped.due[0]!.record).toMatchObject({ status: 'skipped', takenAt: null, reason: 'felt sick' });
    // Yesterday's evening dose, filled in today "as planned", is dated at its due time.
    const filled = await value('medications.recordDose', dose(id, '2026-04-09', '20:00', { takenAt: 'as-planned' }));
    expect(filled.day).toBe('2026-04-09');
    expect(filled.due[1]!.record).toMatchObject({ takenAt: '2026-04-09T19:00:00.000Z', timeZone: 'Europe/London' });

    // Taken at another time of the day it was due: 00:30 is the night that ends that day.
    const late = await value(
      'medications.recordDose',
      dose(id, '2026-04-09', '08:00', { takenAt: '10:15', amount: 200 }),
    );
    expect(late.due[0]!.record).toMatchObject({ takenAt: '2026-04-09T09:15:00.000Z', amount: 200 });
    const night = await value('medications.recordDose', dose(id, '2026-04-09', '20:00', { takenAt: '00:30' }));
    expect(night.due[1]!.record).toMatchObject({ takenAt: '2026-04-09T23:30:00.000Z' });

    const refusal = async (request: object) => {
      const result = await call('medications.recordDose', { ...dose(id, '2026-04-10', '08:00'), ...request });
      return result.ok ? 'accepted' : result.error.message;
    };
    expect(await refusal({ dueTime: '12:00' })).toBe('Lithium had no dose due at 12:00 on 2026-04-10.');
    expect(await refusal({ day: '2026-03-31' })).toBe('On 2026-03-31 I was not taking Lithium, by my list.');
    expect(await refusal({ day: '2026-04-11' })).toBe('A dose can be written for today or an earlier day.');
    expect(await refusal({ dueTime: null })).toBe('Lithium is taken at set times: choose which dose this was.');
    // Taken later than now (main's clock, 09:20 in London) is refused, by a moment or a time of day.
    expect(await refusal({ takenAt: '2026-04-10T09:00:00Z' })).toBe(
      'A dose cannot be written as taken later than now.',
    );
    expect(await refusal({ dueTime: '20:00', takenAt: '20:00' })).toBe(
      'A dose cannot be written as taken later than now.',
    );
    expect(await refusal({ takenAt: '2026-04-10T08:24:00Z' })).toBe('accepted'); // within a few minutes of now
    expect(await refusal({ medicationId: 'nobody' })).toBe('That medication is no longer in my list.');
  });

  it('logs as-needed doses by the time taken and says when the next is allowed', async () => {
    const clock = movableClock('2026-04-10T09:00:00Z');
    const { value, call } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Paracetamol'),
      first: asNeeded('2026-04-01'),
    });
    const id = medications[0]!.id;
    const first = await value('medications.recordDose', dose(id, '2026-04-10', null));
    expect(first.asNeeded).toMatchObject([
      {
        name: 'Paracetamol',
        taken: [{ takenAt: '2026-04-10T09:00:00.000Z' }],
        nextAllowedAt: '2026-04-10T13:00:00.000Z',
      },
    ]);
    clock.moveTo('2026-04-10T13:00:00Z');
    expect((await value('medications.get', {})).asNeeded[0]!.nextAllowedAt).toBeNull();
    // Taken at another time: it counts for the day it was taken on.
    const earlier = await value(
      'medications.recordDose',
      dose(id, '2026-04-10', null, { takenAt: '2026-04-09T22:00:00Z' }),
    );
    expect(earlier.day).toBe('2026-04-10');
    expect((await value('medications.get', { day: '2026-04-09' })).asNeeded[0]!.taken).toMatchObject([
      { day: '2026-04-09', takenAt: '2026-04-09T22:00:00.000Z' },
    ]);
    // The 24 hours before now count, whatever day the doses count for: with three in 24 hours the
    // next waits for the first of them (22:00 yesterday) to be a day old.
    await value('medications.recordDose', dose(id, '2026-04-10', null));
    expect((await value('medications.get', {})).asNeeded[0]!.nextAllowedAt).toBe('2026-04-10T22:00:00.000Z');
    // The day an as-needed dose counts for is the day it was taken, checked as that day.
    expect(
      await call('medications.recordDose', dose(id, '2026-04-10', null, { takenAt: '2026-03-20T10:00:00Z' })),
    ).toMatchObject({ ok: false, error: { message: 'On 2026-03-20 I was not taking Paracetamol, by my list.' } });
    expect(
      await call('medications.recordDose', dose(id, '2026-04-10', null, { status: 'skipped', takenAt: null })),
    ).toMatchObject({
      ok: false,
      error: { message: 'An as-needed dose is written when it is taken, so it cannot be skipped.' },
    });
  });

  it('stops a medication: nothing is due from that day, its doses and history stay', async () => {
    const clock = movableClock('2026-04-10T09:00:00Z');
    const { value, call } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Quetiapine'),
      first: daily('2026-04-01', 25),
    });
    const id = medications[0]!.id;
    await value('medications.recordDose', dose(id, '2026-04-09', '08:00', { takenAt: 'as-planned' }));
    const stopped = await value('medications.stop', { id, on: '2026-04-10' });
    expect(stopped.medications[0]).toMatchObject({ stoppedOn: '2026-04-10' });
    expect(stopped.due).toEqual([]);
    expect((await value('medications.get', { day: '2026-04-09' })).due[0]!.record).toMatchObject({ status: 'taken' });
    expect(await call('medications.stop', { id, on: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    // A stopped medication is not changed: taking it again is a new entry, so the days it was
    // stopped stay stopped.
    expect(await call('medications.change', { id, version: daily('2026-04-12', 50) })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('Quetiapine is stopped. To take it again, add it again'),
      },
    });
  });

  it('deletes a dose record and answers with its day; main refuses input the contract forbids', async () => {
    const clock = movableClock('2026-04-10T09:00:00Z');
    const { value, call, send } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Sertraline'),
      first: daily('2026-04-01', 50),
    });
    const id = medications[0]!.id;
    const recorded = await value('medications.recordDose', dose(id, '2026-04-08', '08:00', { takenAt: 'as-planned' }));
    const deleted = await value('medications.deleteDoses', { ids: [recorded.due[0]!.record!.id] });
    expect(deleted.day).toBe('2026-04-08');
    expect(deleted.due[0]!.record).toBeNull();
    expect(await call('medications.deleteDoses', { ids: [recorded.due[0]!.record!.id] })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const input of [
      { details: details(''), first: daily('2026-04-01', 50) },
      { details: details('X'), first: daily('2026-04-01', 0) },
      {
        details: details('X'),
        first: { ...daily('2026-04-01', 5), schedule: { kind: 'scheduled', times: [], weekdays: [1] } },
      },
      { details: { ...details('X'), extra: true }, first: daily('2026-04-01', 5) },
    ]) {
      expect(await send('medications.add', input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('writes "as planned" for the doses due by now and not yet answered, at their times, and undoes them together', async () => {
    const clock = movableClock('2026-04-10T12:00:00Z'); // 13:00 in London
    const { value, call } = await unlockedCore({}, clock);
    await value('medications.add', {
      details: details('Lithium'),
      first: daily('2026-04-01', 400, ['08:00', '20:00']),
    });
    const { medications } = await value('medications.add', {
      details: details('Sertraline'),
      first: daily('2026-04-01', 100, ['09:00']),
    });
    const sertraline = medications.find((medication) => medication.name === 'Sertraline')!;
    await value(
      'medications.recordDose',
      dose(sertraline.id, '2026-04-10', '09:00', { status: 'skipped', takenAt: null }),
    );

    const taken = await value('medications.takeAsPlanned', { day: '2026-04-10' });
    expect(taken.recorded.map((record) => [record.name, record.dueTime])).toEqual([['Lithium', '08:00']]);
    expect(taken.stillToCome).toBe(1);
    const today = await value('medications.get', {});
    expect(
      today.due.map((due) => [due.name, due.dueTime, due.record?.status ?? null, due.record?.takenAt ?? null]),
    ).toEqual([
      ['Lithium', '08:00', 'taken', '2026-04-10T07:00:00.000Z'],
      ['Sertraline', '09:00', 'skipped', null],
      ['Lithium', '20:00', null, null],
    ]);
    // Asked again, nothing is left that is due by now.
    expect(await value('medications.takeAsPlanned', { day: '2026-04-10' })).toEqual({ recorded: [], stillToCome: 1 });

    // A past day: everything unanswered is written, at its due time.
    const yesterday = await value('medications.takeAsPlanned', { day: '2026-04-09' });
    expect(yesterday).toMatchObject({ stillToCome: 0 });
    expect(yesterday.recorded.map((record) => record.dueTime)).toEqual(['08:00', '09:00', '20:00']);
    const undone = await value('medications.deleteDoses', { ids: yesterday.recorded.map((record) => record.id) });
    expect(undone.due.every((due) => due.record === null)).toBe(true);

    expect(await call('medications.takeAsPlanned', { day: '2026-04-11' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('medications.deleteDoses', { ids: [] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('counts a supply down by the doses taken after I counted it, gives a dose back on Undo, and says when to get more', async () => {
    const clock = movableClock('2026-04-10T06:00:00Z');
    const { value } = await unlockedCore({}, clock);
    const added = await value('medications.add', {
      details: details('Lithium', { stock: { count: 10, refillAt: 3 } }),
      first: daily('2026-04-01', 400, ['08:00', '20:00']),
    });
    const id = added.medications[0]!.id;
    const left = async () => (await value('medications.get', {})).medications[0]!.stock!.count;
    // A day filled in after the count was written was already counted.
    await value('medications.recordDose', dose(id, '2026-04-09', '08:00', { takenAt: 'as-planned' }));
    expect(await left()).toBe(10);
    clock.moveTo('2026-04-10T07:05:00Z');
    await value('medications.recordDose', dose(id, '2026-04-10', '08:00'));
    expect(await left()).toBe(9);
    // Twice the dose counts as two; a skipped dose takes nothing.
    clock.moveTo('2026-04-10T19:05:00Z');
    const evening = await value('medications.recordDose', dose(id, '2026-04-10', '20:00', { amount: 800 }));
    expect(evening.medications[0]!.stock!.count).toBe(7);
    await value('medications.deleteDoses', { ids: [evening.due[1]!.record!.id] });
    expect(await left()).toBe(9);
    await value('medications.recordDose', dose(id, '2026-04-10', '20:00', { status: 'skipped', takenAt: null }));
    expect(await left()).toBe(9);
    expect((await value('medications.get', {})).refills).toEqual([]);

    // The count left as it shows goes on counting down; a new level can bring the refill notice.
    const edited = await value('medications.edit', {
      id,
      details: details('Lithium', { stock: { count: 9, refillAt: 9 } }),
    });
    expect(edited.refills).toEqual([{ medicationId: id, name: 'Lithium', left: 9, refillAt: 9 }]);
    clock.moveTo('2026-04-11T07:05:00Z');
    await value('medications.recordDose', dose(id, '2026-04-11', '08:00'));
    expect(await left()).toBe(8);
    // A new count is as of now.
    const refilled = await value('medications.edit', {
      id,
      details: details('Lithium', { stock: { count: 60, refillAt: 9 } }),
    });
    expect(refilled.medications[0]!.stock).toEqual({ count: 60, refillAt: 9 });
    expect(refilled.refills).toEqual([]);
  });

  it('counts adherence per week up to yesterday: on time within the window, late, skipped and not written apart', async () => {
    const clock = movableClock('2026-04-10T08:20:00Z'); // Friday 10 April, 09:20 in London
    const { value, call } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Lithium'),
      first: daily('2026-04-06', 400, ['08:00', '20:00']),
    });
    const id = medications[0]!.id;
    await value('medications.add', { details: details('Paracetamol'), first: asNeeded('2026-04-01') });
    await value('medications.takeAsPlanned', { day: '2026-04-06' });
    await value('medications.recordDose', dose(id, '2026-04-07', '08:00', { takenAt: '11:30' }));
    await value('medications.recordDose', dose(id, '2026-04-07', '20:00', { status: 'skipped', takenAt: null }));
    // Today's morning dose is taken, but today is not counted until it is over.
    await value('medications.recordDose', dose(id, '2026-04-10', '08:00'));

    const view = await value('medications.adherence', { from: '2026-03-30', to: '2026-04-10' });
    expect(view).toMatchObject({ through: '2026-04-09', onTimeWindow: 'within 2 hours of its time' });
    // The as-needed medicine has no dose due, so no adherence.
    expect(view.medications.map((medication) => medication.name)).toEqual(['Lithium']);
    const [lithium] = view.medications;
    expect(lithium!.weeks.map((week) => [week.weekStart, week.due])).toEqual([
      ['2026-03-30', 0],
      ['2026-04-06', 8],
    ]);
    expect(lithium!.total).toEqual({ due: 8, takenOnTime: 2, takenLate: 1, skipped: 1, notRecorded: 4, share: 0.25 });

    expect(await value('medications.adherence', { from: '2026-04-10', to: '2026-04-10' })).toMatchObject({
      through: '2026-04-09',
      medications: [],
    });
    expect(await call('medications.adherence', { from: '2000-01-01', to: '2026-04-10' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('20 years') },
    });
  });

  it('notes one side effect per medication and day, replaced when noted again, cleared with Undo in mind', async () => {
    const clock = movableClock('2026-04-10T08:20:00Z');
    const { value, call, send } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Sertraline'),
      first: daily('2026-04-01', 50),
    });
    const medicationId = medications[0]!.id;
    await value('medications.setSideEffect', { medicationId, day: '2026-04-08', bother: 3, words: 'dry mouth' });
    await value('medications.setSideEffect', { medicationId, day: '2026-04-09', bother: 6, words: 'nausea' });
    const view = await value('medications.setSideEffect', {
      medicationId,
      day: '2026-04-09',
      bother: 4,
      words: 'nausea, less',
    });
    expect(view.sideEffects).toEqual([
      { medicationId, day: '2026-04-09', bother: 4, words: 'nausea, less' },
      { medicationId, day: '2026-04-08', bother: 3, words: 'dry mouth' },
    ]);
    expect(await value('medications.clearSideEffect', { medicationId, day: '2026-04-08' })).toEqual({
      medicationId,
      day: '2026-04-08',
      bother: 3,
      words: 'dry mouth',
    });
    expect((await value('medications.get', {})).sideEffects).toHaveLength(1);

    expect(
      await call('medications.setSideEffect', { medicationId, day: '2026-04-11', bother: 1, words: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('today or an earlier') },
    });
    expect(
      await call('medications.setSideEffect', { medicationId: 'gone', day: '2026-04-09', bother: 1, words: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('medications.clearSideEffect', { medicationId, day: '2026-04-08' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    for (const bother of [11, -1, 2.5]) {
      expect(
        await send('medications.setSideEffect', { medicationId, day: '2026-04-09', bother, words: '' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
    }
  });

  it('compares mood on days I took all of a medicine’s due doses with days I missed one; days it was not due count in neither', async () => {
    const clock = movableClock('2026-04-10T08:20:00Z');
    const { value } = await unlockedCore({}, clock);
    const { medications } = await value('medications.add', {
      details: details('Lithium'),
      first: daily('2026-04-06', 400),
    });
    const id = medications[0]!.id;
    const moods: [string, number][] = [
      ['2026-04-05', 1], // before it started: not a day without it
      ['2026-04-06', 7],
      ['2026-04-07', 4],
      ['2026-04-08', 8],
      ['2026-04-09', 5],
    ];
    for (const [day, mood] of moods) await value('checkIns.add', checkIn({ at: `${day}T12:00:00.000Z`, mood }));
    await value('medications.recordDose', dose(id, '2026-04-06', '08:00', { takenAt: 'as-planned' }));
    await value('medications.recordDose', dose(id, '2026-04-07', '08:00', { status: 'skipped', takenAt: null }));
    // Taken late still counts as taken.
    await value('medications.recordDose', dose(id, '2026-04-08', '08:00', { takenAt: '13:00' }));
    const progress = await value('progress.get', {
      from: '2026-04-01',
      to: '2026-04-09',
      pixels: 400,
      metrics: ['mood'],
    });
    expect(progress.whatHelpsFactors.at(-1)).toEqual({
      key: `medication:${id}`,
      kind: 'medication',
      id,
      title: 'Lithium, taken',
    });
    expect(progress.whatHelps.comparisons.find((comparison) => comparison.factor === `medication:${id}`)).toEqual({
      factor: `medication:${id}`,
      usedDays: { mean: 7.5, days: 2 },
      otherDays: { mean: 4.5, days: 2 },
      nextDays: { mean: 4.5, days: 2 },
    });
  });
});
