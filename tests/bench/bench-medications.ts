// The bench's vaults take ten medications, as a person on several treatments would have: the demo's
// three, and more taken twice a day for as many years as its check-ins, with a dose written for
// nearly every one, so Today and the medication screens are timed on a full doses table.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../shared/dates/calendar-date';
import type { WritableDatabase } from '../../electron/database/sqlite';
import { insertMedication, readMedications, recordDose } from '../../electron/medications/medication-repository';

const names = ['Lithium', 'Quetiapine', 'Lamotrigine', 'Omeprazole', 'Metformin', 'Atorvastatin', 'Levothyroxine'];

/** Adds medications until the vault has `total`, each with `years` of doses at 08:00 and 20:00 (1 in 20 skipped). */
export function fillBenchMedications(db: WritableDatabase, total: number, years: number, today: string): number {
  const start = addDays(today, -Math.round(years * 365.25));
  let doses = 0;
  for (const [index, name] of names.slice(0, Math.max(0, total - readMedications(db).length)).entries()) {
    const id = randomUUID();
    insertMedication(
      db,
      id,
      {
        name,
        strength: '',
        purpose: '',
        prescriberId: null,
        notes: '',
        stock: { count: 60, refillAt: 7 },
        hiddenFromCharts: false,
      },
      {
        from: start,
        dose: 100,
        unit: 'mg',
        schedule: { kind: 'scheduled', times: ['08:00', '20:00'], weekdays: [1, 2, 3, 4, 5, 6, 7] },
      },
      `${start}T09:00:00.000Z`,
    );
    for (let day = start, n = 0; day < today; day = addDays(day, 1), n++) {
      for (const time of ['08:00', '20:00']) {
        const skipped = (n + index) % 20 === 0 && time === '20:00';
        recordDose(db, {
          id: randomUUID(),
          medicationId: id,
          day,
          dueTime: time,
          status: skipped ? 'skipped' : 'taken',
          takenAt: skipped ? null : `${day}T${time}:00.000Z`,
          timeZone: skipped ? null : 'Europe/London',
          amount: null,
          reason: '',
        });
        doses++;
      }
    }
  }
  return doses;
}
