import { useId, useState, type ReactNode } from 'react';
import type { IpcResult } from '../../shared/ipc/error-codes';
import { useOneAtATime } from '../lib/use-one-at-a-time';
import { Notice } from './notice';

/**
 * The frame of a form that adds or changes one entry: its heading, main's refusal if it refused, and the buttons.
 * `save` answers main's result; on success the form is done and the page says `success`.
 */
export function FormFrame({
  title,
  level,
  submitLabel,
  save,
  onDone,
  children,
}: {
  title: string;
  level: 2 | 3;
  submitLabel: string;
  save(): Promise<{ result: IpcResult<unknown>; success: string } | undefined>;
  onDone(said?: string): void;
  children: ReactNode;
}) {
  const titleId = useId();
  const saving = useOneAtATime();
  const [refusal, setRefusal] = useState<string>();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form
      className={level === 2 ? 'card entry-form' : 'entry-form'}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void saving.run(async () => {
          const saved = await save();
          if (!saved) return setRefusal(undefined);
          if (saved.result.ok) onDone(saved.success);
          else setRefusal(saved.result.error.message);
        });
      }}
    >
      <Heading id={titleId}>{title}</Heading>
      {children}
      {refusal && <Notice tone="error">{refusal}</Notice>}
      <div className="form-actions">
        <button type="submit" {...saving.buttonProps}>
          {submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
