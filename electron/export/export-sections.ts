import type { ExportSection } from './export-section';
import { planExportSection } from './sections/plan-section';
import { settingsExportSection } from './sections/settings-section';

/**
 * Every section of the export, in document order. A feature that adds tables adds its section
 * here; the document, its schema, import and the CLI pick it up from this list.
 */
export const exportSections: readonly ExportSection<unknown>[] = [settingsExportSection, planExportSection];
