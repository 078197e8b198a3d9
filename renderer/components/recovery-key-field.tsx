import { useId, type Ref } from 'react';
import { describedByFor, FieldMessages } from './form-fields';

/**
 * Where a recovery key is typed: plain text (it is read off paper), no spelling or autofill, and a
 * hint that says how forgiving it is. Main reads it (case, spaces, dashes, O for 0, I or L for 1).
 */
export function RecoveryKeyField({
  label,
  value,
  onChange,
  error,
  inputRef,
  autoFocus,
  disabled,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  disabled?: boolean;
}) {
  const id = useId();
  const hint = '8 groups of 4 letters and digits. Spaces, dashes and small letters are fine.';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        className="recovery-key-input"
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByFor(id, hint, error)}
        autoFocus={autoFocus}
        disabled={disabled}
        maxLength={200}
      />
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

/** A recovery key as it is shown: each group on its own, large, so it can be copied by hand. */
export function RecoveryKeyText({ recoveryKey }: { recoveryKey: string }) {
  return (
    <p className="recovery-key">
      {recoveryKey.split('-').map((group, index) => (
        <span key={index}>
          {index > 0 && ' '}
          <span className="recovery-key-group">{group}</span>
        </span>
      ))}
    </p>
  );
}
