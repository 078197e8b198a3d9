import type { ExportSection } from './export-section';
import { careEventsExportSection } from './sections/care-events-section';
import { checkInsExportSection } from './sections/check-ins-section';
import { importsExportSection } from './sections/imports-section';
import { medicationsExportSection } from './sections/medications-section';
import { metricsExportSection } from './sections/metrics-section';
import { milestonesExportSection } from './sections/milestones-section';
import { planExportSection } from './sections/plan-section';
import { questionnairesExportSection } from './sections/questionnaires-section';
import { settingsExportSection } from './sections/settings-section';
import { substancesExportSection } from './sections/substances-section';

/**
 * Every section of the export, in document order. A feature that adds tables adds its section
 * here; the document, its schema, import and the CLI pick it up from this list.
 */
export const exportSections: readonly ExportSection<unknown>[] = [
  settingsExportSection,
  planExportSection,
  metricsExportSection,
  importsExportSection,
  checkInsExportSection,
  milestonesExportSection,
  questionnairesExportSection,
  medicationsExportSection,
  substancesExportSection,
  careEventsExportSection,
];
