import { useState } from 'react';
import { usePlanStore } from './plan-store';

/** After a delete: what went, and a way to bring it back. */
export function UndoBar() {
  const { view, perform, announce } = usePlanStore();
  const [error, setError] = useState<string>();
  const [dismissed, setDismissed] = useState<object>();
  const deleted = view.lastDeleted;
  if (!deleted || dismissed === deleted) return null;
  async function undo() {
    const result = await perform('plan.undoDelete', {});
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    announce(`Restored “${deleted!.title}”.`);
  }
  return (
    <div className="undo-bar" role="region" aria-label="Undo delete">
      <p>
        Deleted “{deleted.title}”.{error && <span className="field-error"> {error}</span>}
      </p>
      <button type="button" className="button-primary" onClick={() => void undo()}>
        Undo
      </button>
      <button type="button" className="button-quiet" onClick={() => setDismissed(deleted)}>
        Dismiss
      </button>
    </div>
  );
}
