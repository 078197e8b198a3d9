import { z } from 'zod';
import { instantText } from '../../../shared/check-ins/check-in';
import { earliestDate, latestDate } from '../../../shared/dates/calendar-date';
import {
  doseRecordSchema,
  medicationDetailsSchema,
  medicationVersionSchema,
} from '../../../shared/medications/medication';
import { sideEffectSchema } from '../../../shared/medications/medication-requests';
import { calendarDate, entryId } from '../../../shared/plan/plan-text';
import {
  changeMedication,
  insertMedication,
  readDoses,
  readMedications,
  readSideEffects,
  readVersionsRecordedAt,
  readWrittenStock,
  writeWrittenStock,
  recordDose,
  stopMedication,
  versionKey,
  writeSideEffect,
} from '../../medications/medication-repository';
import type { ReadableDatabase } from '../../database/sqlite';
import { exportSection } from '../export-section';
import { findRepeats, missingReference } from './section-checks';

/** A version as the vault keeps it: how it is taken from a day on, and when that was written. */
const exportedVersionSchema = medicationVersionSchema.extend({ recordedAt: instantText });

/** A medication with its whole history; the rules are those the medication list keeps when it writes. */
const exportedMedicationSchema = medicationDetailsSchema
  .extend({
    id: entryId,
    /** The first version's `from`, written for readers. */
    startedOn: calendarDate,
    stoppedOn: calendarDate.nullable(),
    /** The supply as I counted it and when: the doses taken since count it down. */
    stock: medicationDetailsSchema.shape.stock.unwrap().extend({ countedAt: instantText }).nullable(),
    versions: z.array(exportedVersionSchema).min(1, 'A medication has at least one version.').max(10_000),
  })
  .superRefine(({ startedOn, stoppedOn, versions }, context) => {
    if (versions[0] && versions[0].from !== startedOn) {
      context.addIssue({
        code: 'custom',
        path: ['startedOn'],
        message: `A medication starts on its first version’s day (${versions[0].from}).`,
      });
    }
    versions.forEach((version, index) => {
      if (index > 0 && version.from <= versions[index - 1]!.from) {
        context.addIssue({
          code: 'custom',
          path: ['versions', index, 'from'],
          message: 'Versions are in date order, at most one a day.',
        });
      }
    });
    const last = versions.at(-1);
    if (stoppedOn !== null && last && stoppedOn <= last.from) {
      context.addIssue({
        code: 'custom',
        path: ['stoppedOn'],
        message: `A medication stops after its last change (${last.from}).`,
      });
    }
  });

const medicationsExportSchema = z
  .strictObject({
    /** In the order of my list. */
    list: z.array(exportedMedicationSchema).max(1_000),
    doses: z.array(doseRecordSchema).max(1_000_000),
    sideEffects: z.array(sideEffectSchema).max(100_000),
  })
  .superRefine(({ list, doses, sideEffects }, context) => {
    const medications = new Set(list.map((medication) => medication.id));
    findRepeats(context, list, (medication) => medication.id, ['list'], 'id', 'Two medications have the same id.');
    findRepeats(context, doses, (dose) => dose.id, ['doses'], 'id', 'Two doses have the same id.');
    findRepeats(
      context,
      doses,
      // An as-needed dose may be taken many times a day.
      (dose) => (dose.dueTime === null ? null : `${dose.medicationId} ${dose.day} ${dose.dueTime}`),
      ['doses'],
      'dueTime',
      'A scheduled dose is written once: another dose of this medication has this day and due time.',
    );
    findRepeats(
      context,
      sideEffects,
      (sideEffect) => `${sideEffect.medicationId} ${sideEffect.day}`,
      ['sideEffects'],
      'day',
      'A side effect is noted once a day per medication.',
    );
    for (const [key, records] of [
      ['doses', doses],
      ['sideEffects', sideEffects],
    ] as const) {
      records.forEach((record, index) => {
        if (!medications.has(record.medicationId)) {
          missingReference(
            context,
            [key, index, 'medicationId'],
            'a medication',
            record.medicationId,
            'medications.list',
          );
        }
      });
    }
  });

type MedicationsExport = z.infer<typeof medicationsExportSchema>;

/** Every medication with its versions and stop, every dose taken or skipped, every side effect noted. */
function readMedicationsExport(db: ReadableDatabase): MedicationsExport {
  const medications = readMedications(db);
  const recordedAt = readVersionsRecordedAt(db);
  const written = readWrittenStock(db);
  const order = new Map(medications.map((medication, index) => [medication.id, index]));
  return {
    list: medications.map((medication) => ({
      ...medication,
      stock: medication.stock && { refillAt: medication.stock.refillAt, ...written.get(medication.id)! },
      versions: medication.versions.map((version) => ({
        ...version,
        recordedAt: recordedAt.get(versionKey(medication.id, version.from))!,
      })),
    })),
    doses: readDoses(db, earliestDate, latestDate),
    // Oldest first, then in the order of the list: (medication, day) is the table's key.
    sideEffects: readSideEffects(db, earliestDate, latestDate).sort(
      (a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || order.get(a.medicationId)! - order.get(b.medicationId)!,
    ),
  };
}

/** Moments are written as main writes them (ISO 8601 with milliseconds), whatever the file's form. */
const asStored = (instant: string): string => new Date(instant).toISOString();

/**
 * Medications, their doses and side effects (docs/export-format.md). On import each medication is
 * written as the list writes it: its first version, each change after it, then its stop.
 */
export const medicationsExportSection = exportSection({
  key: 'medications',
  schema: medicationsExportSchema,
  read: readMedicationsExport,
  write: (db, { list, doses, sideEffects }) => {
    for (const { id, startedOn: _first, stoppedOn, versions, stock, ...details } of list) {
      const [first, ...changes] = versions.map(({ recordedAt, ...version }) => ({ version, at: asStored(recordedAt) }));
      const counted = stock && { count: stock.count, refillAt: stock.refillAt };
      insertMedication(db, id, { ...details, stock: counted }, first!.version, first!.at);
      if (stock) writeWrittenStock(db, id, { count: stock.count, countedAt: asStored(stock.countedAt) });
      for (const change of changes) changeMedication(db, id, change.version, change.at);
      if (stoppedOn !== null) stopMedication(db, id, stoppedOn);
    }
    for (const dose of doses)
      recordDose(db, { ...dose, takenAt: dose.takenAt === null ? null : asStored(dose.takenAt) });
    for (const sideEffect of sideEffects) writeSideEffect(db, sideEffect);
  },
});
