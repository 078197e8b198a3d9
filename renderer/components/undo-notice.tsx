import type { ReactNode } from 'react';

/** The bar shown after a delete: what went, Undo, and Dismiss. Each area decides what undo means. */
export function UndoNotice({
  children,
  onUndo,
  onDismiss,
}: {
  children: ReactNode;
  onUndo(): void;
  onDismiss(): void;
}) {
  return (
    <div className="undo-bar" role="region" aria-label="Undo delete">
      <p>{children}</p>
      <button type="button" className="button-primary" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
