import { z } from 'zod';
import { customMetricSchema } from '../metrics/custom-metric';
import { metricKey } from '../metrics/metric-key';
import { entryId } from '../plan/plan-text';
import { instantText } from '../check-ins/check-in';
import type { SkippedRow } from './daylio-export';
import { maxImportDoses } from './import-limits';
import type { ImportPreview } from './import-preview';
import type { PlannedCheckIn } from './import-plan';

/** The apps Waypoint reads check-ins from. */
export const importSources = ['daylio'] as const;
export type ImportSource = (typeof importSources)[number];

export const importSourceNames: Record<ImportSource, string> = { daylio: 'Daylio' };

/**
 * What an import added besides check-ins, each as it was created: removing the import removes
 * those still unchanged and used by nothing else.
 */
export const importCreationsSchema = z.strictObject({
  measures: z.array(z.strictObject({ key: metricKey, custom: customMetricSchema })).max(5000),
  planEntries: z
    .array(
      z.strictObject({
        id: entryId,
        list: z.enum(['copingStrategies', 'triggers']),
        data: z.record(z.string(), z.unknown()),
      }),
    )
    .max(5000),
  /**
   * The doses an activity chosen as a medication wrote, with the moment each was written as taken:
   * removing the import removes those still as written. Absent in records made before (none).
   */
  doses: z
    .array(z.strictObject({ id: entryId, takenAt: instantText }))
    .max(maxImportDoses)
    .default([]),
});
export type ImportCreations = z.infer<typeof importCreationsSchema>;

/** One import as the vault keeps it (and the JSON export writes it). */
export const importRecordSchema = z.strictObject({
  id: entryId,
  source: z.enum(importSources),
  /** The file's name, without its folder. */
  fileName: z.string().min(1).max(300),
  importedAt: instantText,
  /** The value each mood label was given. */
  moodValues: z.record(z.string().min(1).max(300), z.number().int().min(0).max(10)),
  created: importCreationsSchema,
});
export type ImportRecord = z.infer<typeof importRecordSchema>;

/** An import as Settings lists it. */
export interface ImportListing {
  id: string;
  source: ImportSource;
  fileName: string;
  importedAt: string;
  /** Check-ins from it still in the vault. */
  checkIns: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** What an import did. */
export interface ImportSummary {
  /** Null when nothing was added (so there is nothing to remove). */
  importId: string | null;
  added: number;
  alreadyPresent: number;
  /** Every row not imported, with its line and why. */
  skipped: SkippedRow[];
  /** Doses written as taken for activities chosen as a medication. */
  doses: number;
}

/** What removing an import took away. */
export interface RemovedImport {
  checkIns: number;
  /** The names of the measures and plan entries it had made that went with it. */
  measures: string[];
  planEntries: string[];
  /** The doses it wrote that went with it (those I changed since stay). */
  doses: number;
}

/** How one entry will look once imported, for the preview's sample: activities by the name they will have. */
export interface SampleCheckIn extends Pick<
  PlannedCheckIn,
  'line' | 'mood' | 'moodLabel' | 'measures' | 'coping' | 'triggers' | 'medications' | 'note'
> {
  day: string;
  /** The wall-clock time written, HH:MM. */
  time: string;
  /** Already in the vault from an earlier import: it will not be added again. */
  alreadyPresent: boolean;
}

/** The one line the CLI prints on success: plain numbers, so a script can read them. */
export function importSummaryLine(summary: Pick<ImportSummary, 'added' | 'alreadyPresent' | 'skipped'>): string {
  const checkIns = summary.added === 1 ? 'check-in' : 'check-ins';
  return `Imported ${summary.added} ${checkIns} (${summary.alreadyPresent} already present, ${summary.skipped.length} skipped).`;
}

/** A plan entry an activity can become, by id and title. */
export interface PlanEntryChoice {
  id: string;
  title: string;
}

/** A file chosen for import, read and previewed in main; nothing is written yet. */
export interface ChosenImportFile {
  fileName: string;
  preview: ImportPreview;
  /** The value each label was given at an earlier import, offered again. */
  rememberedMoods: Record<string, number>;
  /** This computer's zone, the default for when the entries were written. */
  timeZone: string;
  /** What an activity can become besides a new entry. */
  copingStrategies: PlanEntryChoice[];
  triggers: PlanEntryChoice[];
  /** The medications of my list taken at set times, which an activity can mean I took. */
  medications: PlanEntryChoice[];
}
