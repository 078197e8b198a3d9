import { useState } from 'react';
import type { BackupElsewhereStatus } from '../../../shared/vault/vault-status';
import { Notice } from '../../components/notice';
import { useBackupElsewhere, useChooseBackupElsewhere, useStopBackupElsewhere } from './api';
import { formatMoment } from '../../lib/format-date';

function CopyProblem({ problem }: { problem: NonNullable<BackupElsewhereStatus['problem']> }) {
  if (problem.folderMissing) {
    return (
      <Notice tone="info">
        The folder was not there on {formatMoment(problem.at)} (a drive that is not plugged in?). Waypoint copies my
        vault there the next time it locks and can reach it.
      </Notice>
    );
  }
  return (
    <Notice tone="warning" title="The last copy could not be made.">
      <p>
        On {formatMoment(problem.at)}, Waypoint could not copy my vault there because {problem.reason}. It tries again
        the next time it locks.
      </p>
    </Notice>
  );
}

/**
 * Settings → "Also keep a backup in…": a second copy of the vault file in a folder I choose, so a
 * lost or broken laptop does not take every copy with it.
 */
export function BackupElsewhereSetting() {
  const chooseFolder = useChooseBackupElsewhere();
  const stopCopying = useStopBackupElsewhere();
  const copy = useBackupElsewhere();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();
  const status = copy.data;

  async function choose(): Promise<void> {
    setWorking(true);
    setError(undefined);
    const result = await chooseFolder.run({});
    setWorking(false);
    if (!result.ok) setError(result.error.message);
  }

  async function stop(): Promise<void> {
    setError(undefined);
    const result = await stopCopying.run({});
    if (!result.ok) setError(result.error.message);
  }

  return (
    <section className="card" aria-labelledby="backup-elsewhere-title">
      <h2 id="backup-elsewhere-title">Also keep a backup in…</h2>
      <p>
        A second copy in a folder I choose: a USB drive, or a synced folder I trust. If this computer is lost or broken,
        that copy still has my plan and check-ins. It is my vault file itself, encrypted exactly like it, and nothing
        else is written there. On another computer, I install Waypoint and choose “Open a vault file…” on its first
        screen.
      </p>
      {status?.folder && (
        <dl className="facts">
          <dt>Folder</dt>
          <dd>
            <code>{status.folder}</code>
          </dd>
          <dt>Last copied</dt>
          <dd>
            {status.lastCopiedAt
              ? formatMoment(status.lastCopiedAt)
              : status.problem?.folderMissing
                ? 'Cannot tell while the folder is not there'
                : 'Not yet'}
          </dd>
        </dl>
      )}
      {status?.folder && (
        <p className="field-hint">Waypoint copies it there each time it locks, and at least once a day.</p>
      )}
      {status?.problem && <CopyProblem problem={status.problem} />}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => void choose()} disabled={working}>
          {working ? 'Copying…' : status?.folder ? 'Choose another folder…' : 'Choose a folder…'}
        </button>
        {status?.folder && (
          <button type="button" className="button-quiet" onClick={() => void stop()} disabled={working}>
            Stop copying there
          </button>
        )}
      </div>
      {status?.folder && <p className="field-hint">Stopping leaves the copy already there; I can delete it myself.</p>}
    </section>
  );
}
