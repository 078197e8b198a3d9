import { z } from 'zod';
import { metricSettingSchema } from '../../../shared/metrics/custom-metric';
import { readMetricSettings, replaceMetricSettings } from '../../metrics/metric-repository';
import { exportSection } from '../export-section';

const metricsExportSchema = z
  .array(metricSettingSchema)
  .max(200)
  .refine((settings) => new Set(settings.map((setting) => setting.key)).size === settings.length, {
    message: 'Two measures have the same key.',
  });

/** Which measures check-ins ask for, in order, with the definitions of the person's own. */
export const metricsExportSection = exportSection({
  key: 'metrics',
  schema: metricsExportSchema,
  read: readMetricSettings,
  write: replaceMetricSettings,
});
