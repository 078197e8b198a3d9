import { useEffect, useId, useRef } from 'react';

/**
 * "Keep writing" / "Discard": asked before unsaved writing is thrown away (Escape, Cancel,
 * navigating away). Keep writing has focus, so Enter or Escape never loses anything by accident.
 */
export function DiscardCheck({
  question,
  onKeepWriting,
  onDiscard,
}: {
  question: string;
  onKeepWriting(): void;
  onDiscard(): void;
}) {
  const id = useId();
  const keepWriting = useRef<HTMLButtonElement>(null);
  useEffect(() => keepWriting.current?.focus(), []);
  return (
    <div
      className="discard-check"
      role="alertdialog"
      aria-labelledby={id}
      aria-modal="false"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onKeepWriting();
      }}
    >
      <p id={id}>{question}</p>
      <div className="form-actions">
        <button ref={keepWriting} type="button" className="button-primary" onClick={onKeepWriting}>
          Keep writing
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  );
}
