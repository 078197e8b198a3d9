import type { InvokeChannel } from '../../shared/ipc/channel-names';
import type { IpcHandlers } from '../ipc/ipc-router';
import type { ReminderPreferencesStore } from '../reminders/reminder-preferences-store';
import { forgetLegacyLockScreenChoice, legacyLockScreenChoice } from '../settings/settings-repository';
import type { VaultLifecycle, VaultWatcher } from '../vault/vault-lifecycle';
import type { VaultSession } from '../vault/vault-session';
import { LockScreenSafetyPlan } from './lock-screen-safety-plan';

export type LockScreenChannel = Extract<InvokeChannel, `lockScreen.${string}`>;

export interface LockScreenDependencies {
  vault: Pick<VaultLifecycle, 'vaultPath' | 'session' | 'unlocked'>;
  /** preferences.json, where the choice is kept: readable while the vault is locked. */
  preferences: ReminderPreferencesStore;
  log?(message: string, error?: unknown): void;
}

/**
 * Opt-in: the safety plan's text beside the vault, for the lock screen, and the `lockScreen.*`
 * channels. The copy is kept in step at every save, and deleted at once when the choice is
 * turned off.
 */
export function createLockScreen({ vault, preferences, log }: LockScreenDependencies) {
  const lockScreenPlan = new LockScreenSafetyPlan(vault.vaultPath, log);

  /** Brings the lock screen's copy in line with the open vault and the choice, when both are known. */
  const syncLockScreenPlan = (session: VaultSession, { checkDisk = false } = {}): Promise<void> =>
    preferences.latest().then((current) => {
      if (vault.session === session) {
        lockScreenPlan.sync(session.db, current.safetyPlanOnLockScreen, { checkDisk });
      }
    });

  const handlers: Pick<IpcHandlers, LockScreenChannel> = {
    'lockScreen.safetyPlan': async () => {
      const { safetyPlanOnLockScreen } = await preferences.latest();
      await lockScreenPlan.settled();
      // A copy left there while the choice is off (planted, or from a failed delete) is never shown.
      return safetyPlanOnLockScreen ? lockScreenPlan.read() : null;
    },
    'lockScreen.safetyPlanChoice': async () => ({ shown: (await preferences.latest()).safetyPlanOnLockScreen }),
    'lockScreen.chooseSafetyPlan': async ({ shown }) => {
      const session = vault.unlocked();
      await preferences.update(() => ({ safetyPlanOnLockScreen: shown }));
      // On disk before the answer: the copy is written, or gone, whatever the vault's saves do.
      if (shown) await syncLockScreenPlan(session);
      else await lockScreenPlan.remove();
      await lockScreenPlan.settled();
      return { shown };
    },
  };

  const watcher: VaultWatcher = {
    opened: (session) => {
      // A vault from before the choice moved beside it brings its choice along, once.
      const legacyChoice = legacyLockScreenChoice(session.db);
      if (legacyChoice !== undefined) {
        session.change(forgetLegacyLockScreenChoice);
        void preferences.update(async () =>
          (await preferences.isStored('safetyPlanOnLockScreen')) ? {} : { safetyPlanOnLockScreen: legacyChoice },
        );
      }
      // The copy on disk is checked, not trusted: another program may have changed or planted it.
      void syncLockScreenPlan(session, { checkDisk: true });
    },
    saved: (session) => void syncLockScreenPlan(session),
    replaced: (session) => void syncLockScreenPlan(session),
    locked: () => lockScreenPlan.settled(),
  };

  return { handlers, watcher };
}
