import { useState } from 'react';
import { useLocation } from 'react-router';
import { UndoNotice } from '../../components/undo-notice';
import { usePlanStore } from './plan-store';

/**
 * After a delete: what went, and a way to bring it back. It stays until dismissed or until the
 * person moves to another page (undo is then no longer offered here; main keeps it until lock).
 */
export function UndoBar() {
  const { view, perform, announce, lastDelete } = usePlanStore();
  const { pathname } = useLocation();
  const [error, setError] = useState<string>();
  const [dismissed, setDismissed] = useState<number>();
  const deleted = view.lastDeleted;
  if (!deleted || !lastDelete || lastDelete.path !== pathname || dismissed === lastDelete.number) return null;
  async function undo() {
    const result = await perform('plan.undoDelete', {});
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    announce(`Restored “${deleted!.title}”.`);
  }
  return (
    <UndoNotice onUndo={() => void undo()} onDismiss={() => setDismissed(lastDelete.number)}>
      {deleted.archived
        ? `Archived “${deleted.title}”: my past check-ins still show it, and it is no longer offered in new ones.`
        : `Deleted “${deleted.title}”.`}
      {error && <span className="field-error"> {error}</span>}
    </UndoNotice>
  );
}
