import type { ReactNode } from 'react';
import type { VaultStatus } from '../../../shared/vault/vault-status';
import { LockScreenSafetyPlanSetting } from './lock-screen-safety-plan-setting';
import { LockedCheckInSetting } from './locked-check-in-setting';
import { PageHeading } from '../../components/page-heading';
import { AutoLockSetting, DayBoundarySetting } from './setting-choices';

/**
 * Settings, in the order a person looks for them. Sections owned by other features come from app/:
 * reminders, the vault's keys and files, and check-ins imported from another app.
 */
export function SettingsScreen({
  status,
  reminders,
  keys,
  files,
  imports,
}: {
  status: VaultStatus;
  reminders: ReactNode;
  keys: ReactNode;
  files: ReactNode;
  imports: ReactNode;
}) {
  return (
    <>
      <PageHeading description="How Waypoint keeps your vault safe, how it counts your days, and when it reminds you.">
        Settings
      </PageHeading>
      <AutoLockSetting />
      <DayBoundarySetting />
      {reminders}
      <LockScreenSafetyPlanSetting filePath={status.lockScreenSafetyPlanPath} />
      <LockedCheckInSetting />
      {keys}
      {files}
      {imports}
    </>
  );
}
