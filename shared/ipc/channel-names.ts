/**
 * The names of every channel in the contract. Kept apart from the schemas so the preload can
 * bundle it without pulling in zod (a sandboxed preload cannot require packages).
 */
export const invokeChannels = [
  'vault.status',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.changePassphrase',
  'vault.backupFailure',
  'vault.unlockWithRecoveryKey',
  'vault.restoreNewestBackup',
  'vault.chooseFile',
  'vault.openChosenFile',
  'vault.recoveryKey',
  'vault.makeRecoveryKey',
  'vault.confirmRecoveryKey',
  'vault.cancelRecoveryKey',
  'vault.saveRecoveryKeyPage',
  'vault.recoveryKeyPage',
  'vault.removeRecoveryKey',
  'vault.backups',
  'vault.restoreBackup',
  'vault.backupElsewhere',
  'vault.chooseBackupElsewhere',
  'vault.stopBackupElsewhere',
  'settings.get',
  'settings.update',
  'session.activity',
  'reminders.get',
  'reminders.update',
  'lockScreen.safetyPlan',
  'plan.get',
  'plan.start',
  'plan.updateSection',
  'plan.addEntry',
  'plan.updateEntry',
  'plan.moveEntry',
  'plan.deleteEntry',
  'plan.undoDelete',
  'plan.restoreArchived',
  'plan.recordReview',
  'plan.compare',
  'checkIns.list',
  'checkIns.add',
  'checkIns.update',
  'checkIns.delete',
  'checkIns.undoDelete',
  'metrics.list',
  'metrics.setEnabled',
  'metrics.addCustom',
  'metrics.updateCustom',
  'metrics.deleteCustom',
  'progress.get',
  'progress.calendar',
  'milestones.get',
  'milestones.add',
  'milestones.update',
  'milestones.delete',
  'milestones.mark',
  'drafts.list',
  'drafts.keep',
  'drafts.drop',
  'pdfExport.preview',
  'pdfExport.printJob',
  'pdfExport.save',
  'pdfExport.pages',
  'pdfExport.rememberedChoices',
  'pdfExport.rememberChoices',
] as const;

export type InvokeChannel = (typeof invokeChannels)[number];

/** Events main sends to the renderer. */
export const eventChannels = ['vault.locked', 'vault.saved', 'vault.saveFailed', 'reminders.opened'] as const;

export type EventChannel = (typeof eventChannels)[number];

/** The prefix main registers channels under, so no other ipcMain user can collide with ours. */
export const ipcChannelPrefix = 'waypoint:';
