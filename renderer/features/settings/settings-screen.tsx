import type { ReactNode } from 'react';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { LockScreenSafetyPlanSetting } from './lock-screen-safety-plan-setting';
import { PageHeading } from '../../components/page-heading';
import { AutoLockSetting, DayBoundarySetting } from './setting-choices';
import { ChangePassphraseForm } from './change-passphrase-form';
import { ReminderSettings } from '../reminders/reminder-settings';
import { RecoveryKeySetting } from './recovery-key-setting';
import { BackupsSetting } from './backups-setting';
import { BackupElsewhereSetting } from './backup-elsewhere-setting';

export function SettingsScreen({
  status,
  onRestored,
  imports,
}: {
  status: VaultStatus;
  onRestored(message: string): void;
  /** Check-ins from another app (its own feature). */
  imports?: ReactNode;
}) {
  return (
    <>
      <PageHeading description="How Waypoint keeps your vault safe, how it counts your days, and when it reminds you.">
        Settings
      </PageHeading>
      <AutoLockSetting />
      <DayBoundarySetting />
      <ReminderSettings />
      <LockScreenSafetyPlanSetting filePath={status.lockScreenSafetyPlanPath} />
      <ChangePassphraseForm />
      <RecoveryKeySetting />
      <section className="card" aria-labelledby="vault-location-title">
        <h2 id="vault-location-title">Where your data lives</h2>
        <dl className="facts">
          <dt>Vault file</dt>
          <dd>
            <code>{status.vaultPath}</code>
          </dd>
        </dl>
      </section>
      <BackupsSetting status={status} onRestored={onRestored} />
      <BackupElsewhereSetting />
      {imports}
    </>
  );
}
