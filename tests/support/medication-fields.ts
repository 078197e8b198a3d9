import type { MedicationDetails, MedicationVersion } from '../../shared/medications/medication';

/** A medication's details with only its name given; the rest empty unless the test says. */
export const medicationDetails = (name: string, fields: Partial<MedicationDetails> = {}): MedicationDetails => ({
  name,
  strength: '',
  purpose: '',
  prescriberId: null,
  notes: '',
  stock: null,
  hiddenFromCharts: false,
  ...fields,
});

/** A dose taken every day at `times`, from `from`. */
export const dailyVersion = (from: string, dose: number, times = ['08:00']): MedicationVersion => ({
  from,
  dose,
  unit: 'mg',
  schedule: { kind: 'scheduled', times, weekdays: [1, 2, 3, 4, 5, 6, 7] },
});
