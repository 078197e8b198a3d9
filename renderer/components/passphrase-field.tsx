import { useId, useState, type Ref } from 'react';
import { describedByFor, FieldMessages } from './form-fields';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'current-password' | 'new-password';
  /** Shown under the field and announced with it. */
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** A labelled passphrase input with a Show/Hide toggle, its hint and error tied to it for screen readers. */
export function PassphraseField({
  label,
  value,
  onChange,
  autoComplete,
  hint,
  error,
  inputRef,
  autoFocus,
  disabled,
}: PassphraseFieldProps) {
  const id = useId();
  const [visible, setVisible] = useState(false);
  const describedBy = describedByFor(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="passphrase-input">
        <input
          id={id}
          ref={inputRef}
          type={visible ? 'text' : 'password'}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          autoFocus={autoFocus}
          disabled={disabled}
          maxLength={1024}
        />
        <button
          type="button"
          className="button-quiet"
          onClick={() => setVisible((shown) => !shown)}
          aria-pressed={visible}
          aria-label={visible ? `Hide ${label.toLowerCase()}` : `Show ${label.toLowerCase()}`}
          disabled={disabled}
        >
          {visible ? 'Hide' : 'Show'}
        </button>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
