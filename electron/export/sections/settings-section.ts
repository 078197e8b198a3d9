import { settingsSchema } from '../../../shared/settings/settings';
import { readSettings, writeSettings } from '../../database/settings-repository';
import { exportSection } from '../export-section';

export const settingsExportSection = exportSection({
  key: 'settings',
  schema: settingsSchema,
  read: readSettings,
  write: (db, value) => void writeSettings(db, value),
});
