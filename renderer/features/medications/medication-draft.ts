import type { z } from 'zod';
import type {
  DoseSchedule,
  Medication,
  MedicationDetails,
  MedicationVersion,
} from '../../../shared/medications/medication';

/** A medication form as typed: numbers as the text in their fields, so nothing typed is lost. */
export interface MedicationDraft {
  name: string;
  strength: string;
  purpose: string;
  /** A care-team entry's id, or '' for nobody chosen. */
  prescriberId: string;
  notes: string;
  trackStock: boolean;
  stockCount: string;
  refillAt: string;
  hiddenFromCharts: boolean;
}

/** How a medication is taken, as typed. */
export interface VersionDraft {
  from: string | null;
  dose: string;
  unit: string;
  kind: DoseSchedule['kind'];
  times: string[];
  weekdays: number[];
  hoursBetween: string;
  maxPer24Hours: string;
}

export const blankMedication: MedicationDraft = {
  name: '',
  strength: '',
  purpose: '',
  prescriberId: '',
  notes: '',
  trackStock: false,
  stockCount: '',
  refillAt: '',
  hiddenFromCharts: false,
};

export const blankVersion = (from: string | null): VersionDraft => ({
  from,
  dose: '1',
  unit: 'tablet',
  kind: 'scheduled',
  times: ['08:00'],
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  hoursBetween: '4',
  maxPer24Hours: '4',
});

/** A typed number: blank or not a number is NaN, which the schema refuses with its own words. */
const typedNumber = (typed: string) => (typed.trim() === '' ? Number.NaN : Number(typed.replace(',', '.')));

export function detailsFromDraft(draft: MedicationDraft): MedicationDetails {
  return {
    name: draft.name.trim(),
    strength: draft.strength.trim(),
    purpose: draft.purpose.trim(),
    prescriberId: draft.prescriberId === '' ? null : draft.prescriberId,
    notes: draft.notes,
    stock: draft.trackStock ? { count: typedNumber(draft.stockCount), refillAt: typedNumber(draft.refillAt) } : null,
    hiddenFromCharts: draft.hiddenFromCharts,
  };
}

export function versionFromDraft(draft: VersionDraft): MedicationVersion {
  const schedule: DoseSchedule =
    draft.kind === 'scheduled'
      ? { kind: 'scheduled', times: [...draft.times].sort(), weekdays: [...draft.weekdays].sort((a, b) => a - b) }
      : {
          kind: 'as-needed',
          minMinutesBetween: Math.round(typedNumber(draft.hoursBetween) * 60),
          maxPer24Hours: typedNumber(draft.maxPer24Hours),
        };
  return { from: draft.from ?? '', dose: typedNumber(draft.dose), unit: draft.unit.trim(), schedule };
}

export const draftFromMedication = (medication: Medication): MedicationDraft => ({
  name: medication.name,
  strength: medication.strength,
  purpose: medication.purpose,
  prescriberId: medication.prescriberId ?? '',
  notes: medication.notes,
  trackStock: medication.stock !== null,
  stockCount: medication.stock ? String(medication.stock.count) : '',
  refillAt: medication.stock ? String(medication.stock.refillAt) : '',
  hiddenFromCharts: medication.hiddenFromCharts,
});

export function draftFromVersion(version: MedicationVersion, from: string | null): VersionDraft {
  const schedule = version.schedule;
  return {
    ...blankVersion(from),
    dose: String(version.dose),
    unit: version.unit,
    kind: schedule.kind,
    ...(schedule.kind === 'scheduled'
      ? { times: schedule.times, weekdays: schedule.weekdays }
      : { hoursBetween: String(schedule.minMinutesBetween / 60), maxPer24Hours: String(schedule.maxPer24Hours) }),
  };
}

/** The fields of both drafts, which is where a problem is shown. */
export type DraftField = keyof MedicationDraft | keyof VersionDraft;

/** The form field of a problem inside the schedule or the stock, by its key there. */
const nestedFields: Partial<Record<string, DraftField>> = {
  minMinutesBetween: 'hoursBetween',
  maxPer24Hours: 'maxPer24Hours',
  weekdays: 'weekdays',
  times: 'times',
  count: 'stockCount',
  refillAt: 'refillAt',
};
const defaultNested = { schedule: 'times', stock: 'stockCount' } as const;

/**
 * The field each of a schema's problems belongs to (the first problem per field), from paths such
 * as `details.name`, `first.schedule.times` or `version.from`.
 */
export function problemsByField(error: z.ZodError): Partial<Record<DraftField, string>> {
  const byField: Partial<Record<DraftField, string>> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).filter((part) => part !== 'details' && part !== 'first' && part !== 'version');
    const [head, next] = path;
    const field: DraftField =
      head === 'schedule' || head === 'stock'
        ? (nestedFields[next ?? ''] ?? defaultNested[head])
        : ((head ?? 'name') as DraftField);
    byField[field] ??= issue.message;
  }
  return byField;
}
