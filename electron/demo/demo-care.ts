import { dosesDueOn, dueInstant } from '../../shared/medications/dose-schedule';
import type { MedicationDetails, MedicationVersion } from '../../shared/medications/medication';
import { addDays, addMonths } from '../../shared/dates/calendar-date';
import { insertCareEvent } from '../care-events/care-event-repository';
import type { WritableDatabase } from '../database/sqlite';
import {
  changeMedication,
  insertMedication,
  readMedications,
  recordDose,
  stopMedication,
} from '../medications/medication-repository';
import { insertSubstance, writeUseDays } from '../substance-use/substance-use-repository';

const details = (name: string, strength: string, purpose: string): MedicationDetails => ({
  name,
  strength,
  purpose,
  prescriberId: null,
  notes: '',
  stock: null,
  hiddenFromCharts: false,
});

const daily = (from: string, dose: number, times: string[]): MedicationVersion => ({
  from,
  dose,
  unit: 'mg',
  schedule: { kind: 'scheduled', times, weekdays: [1, 2, 3, 4, 5, 6, 7] },
});

const skipReasons = ['Forgot until the evening', 'Felt sick', 'Away from home', ''];

/**
 * The demo's medications, use and events of care, from the plan's start to `today`, with `random`
 * its own seeded draws so the check-ins stay as they were:
 * - sertraline from a month in, its dose raised three months later, taken most days (some late,
 *   some skipped, a few not written); propranolol twice a day for a year, then stopped; zopiclone
 *   as needed on a few nights;
 * - alcohol with the goal of not drinking: the amounts on the lapse days, and the weeks around each
 *   written as none;
 * - an emergency visit the day after the first lapse, and reviews with my GP every three months over
 *   the last year (one missed), the latest six weeks ago so the last month stays free of events.
 */
export function fillDemoCare(
  db: WritableDatabase,
  {
    start,
    today,
    lapseDays,
    boundary,
  }: { start: string; today: string; lapseDays: readonly string[]; boundary: number },
  random: () => number,
  newId: () => string,
): void {
  const recordedAt = `${start}T09:00:00.000Z`;
  const sertralineStart = addDays(start, 30);
  if (sertralineStart >= today) return;
  insertMedication(
    db,
    'demo-sertraline',
    details('Sertraline', '50 mg tablet', 'low mood'),
    daily(sertralineStart, 50, ['08:00']),
    recordedAt,
  );
  const raised = addMonths(sertralineStart, 3);
  if (raised < today) changeMedication(db, 'demo-sertraline', daily(raised, 100, ['08:00']), recordedAt);
  insertMedication(
    db,
    'demo-propranolol',
    details('Propranolol', '10 mg tablet', 'anxiety'),
    daily(start, 10, ['08:00', '20:00']),
    recordedAt,
  );
  const propranololStop = addMonths(start, 12);
  if (propranololStop < addDays(today, -40)) stopMedication(db, 'demo-propranolol', propranololStop);
  insertMedication(
    db,
    'demo-zopiclone',
    details('Zopiclone', '3.75 mg tablet', 'sleep'),
    {
      from: sertralineStart,
      dose: 3.75,
      unit: 'mg',
      schedule: { kind: 'as-needed', minMinutesBetween: 24 * 60, maxPer24Hours: 1 },
    },
    recordedAt,
  );

  const timeZone = 'Europe/London';
  const medications = readMedications(db);
  for (let day = start; day < today; day = addDays(day, 1)) {
    for (const medication of medications) {
      for (const due of dosesDueOn(medication, day, boundary)) {
        const draw = random();
        if (draw < 0.03) continue; // not written
        const skipped = draw < 0.08;
        const late = !skipped && draw < 0.12;
        const at =
          dueInstant(day, due.dueTime, timeZone, boundary).getTime() + (late ? 3 * 3_600_000 : random() * 2_400_000);
        recordDose(db, {
          id: newId(),
          medicationId: medication.id,
          day,
          dueTime: due.dueTime,
          status: skipped ? 'skipped' : 'taken',
          takenAt: skipped ? null : new Date(at).toISOString(),
          timeZone,
          amount: null,
          reason: skipped ? skipReasons[Math.floor(random() * skipReasons.length)]! : '',
        });
      }
    }
    if (day >= sertralineStart && random() < 0.04) {
      recordDose(db, {
        id: newId(),
        medicationId: 'demo-zopiclone',
        day,
        dueTime: null,
        status: 'taken',
        takenAt: dueInstant(day, '23:00', timeZone, boundary).toISOString(),
        timeZone,
        amount: null,
        reason: '',
      });
    }
  }

  insertSubstance(db, 'demo-alcohol', { name: 'Alcohol', kind: 'alcohol', unit: '', goal: { kind: 'free' } });
  const use = new Map<string, number>();
  for (const lapse of lapseDays) {
    for (let offset = -7; offset <= 7; offset++) {
      const day = addDays(lapse, offset);
      if (day >= start && day <= today && !use.has(day)) use.set(day, 0);
    }
  }
  for (const lapse of lapseDays) use.set(lapse, 4 + Math.round(random() * 8) / 2);
  const days = [...use].map(([day, amount]) => ({ day, amount }));
  for (let at = 0; at < days.length; at += 62)
    writeUseDays(db, { substanceId: 'demo-alcohol', days: days.slice(at, at + 62) });

  if (lapseDays[0]) {
    insertCareEvent(db, newId(), {
      kind: 'emergency-visit',
      day: addDays(lapseDays[0], 1),
      until: null,
      words: 'A&E, St Mary’s',
      notes: 'Checked over and sent home. Talked to the liaison nurse.',
    });
  }
  for (const monthsAgo of [12, 9, 6, 3]) {
    const day = addDays(addMonths(today, -monthsAgo), -45);
    if (day <= start) continue;
    insertCareEvent(db, newId(), {
      kind: monthsAgo === 9 ? 'appointment-missed' : 'appointment-kept',
      day,
      until: null,
      words: 'GP review, Dr Okafor',
      notes: '',
    });
  }
}
