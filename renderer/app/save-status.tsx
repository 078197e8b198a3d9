import { useState } from 'react';
import { useResolveConflict } from '../features/vault/api';
import { useIpcEvent } from '../lib/ipc-events';
import { formatTimeAt } from '../../shared/dates/format-time';

type SaveState = (
  { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string; conflict: boolean }
) & {
  /** How many saves have failed so far: a note about one failure is shown until the next. */
  failures: number;
};

/** Follows main's saves: the latest one saved, or the latest failure and why. */
function useSaveState(): SaveState {
  const [state, setState] = useState<SaveState>({ kind: 'idle', failures: 0 });
  useIpcEvent('vault.saved', ({ savedAt }) =>
    setState((previous) => ({ kind: 'saved', at: new Date(savedAt), failures: previous.failures })),
  );
  useIpcEvent('vault.saveFailed', ({ message, conflict }) =>
    setState((previous) => ({ kind: 'failed', message, conflict, failures: previous.failures + 1 })),
  );
  return state;
}

/** In the top bar: "Saved at …" after each save, "Not saved" while saves fail (the banner below says why). */
export function SaveStatus() {
  const state = useSaveState();
  return (
    <p className="save-status" role="status">
      {state.kind === 'failed'
        ? 'Not saved'
        : state.kind === 'saved'
          ? // The time stays on one line when the status wraps in a narrow top bar.
            [
              'Saved at ',
              <span key="at" className="save-time">
                {formatTimeAt(state.at)}
              </span>,
            ]
          : 'All changes are saved'}
    </p>
  );
}

/**
 * Under the top bar, the width of the window: a lasting, specific banner while saves fail. When
 * another program changed the vault file, it asks which version to keep (the other is kept among
 * the backups): never only "quit without saving".
 */
export function SaveProblem({ onContentsReplaced }: { onContentsReplaced(message: string): void }) {
  const state = useSaveState();
  // What "Keep my version" did, until it is dismissed or another save fails.
  const [kept, setKept] = useState<{ message: string; failures: number }>();

  if (state.kind === 'failed') {
    return (
      <div className="save-banner" role="alert">
        {state.conflict ? (
          <ConflictChoice
            onKeptMine={(message) => setKept({ message, failures: state.failures })}
            onContentsReplaced={onContentsReplaced}
          />
        ) : (
          <p>
            <strong>Not saved.</strong> {state.message}
          </p>
        )}
      </div>
    );
  }
  if (!kept || kept.failures !== state.failures) return null;
  return (
    <div className="restored-banner" role="status">
      <p>{kept.message}</p>
      <button type="button" className="button-quiet button-small" onClick={() => setKept(undefined)}>
        Dismiss
      </button>
    </div>
  );
}

/** Another program changed the vault file: which version stays my vault. Nothing is lost either way. */
function ConflictChoice({
  onKeptMine,
  onContentsReplaced,
}: {
  onKeptMine(message: string): void;
  onContentsReplaced(message: string): void;
}) {
  const resolveConflict = useResolveConflict();
  const working = resolveConflict.pending;
  const [error, setError] = useState<string>();

  async function keep(version: 'mine' | 'other'): Promise<void> {
    setError(undefined);
    const result = await resolveConflict.run({ keep: version });
    if (!result.ok) return setError(result.error.message);
    // Locked to open the other version with its own passphrase: the unlock screen says so.
    if (result.value.locked) return;
    if (version === 'mine') {
      onKeptMine('My version is saved as my vault. The version the other program wrote is kept among my backups.');
    } else {
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
        <button type="button" className="button-primary" disabled={working} onClick={() => void keep('mine')}>
          Keep my version
        </button>
        <button type="button" className="button-secondary" disabled={working} onClick={() => void keep('other')}>
          Use the other version
        </button>
      </div>
    </div>
  );
}
