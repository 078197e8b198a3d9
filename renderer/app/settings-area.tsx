import type { VaultStatus } from '../../shared/vault/vault-status';
import { ImportsSetting } from '../features/check-in-import/imports-setting';
import { ReminderSettings } from '../features/reminders/reminder-settings';
import { SettingsScreen } from '../features/settings/settings-screen';
import { VaultFileSettings, VaultKeySettings } from '../features/vault/vault-settings';

/** Settings with the sections other features own: reminders, the vault's keys and files, imports. */
export function SettingsArea({ status, onRestored }: { status: VaultStatus; onRestored(message: string): void }) {
  return (
    <SettingsScreen
      status={status}
      reminders={<ReminderSettings />}
      keys={<VaultKeySettings />}
      files={<VaultFileSettings status={status} onRestored={onRestored} />}
      imports={<ImportsSetting />}
    />
  );
}
