import { z } from 'zod';
import { checkInSchema } from '../../../shared/check-ins/check-in';
import { metricValuesProblem } from '../../../shared/metrics/custom-metric';
import { insertCheckIn, readAllCheckIns } from '../../check-ins/check-in-repository';
import { readTrackedMetrics } from '../../metrics/metric-repository';
import { readSettings } from '../../settings/settings-repository';
import { ExportDocumentError } from '../export-document-error';
import { exportSection } from '../export-section';

const checkInsExportSchema = z
  .array(checkInSchema)
  .max(500_000)
  .refine((checkIns) => new Set(checkIns.map((checkIn) => checkIn.id)).size === checkIns.length, {
    message: 'Two check-ins have the same id.',
  });

/**
 * Every check-in, oldest first. `day` is written for readers of the file; on import it is worked
 * out again from `at`, `timeZone` and the imported day boundary, so it can never disagree.
 */
export const checkInsExportSection = exportSection({
  key: 'checkins',
  schema: checkInsExportSchema,
  read: readAllCheckIns,
  write: (db, checkIns) => {
    const metrics = readTrackedMetrics(db);
    const boundary = readSettings(db).dayBoundaryMinutes;
    for (const { id, day: _day, ...fields } of checkIns) {
      const problem = metricValuesProblem(metrics, fields.values);
      if (problem) throw new ExportDocumentError('invalid', `Check-in ${id}: ${problem}`);
      insertCheckIn(db, id, fields, boundary);
    }
  },
});
