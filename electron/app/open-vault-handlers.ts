import type { InvokeChannel } from '../../shared/ipc/channel-names';
import { createCheckInImportHandlers, type CheckInImportDependencies } from '../check-in-import/import-handlers';
import { createCheckInHandlers } from '../check-ins/check-in-handlers';
import type { Clock } from '../ports/clock';
import type { IpcHandlers } from '../ipc/ipc-router';
import { createDraftHandlers } from '../drafts/draft-handlers';
import { createMetricHandlers } from '../metrics/metric-handlers';
import { createMilestoneHandlers } from '../milestones/milestone-handlers';
import { createPdfExportHandlers, type PdfExportDependencies } from '../pdf-export/pdf-export-handlers';
import { createPlanHandlers } from '../plan/plan-handlers';
import { createProgressHandlers } from '../progress/progress-handlers';
import { createQuestionnaireHandlers } from '../questionnaires/questionnaire-handlers';
import { createMedicationHandlers } from '../medications/medication-handlers';
import { createCareEventHandlers } from '../care-events/care-event-handlers';
import { createSubstanceUseHandlers } from '../substance-use/substance-use-handlers';
import { createSettingsHandlers, type SettingsDependencies } from '../settings/settings-handlers';
import type { OpenVault } from '../vault/open-vault';

/**
 * The channels that open, lock and watch the vault itself, the reminders and the lock screen (which work while it
 * is locked); every other channel needs it unlocked.
 */
export type VaultLifecycleChannel = Extract<
  InvokeChannel,
  `vault.${string}` | `reminders.${string}` | `lockScreen.${string}` | `lockedCheckIns.${string}` | `session.${string}`
>;
export type OpenVaultChannel = Exclude<InvokeChannel, VaultLifecycleChannel>;
export type OpenVaultHandlers = Pick<IpcHandlers, OpenVaultChannel>;

export interface OpenVaultDependencies extends SettingsDependencies {
  newId(): string;
  clock: Clock;
  host: PdfExportDependencies['host'] & CheckInImportDependencies['host'];
}

/**
 * Every domain's handlers over one unlocked vault. Made when the vault unlocks and dropped when
 * it locks, so what they keep between calls (undo copies, PDFs waiting to print) goes with them.
 */
export function createOpenVaultHandlers(vault: OpenVault, dependencies: OpenVaultDependencies): OpenVaultHandlers {
  return {
    ...createSettingsHandlers(vault, dependencies),
    ...createPlanHandlers(vault, dependencies),
    ...createCheckInHandlers(vault, dependencies),
    ...createMetricHandlers(vault, dependencies),
    ...createProgressHandlers(vault),
    ...createMilestoneHandlers(vault, dependencies),
    ...createQuestionnaireHandlers(vault, dependencies),
    ...createMedicationHandlers(vault, dependencies),
    ...createSubstanceUseHandlers(vault, dependencies),
    ...createCareEventHandlers(vault, dependencies),
    ...createDraftHandlers(vault, dependencies),
    ...createPdfExportHandlers(vault, dependencies),
    ...createCheckInImportHandlers(vault, dependencies),
  };
}
