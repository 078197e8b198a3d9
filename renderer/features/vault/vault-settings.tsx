import type { VaultStatus } from '../../../shared/vault/vault-status';
import { BackupElsewhereSetting } from './backup-elsewhere-setting';
import { BackupsSetting } from './backups-setting';
import { ChangePassphraseForm } from './change-passphrase-form';
import { RecoveryKeySetting } from './recovery-key-setting';

/** Settings → what opens my vault: the passphrase and the recovery key. */
export function VaultKeySettings() {
  return (
    <>
      <ChangePassphraseForm />
      <RecoveryKeySetting />
    </>
  );
}

/** Settings → where my vault lives, its daily backups and the copy kept elsewhere. */
export function VaultFileSettings({ status, onRestored }: { status: VaultStatus; onRestored(message: string): void }) {
  return (
    <>
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
    </>
  );
}
