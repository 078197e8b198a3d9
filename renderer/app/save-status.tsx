import { useEffect, useState } from 'react';
import { useIpcClient } from '../lib/ipc-context';

type SaveState = { kind: 'idle' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string };

/** "Saved" after each save, and a persistent, specific banner when a save fails. */
export function SaveStatus() {
  const ipc = useIpcClient();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    const offSaved = ipc.on('vault.saved', ({ savedAt }) => setState({ kind: 'saved', at: new Date(savedAt) }));
    const offFailed = ipc.on('vault.saveFailed', ({ message }) => setState({ kind: 'failed', message }));
    return () => {
      offSaved();
      offFailed();
    };
  }, [ipc]);

  if (state.kind === 'failed') {
    return (
      <div className="save-banner" role="alert">
        <strong>Not saved.</strong> {state.message}
      </div>
    );
  }
  return (
    <p className="save-status" role="status">
      {state.kind === 'saved'
        ? `Saved at ${state.at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`
        : 'All changes are saved'}
    </p>
  );
}
