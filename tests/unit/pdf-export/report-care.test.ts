import { formatTimeOfDay } from '../../../shared/dates/format-time';
import { describe, expect, it } from 'vitest';
import { withAudience, type ReportChoices } from '../../../shared/pdf-export/report-choices';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { checkInWithMeasures as checkIn } from '../../support/check-in-fields';
import { dailyVersion, medicationDetails } from '../../support/medication-fields';
import { movableClock } from '../../support/movable-clock';
import { reportChoices } from '../../support/report-choices';
import { useUnlockedCores } from '../support/unlocked-core';

const unlockedCore = useUnlockedCores();

const today = '2026-03-31';

const choices = (overrides: Partial<ReportChoices> = {}): ReportChoices =>
  reportChoices(today, {
    audience: 'doctor',
    progress: { ...reportChoices(today).progress, include: true },
    medications: true,
    substanceUse: true,
    ...overrides,
  });

const days = (from: string, count: number) =>
  Array.from({ length: count }, (_, index) => {
    const day = new Date(`${from}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    return day.toISOString().slice(0, 10);
  });

/**
 * A vault on 31 March 2026 (the PDF's range 2–31 March): sertraline changed to 100 mg on 16 March,
 * propranolol stopped on 10 March, an antihistamine stopped before the range; doses taken as
 * planned 20–30 March but the 25th skipped; a side effect; alcohol (free of it) on 12 March and 20
 * February; an emergency visit on 12 March.
 */
async function vaultWithCare() {
  const core = await unlockedCore({}, movableClock('2026-03-31T20:00:00Z'));
  const { value } = core;
  await value('plan.start', { template: 'addiction' });
  const team = await value('plan.addEntry', {
    list: 'careProfessionals',
    parentId: null,
    data: { ...blankEntry('careProfessionals'), name: 'Dr Okafor' },
  });
  const prescriberId = team.plan.careTeam.professionals.find((person) => person.name === 'Dr Okafor')!.id;
  await value('checkIns.add', checkIn({ at: '2026-03-20T09:00:00.000Z', mood: 6 }));
  const added = await value('medications.add', {
    details: medicationDetails('Sertraline', { strength: '50 mg tablet', purpose: 'low mood', prescriberId }),
    first: dailyVersion('2026-01-05', 50),
  });
  const sertraline = added.medications[0]!.id;
  await value('medications.change', { id: sertraline, version: dailyVersion('2026-03-16', 100) });
  const propranolol = (
    await value('medications.add', { details: medicationDetails('Propranolol'), first: dailyVersion('2025-06-01', 10) })
  ).medications.find((entry) => entry.name === 'Propranolol')!.id;
  await value('medications.stop', { id: propranolol, on: '2026-03-10' });
  const cetirizine = (
    await value('medications.add', { details: medicationDetails('Cetirizine'), first: dailyVersion('2025-05-01', 10) })
  ).medications.find((entry) => entry.name === 'Cetirizine')!.id;
  await value('medications.stop', { id: cetirizine, on: '2025-09-01' });
  for (const day of days('2026-03-20', 11)) {
    const skipped = day === '2026-03-25';
    await value('medications.recordDose', {
      medicationId: sertraline,
      day,
      dueTime: '08:00',
      status: skipped ? 'skipped' : 'taken',
      takenAt: skipped ? null : 'as-planned',
      amount: null,
      reason: skipped ? 'Felt sick' : '',
    });
  }
  await value('medications.setSideEffect', {
    medicationId: sertraline,
    day: '2026-03-18',
    bother: 4,
    words: 'Dry mouth',
  });
  const [alcohol] = await value('substanceUse.add', {
    name: 'Alcohol',
    kind: 'alcohol',
    unit: '',
    goal: { kind: 'free' },
  });
  await value('substanceUse.setDays', {
    substanceId: alcohol!.id,
    days: [
      { day: '2026-02-20', amount: 2 },
      { day: '2026-03-05', amount: 0 },
      { day: '2026-03-12', amount: 3 },
    ],
  });
  await value('careEvents.add', {
    kind: 'emergency-visit',
    day: '2026-03-12',
    until: null,
    words: 'after a fall',
    notes: '',
  });
  return core;
}

describe('medications, use and events in the PDF', () => {
  it('lists the medications of the range with their changes, doses on time and side effects, and use against the 30 days before', async () => {
    const { value } = await vaultWithCare();
    const report = await value('pdfExport.preview', choices());
    expect(report.parts).toEqual(['title', 'plan', 'progress', 'medications', 'substanceUse']);

    const medications = report.medications!;
    // Still taken first; one stopped before the range is not listed.
    expect(medications.list.map((entry) => [entry.medication.name, entry.current.dose, entry.prescriber])).toEqual([
      ['Sertraline', 100, 'Dr Okafor'],
      ['Propranolol', 10, ''],
    ]);
    expect(medications.changes.map((change) => [change.day, change.title])).toEqual([
      ['2026-03-10', 'Stopped Propranolol'],
      // Its time as the system writes times (main and the renderer alike).
      ['2026-03-16', `Sertraline changed to 100 mg at ${formatTimeOfDay('08:00')}, every day`],
    ]);
    // Today's dose is still to come: counted through yesterday.
    expect(medications.recentAdherence.through).toBe('2026-03-30');
    expect(medications.recentAdherence.medications.map((entry) => [entry.name, entry.total])).toEqual([
      ['Sertraline', { due: 29, takenOnTime: 10, takenLate: 0, skipped: 1, notRecorded: 18, share: 10 / 29 }],
      ['Propranolol', { due: 8, takenOnTime: 0, takenLate: 0, skipped: 0, notRecorded: 8, share: 0 }],
    ]);
    expect(medications.sideEffects).toEqual([
      { medicationId: expect.any(String), name: 'Sertraline', day: '2026-03-18', bother: 4, words: 'Dry mouth' },
    ]);

    const use = report.substanceUse!;
    expect(use.windows).toEqual({
      recent: { from: '2026-03-02', to: today },
      before: { from: '2026-01-31', to: '2026-03-01' },
    });
    expect(use.tallies.map(({ recent, before }) => [recent, before])).toEqual([
      [
        { daysWritten: 2, daysUsed: 1, amount: 3 },
        { daysWritten: 1, daysUsed: 1, amount: 2 },
      ],
    ]);
    // The calendar is whole weeks, Monday first, and holds only its own days.
    expect(use.calendar).toEqual({ from: '2026-03-02', to: '2026-04-05' });
    expect(use.days.map((day) => day.day)).toEqual(['2026-03-05', '2026-03-12']);
    expect(use.marksLapses).toBe(true);

    // The charts and the events list mark my events of care and my medication changes.
    expect(report.progress!.events.map((event) => [event.day, event.kind])).toEqual([
      ['2026-03-10', 'medication-stopped'],
      ['2026-03-12', 'emergency-visit'],
      ['2026-03-16', 'medication-changed'],
    ]);
    expect(report.progress!.charts[0]!.view.events).toEqual(report.progress!.events);
  });

  it('leaves out what was not chosen: no medication is named anywhere, use days are not marked without my lapses', async () => {
    const { value } = await vaultWithCare();
    const report = await value('pdfExport.preview', choices({ medications: false, lapses: false }));
    expect(report.medications).toBeNull();
    expect(report.parts).not.toContain('medications');
    expect(JSON.stringify(report)).not.toMatch(/Sertraline|Propranolol|Dry mouth/);
    expect(report.progress!.events.map((event) => event.title)).toEqual(['Emergency visit: after a fall']);
    expect(report.substanceUse!.marksLapses).toBe(false);

    const none = await value('pdfExport.preview', choices({ medications: false, substanceUse: false }));
    expect(none.substanceUse).toBeNull();
    expect(none.parts).toEqual(['title', 'plan', 'progress']);

    // With only medications chosen (no charts), the range is still worked out for them.
    const alone = await value(
      'pdfExport.preview',
      choices({ progress: { ...choices().progress, include: false }, substanceUse: false }),
    );
    expect(alone.parts).toEqual(['title', 'plan', 'medications']);
  });

  it('prints no medication or use part for a person who has none, whatever is chosen', async () => {
    const { value } = await unlockedCore({}, movableClock('2026-03-31T20:00:00Z'));
    await value('plan.start', { template: 'mental-health' });
    const report = await value('pdfExport.preview', choices());
    expect(report.medications).toBeNull();
    expect(report.substanceUse).toBeNull();
    expect(report.parts).toEqual(['title', 'plan', 'progress']);
  });

  it('has presets: clinicians get my medications, family neither medications nor use unless I choose', () => {
    const context = { hasReview: false, tracked: [] };
    const pick = (audience: ReportChoices['audience']) => {
      const { medications, substanceUse } = withAudience(choices(), audience, context);
      return { medications, substanceUse };
    };
    expect(pick('therapist')).toEqual({ medications: true, substanceUse: true });
    expect(pick('doctor')).toEqual({ medications: true, substanceUse: true });
    expect(pick('physio')).toEqual({ medications: true, substanceUse: false });
    expect(pick('sponsor')).toEqual({ medications: false, substanceUse: true });
    expect(pick('family')).toEqual({ medications: false, substanceUse: false });
  });
});
