import { settingsSchema } from '../../../shared/settings/settings';
import { readSettings, writeSettings } from '../../settings/settings-repository';
import { exportSection } from '../export-section';

export const settingsExportSection = exportSection({
  key: 'settings',
  // An export from an older Waypoint lacks settings added since (paperSize): they take their defaults.
  schema: settingsSchema.partial(),
  read: readSettings,
  write: (db, value) => void writeSettings(db, value),
});
