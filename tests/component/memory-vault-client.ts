import { maxLockedCheckIns } from '../../shared/check-ins/locked-check-in';
import { defaultReminderPreferences } from '../../shared/reminders/reminder-preferences';
import { assemblePlan, type PlanDocument } from '../../shared/plan/plan-document';
import { blankSections } from '../../shared/plan/plan-sections';
import type { BackupFailure, VaultStatus } from '../../shared/vault/vault-status';
import { createOpenVaultHandlers, type VaultLifecycleChannel } from '../../electron/app/open-vault-handlers';
import type { Clock } from '../../electron/ports/clock';
import { migrateDatabase } from '../../electron/database/migrate';
import { createIpcRouter, type IpcHandlers } from '../../electron/ipc/ipc-router';
import { markPlanStarted, readPlan, replacePlan } from '../../electron/plan/plan-repository';
import type { OpenVault } from '../../electron/vault/open-vault';
import { contractClient, isAppOrigin } from '../support/contract-client';
import { memoryDatabase } from '../support/memory-database';

/** Component tests run on 20 November 2026 at noon in London. */
export const componentTestClock: Clock = {
  now: () => new Date('2026-11-20T12:00:00Z'),
  timeZone: () => 'Europe/London',
};

/** The status main answers for a vault in `state`, at a typical Linux path. */
export const vaultStatus = (state: VaultStatus['state']): VaultStatus => ({
  state,
  vaultPath: '/home/sam/.config/Waypoint/waypoint.vault',
  backupFolder: '/home/sam/.config/Waypoint/waypoint-backups',
  lockScreenSafetyPlanPath: '/home/sam/.config/Waypoint/safety-plan.json',
});

const notInComponentTests = () => {
  throw new Error('Component tests have no vault file to create, unlock or lock.');
};

/**
 * Main's real IPC router and handlers over a real, migrated database held in memory: component
 * tests see exactly what main answers, with no second implementation of the plan to drift.
 */
export async function memoryVaultClient(
  seed: {
    plan?: PlanDocument;
    startedOn?: string | null;
    /** What `vault.backupFailure` answers: a daily backup that failed. */
    backupFailure?: BackupFailure;
    /** Answers for the channels that need a vault file (a passphrase change), where a test needs one. */
    lifecycle?: Partial<Pick<IpcHandlers, VaultLifecycleChannel>>;
  } = {},
) {
  const db = memoryDatabase();
  db.exec('PRAGMA foreign_keys = ON');
  migrateDatabase(db);
  replacePlan(db, seed.plan ?? assemblePlan(blankSections(), []));
  const startedOn = seed.startedOn === undefined ? '2026-11-01' : seed.startedOn;
  if (startedOn) markPlanStarted(db, startedOn);

  const vault: OpenVault = { db, change: (work) => work(db), flush: () => Promise.resolve() };
  let ids = 0;
  // Reminder preferences live in a file beside the vault in the app; here, in memory.
  let reminders = defaultReminderPreferences;
  const router = createIpcRouter(
    {
      'vault.status': () => vaultStatus('unlocked'),
      'vault.create': notInComponentTests,
      'vault.unlock': notInComponentTests,
      'vault.lock': notInComponentTests,
      'vault.changePassphrase': notInComponentTests,
      'vault.backupFailure': () => seed.backupFailure ?? null,
      'vault.unlockWithRecoveryKey': notInComponentTests,
      'vault.restoreNewestBackup': notInComponentTests,
      'vault.chooseFile': notInComponentTests,
      'vault.openChosenFile': notInComponentTests,
      'vault.recoveryKey': () => ({ exists: false }),
      'vault.makeRecoveryKey': notInComponentTests,
      'vault.confirmRecoveryKey': notInComponentTests,
      'vault.cancelRecoveryKey': () => null,
      'vault.saveRecoveryKeyPage': notInComponentTests,
      'vault.recoveryKeyPage': notInComponentTests,
      'vault.removeRecoveryKey': notInComponentTests,
      'vault.backups': () => [],
      'vault.restoreBackup': notInComponentTests,
      'vault.removeBackup': notInComponentTests,
      'vault.resolveConflict': notInComponentTests,
      'vault.backupElsewhere': () => ({ folder: null, lastCopiedAt: null, problem: null }),
      'vault.chooseBackupElsewhere': notInComponentTests,
      'vault.stopBackupElsewhere': notInComponentTests,
      'session.activity': () => null,
      'session.readyToLock': () => null,
      'reminders.get': () => reminders,
      'reminders.update': (changes) => (reminders = { ...reminders, ...changes }),
      'lockScreen.safetyPlan': () => null,
      'lockScreen.safetyPlanChoice': () => ({ shown: reminders.safetyPlanOnLockScreen }),
      'lockScreen.chooseSafetyPlan': ({ shown }) => {
        reminders = { ...reminders, safetyPlanOnLockScreen: shown };
        return { shown };
      },
      // Checking in while locked is in the end-to-end tests (it needs the files beside a real vault).
      'lockedCheckIns.status': () => ({ available: false, waiting: 0, max: maxLockedCheckIns }),
      'lockedCheckIns.add': notInComponentTests,
      'lockedCheckIns.choice': () => ({ on: reminders.checkInWhileLocked }),
      'lockedCheckIns.choose': ({ on }) => {
        reminders = { ...reminders, checkInWhileLocked: on };
        return { on };
      },
      'lockedCheckIns.review': () => ({ pending: [], notices: [] }),
      'lockedCheckIns.decide': notInComponentTests,
      'lockedCheckIns.dismissNotices': () => ({ pending: [], notices: [] }),
      ...seed.lifecycle,
      ...createOpenVaultHandlers(vault, {
        newId: () => `id${++ids}`,
        clock: componentTestClock,
        host: {
          chooseSavePath: () => Promise.resolve(undefined),
          chooseOpenPath: () => Promise.resolve(undefined),
          printToPdf: () => Promise.reject(new Error('There is no print engine in component tests.')),
        },
        onSettingsChanged: () => {},
      }),
    },
    { isTrustedOrigin: isAppOrigin },
  );
  return { ...contractClient(router), db, current: () => readPlan(db) };
}

export type MemoryVaultClient = Awaited<ReturnType<typeof memoryVaultClient>>;
