import { useEffect, useState } from 'react';
import { useIpcClient } from '../lib/ipc-context';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date; note?: string }
  | { kind: 'failed'; message: string; conflict: boolean };

/**
 * "Saved" after each save, and a persistent, specific banner when a save fails. When another
 * program changed the vault file, the banner asks which version to keep (the other is kept among
 * the backups): never only "quit without saving".
 */
export function SaveStatus({ onContentsReplaced }: { onContentsReplaced(message: string): void }) {
  const ipc = useIpcClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    const offSaved = ipc.on('vault.saved', ({ savedAt }) =>
      setState((previous) => ({
        kind: 'saved',
        at: new Date(savedAt),
        note: previous.kind === 'saved' ? previous.note : undefined,
      })),
    );
    const offFailed = ipc.on('vault.saveFailed', ({ message, conflict }) =>
      setState({ kind: 'failed', message, conflict }),
    );
    return () => {
      offSaved();
      offFailed();
    };
  }, [ipc]);

  if (state.kind === 'failed') {
    return (
      <div className="save-banner" role="alert">
        {state.conflict ? (
          <ConflictChoice
            onKept={(note) => setState({ kind: 'saved', at: new Date(), note })}
            onContentsReplaced={onContentsReplaced}
          />
        ) : (
          <>
            <strong>Not saved.</strong> {state.message}
          </>
        )}
      </div>
    );
  }
  return (
    <p className="save-status" role="status">
      {state.kind === 'saved'
        ? `Saved at ${state.at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}${state.note ? `. ${state.note}` : ''}`
        : 'All changes are saved'}
    </p>
  );
}

/** Another program changed the vault file: which version stays my vault. Nothing is lost either way. */
function ConflictChoice({
  onKept,
  onContentsReplaced,
}: {
  onKept(note: string): void;
  onContentsReplaced(message: string): void;
}) {
  const ipc = useIpcClient();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string>();

  async function keep(version: 'mine' | 'other'): Promise<void> {
    setWorking(true);
    setError(undefined);
    const result = await ipc.invoke('vault.resolveConflict', { keep: version });
    setWorking(false);
    if (!result.ok) return setError(result.error.message);
    // Locked to open the other version with its own passphrase: the unlock screen says so.
    if (result.value.locked) return;
    if (version === 'mine') onKept('The other version is kept among my backups.');
    else {
      onContentsReplaced(
        'My vault is now the version the other program wrote. The version I had open here is kept among my backups: Settings → Backups restores it.',
      );
    }
  }

  return (
    <div className="conflict-choice">
      <p>
        <strong>Not saved yet.</strong> Another program changed my vault file (a sync or backup tool, or Waypoint on
        another computer), so Waypoint did not write over it. Which version do I keep as my vault? The other one is kept
        among my backups, so nothing is lost.
      </p>
      {error && <p>{error}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button-primary button-small"
          disabled={working}
          onClick={() => void keep('mine')}
        >
          Keep my version
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          disabled={working}
          onClick={() => void keep('other')}
        >
          Use the other version
        </button>
      </div>
    </div>
  );
}
