import type { VaultStatus } from '../../../shared/vault/vault-status';
import { LockScreenSafetyPlanSetting } from './lock-screen-safety-plan-setting';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useIpcQuery } from '../../lib/use-ipc-query';
import { AutoLockSetting, DayBoundarySetting } from './setting-choices';
import { ChangePassphraseForm } from './change-passphrase-form';
import { ReminderSettings } from '../reminders/reminder-settings';

const backupTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A daily backup that could not be made: when and why, until one is made. */
function BackupProblem() {
  const failure = useIpcQuery('vault.backupFailure', {}).data;
  if (!failure) return null;
  return (
    <Notice tone="warning" title="My latest daily backup could not be made.">
      <p>
        On {backupTime.format(new Date(failure.at))}, Waypoint could not make today’s backup copy because{' '}
        {failure.reason}. My vault itself is saved. Waypoint tries again each time it saves my changes.
      </p>
    </Notice>
  );
}

export function SettingsScreen({ status }: { status: VaultStatus }) {
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
      <section className="card" aria-labelledby="vault-location-title">
        <h2 id="vault-location-title">Where your data lives</h2>
        <dl className="facts">
          <dt>Vault file</dt>
          <dd>
            <code>{status.vaultPath}</code>
          </dd>
          <dt>Daily backups (encrypted)</dt>
          <dd>
            <code>{status.backupFolder}</code>
          </dd>
        </dl>
        <BackupProblem />
      </section>
    </>
  );
}
