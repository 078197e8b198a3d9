import { useState } from 'react';
import type { BackupSummary, VaultStatus } from '../../../shared/vault/vault-status';
import { ConfirmPanel } from '../../components/confirm-panel';
import { Notice } from '../../components/notice';
import { useBackupFailure, useBackups, useRemoveBackup, useRestoreBackup } from './api';
import { formatMoment } from '../../lib/format-date';

const madeOn = (backup: BackupSummary) => (backup.madeAt ? formatMoment(backup.madeAt) : 'an unknown date');

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A daily backup that could not be made: when and why, until one is made. */
function BackupProblem() {
  const failure = useBackupFailure().data;
  if (!failure) return null;
  return (
    <Notice tone="warning" title="My latest daily backup could not be made.">
      <p>
        On {formatMoment(failure.at)}, Waypoint could not make today’s backup copy because {failure.reason}. My vault
        itself is saved. Waypoint tries again each time it saves my changes.
      </p>
    </Notice>
  );
}

/**
 * Settings → Backups: the daily copies beside the vault, what each holds, and "Restore this
 * version", which first keeps the vault as it is now as a backup.
 */
export function BackupsSetting({ status, onRestored }: { status: VaultStatus; onRestored(message: string): void }) {
  const removeBackup = useRemoveBackup();
  const restoreBackup = useRestoreBackup();
  const backups = useBackups();
  const [asking, setAsking] = useState<{ backup: BackupSummary; action: 'restore' | 'remove' }>();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();
  const [removed, setRemoved] = useState<string>();

  function ask(backup: BackupSummary, action: 'restore' | 'remove'): void {
    setError(undefined);
    setRemoved(undefined);
    setAsking({ backup, action });
  }

  async function remove(backup: BackupSummary): Promise<void> {
    setWorking(true);
    const result = await removeBackup.run({ name: backup.name });
    setWorking(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setAsking(undefined);
    setRemoved(`The backup from ${madeOn(backup)} is removed.`);
  }

  async function restore(backup: BackupSummary): Promise<void> {
    setWorking(true);
    const result = await restoreBackup.run({ name: backup.name });
    setWorking(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onRestored(
      `My vault is back as it was on ${madeOn(backup)}. The version from just before is kept as a backup, so I can go back to it from Settings → Backups.`,
    );
  }

  const list = backups.data;
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
      <p>
        Waypoint keeps an encrypted copy of my vault once a day, when I unlock it, and the last 7 of them. They open
        with my passphrase. They are in <code>{status.backupFolder}</code>.
      </p>
      <BackupProblem />
      {backups.error && <Notice tone="error">{backups.error.message}</Notice>}
      {list && list.length === 0 && (
        <p className="empty-state">No backups yet: the first is made the next time I unlock.</p>
      )}
      {list && list.length > 0 && (
        <div className="table-scroll">
          <table className="backups-table">
            <caption className="visually-hidden">My backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made on</th>
                <th scope="col">Size</th>
                <th scope="col">Check-ins</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name}>
                  <th scope="row">{madeOn(backup)}</th>
                  <td>{formatSize(backup.bytes)}</td>
                  <td>
                    {backup.checkIns === null ? 'Does not open with my passphrase' : backup.checkIns.toLocaleString()}
                  </td>
                  <td>
                    {backup.checkIns !== null ? (
                      <button
                        type="button"
                        className="button-quiet button-small"
                        onClick={() => ask(backup, 'restore')}
                        disabled={working}
                        aria-label={`Restore the version from ${madeOn(backup)}`}
                      >
                        Restore this version
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="button-quiet button-small"
                        onClick={() => ask(backup, 'remove')}
                        disabled={working}
                        aria-label={`Remove the backup from ${madeOn(backup)}`}
                      >
                        Remove this backup
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removed && <Notice tone="success">{removed}</Notice>}
      {asking?.action === 'restore' && (
        <ConfirmPanel
          key={asking.backup.name}
          question={`Restore my vault as it was on ${madeOn(asking.backup)}?`}
          error={error}
          working={working}
          confirmLabel="Restore this version"
          workingLabel="Restoring…"
          cancelLabel="Keep my vault as it is"
          onConfirm={() => void restore(asking.backup)}
          onCancel={() => setAsking(undefined)}
        >
          <p>
            Everything I wrote since then leaves my vault, but not for good: my vault as it is now is kept as a backup
            first, and I can restore that one the same way.
          </p>
        </ConfirmPanel>
      )}
      {asking?.action === 'remove' && (
        <ConfirmPanel
          key={asking.backup.name}
          question={`Remove the backup from ${madeOn(asking.backup)}?`}
          error={error}
          working={working}
          confirmLabel="Remove this backup"
          workingLabel="Removing…"
          cancelLabel="Keep it"
          onConfirm={() => void remove(asking.backup)}
          onCancel={() => setAsking(undefined)}
        >
          <p>
            It does not open with my passphrase now. Either it is damaged, or it was made before I changed my passphrase
            and could not be re-sealed, so it still opens with the passphrase I had then. Removing it means that earlier
            passphrase opens nothing here any more; my vault and my other backups stay as they are.
          </p>
        </ConfirmPanel>
      )}
    </section>
  );
}
