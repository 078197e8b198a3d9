import { insertCareEvent } from '../../electron/care-events/care-event-repository';
import type { WritableDatabase } from '../../electron/database/sqlite';
import {
  changeMedication,
  insertMedication,
  recordDose,
  stopMedication,
  writeSideEffect,
} from '../../electron/medications/medication-repository';
import { writeSettings } from '../../electron/settings/settings-repository';
import { insertSubstance, writeUseDays } from '../../electron/substance-use/substance-use-repository';
import type { DoseRecord } from '../../shared/medications/medication';
import { dailyVersion, medicationDetails } from './medication-fields';

/** A dose taken on time in London, as prescribed, unless the test says otherwise. */
export const takenDose = (id: string, medicationId: string, day: string, fields: Partial<DoseRecord> = {}) => ({
  id,
  medicationId,
  day,
  dueTime: '08:00',
  status: 'taken' as const,
  takenAt: `${day}T08:05:00.000Z`,
  timeZone: 'Europe/London',
  amount: null,
  reason: '',
  ...fields,
});

/**
 * A vault's medications, use and events of care as a person would have them after a few months:
 * - sertraline (stock counted, a prescriber named) from 5 January at 50 mg, raised to 100 mg on
 *   2 February; propranolol twice a day from June, stopped on 20 January and hidden from charts;
 *   zopiclone as needed;
 * - doses taken on time, late at half the dose, skipped with a reason, and as needed at night;
 * - side effects of two medications on one day;
 * - alcohol (a goal of none, counted in UK units) and cannabis cut down to one joint a day;
 * - an emergency visit, then a hospital stay of four days, and a missed appointment.
 */
export function writeCareRecords(db: WritableDatabase): void {
  writeSettings(db, { standardDrinkCountry: 'GB' });
  insertMedication(
    db,
    'sertraline',
    medicationDetails('Sertraline', {
      strength: '50 mg tablet',
      purpose: 'low mood',
      prescriberId: 'dr-okafor',
      notes: 'Take with breakfast.\nNot with grapefruit.',
      stock: { count: 24, refillAt: 7 },
    }),
    dailyVersion('2026-01-05', 50),
    '2026-01-05T10:12:00.000Z',
  );
  changeMedication(db, 'sertraline', dailyVersion('2026-02-02', 100), '2026-02-02T09:30:00.000Z');
  insertMedication(
    db,
    'propranolol',
    medicationDetails('Propranolol', { strength: '10 mg tablet', purpose: 'anxiety', hiddenFromCharts: true }),
    dailyVersion('2025-06-01', 10, ['08:00', '20:00']),
    '2025-06-01T08:00:00.000Z',
  );
  stopMedication(db, 'propranolol', '2026-01-20');
  insertMedication(
    db,
    'zopiclone',
    medicationDetails('Zopiclone', { strength: '3.75 mg tablet', purpose: 'sleep' }),
    {
      from: '2026-01-05',
      dose: 3.75,
      unit: 'mg',
      schedule: { kind: 'as-needed', minMinutesBetween: 1440, maxPer24Hours: 1 },
    },
    '2026-01-05T10:14:00.000Z',
  );

  recordDose(db, takenDose('d1', 'sertraline', '2026-01-06'));
  recordDose(db, takenDose('d2', 'sertraline', '2026-01-07', { takenAt: '2026-01-07T11:40:00.000Z', amount: 25 }));
  recordDose(
    db,
    takenDose('d3', 'sertraline', '2026-01-08', { status: 'skipped', takenAt: null, reason: 'Felt sick' }),
  );
  recordDose(
    db,
    takenDose('d4', 'propranolol', '2026-01-06', { dueTime: '20:00', takenAt: '2026-01-06T20:02:00.000Z' }),
  );
  recordDose(db, takenDose('d5', 'zopiclone', '2026-01-07', { dueTime: null, takenAt: '2026-01-07T23:10:00.000Z' }));
  recordDose(
    db,
    takenDose('d6', 'zopiclone', '2026-02-10', { dueTime: null, takenAt: '2026-02-11T00:20:00.000Z', amount: 7.5 }),
  );
  writeSideEffect(db, { medicationId: 'zopiclone', day: '2026-01-08', bother: 2, words: 'Bitter taste' });
  writeSideEffect(db, { medicationId: 'sertraline', day: '2026-01-08', bother: 6, words: 'Nausea all morning' });

  insertSubstance(db, 'alcohol', { name: 'Alcohol', kind: 'alcohol', unit: '', goal: { kind: 'free' } });
  insertSubstance(db, 'cannabis', {
    name: 'Cannabis',
    kind: 'other',
    unit: 'joints',
    goal: { kind: 'cut-down', dailyLimit: 1 },
  });
  writeUseDays(db, {
    substanceId: 'alcohol',
    days: [
      { day: '2026-02-14', amount: 4.5 },
      { day: '2026-02-15', amount: 0 },
    ],
  });
  writeUseDays(db, {
    substanceId: 'cannabis',
    days: [
      { day: '2026-02-14', amount: 2 },
      { day: '2026-02-13', amount: 1 },
    ],
  });

  insertCareEvent(db, 'e1', { day: '2026-02-15', until: null, kind: 'emergency-visit', words: 'A&E', notes: '' });
  insertCareEvent(db, 'e2', {
    day: '2026-02-16',
    until: '2026-02-19',
    kind: 'hospital-stay',
    words: 'St Mary’s',
    notes: 'Ward 4.\nVisiting 2–8 pm.',
  });
  insertCareEvent(db, 'e0', { day: '2026-01-30', until: null, kind: 'appointment-missed', words: 'GP', notes: '' });
}
