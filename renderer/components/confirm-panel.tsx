import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Notice } from './notice';

/**
 * A question asked in place before a step that changes a lot at once (restoring a backup,
 * removing an import): the question, focused when the panel opens, what will happen, the reason
 * it failed if it did, and the two answers. Give it a `key` per thing asked about, so asking about
 * another one focuses the new question.
 */
export function ConfirmPanel({
  question,
  children,
  error,
  working,
  confirmLabel,
  workingLabel,
  cancelLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
}: {
  question: string;
  children: ReactNode;
  error: string | undefined;
  working: boolean;
  confirmLabel: string;
  workingLabel: string;
  cancelLabel: string;
  /** `danger` when the step takes something away. */
  tone?: 'primary' | 'danger';
  onConfirm(): void;
  onCancel(): void;
}) {
  const id = useId();
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="confirm-panel" role="group" aria-labelledby={id}>
      <p id={id} className="notice-title" tabIndex={-1} ref={heading}>
        {question}
      </p>
      {children}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="button-row">
        <button type="button" className={`button-${tone}`} onClick={onConfirm} disabled={working}>
          {working ? workingLabel : confirmLabel}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel} disabled={working}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
