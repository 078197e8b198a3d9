import { useState } from 'react';
import { requiredPassphraseScore, usePassphraseStrength, type PassphraseStrength } from '../lib/passphrase-strength';
import { PassphraseField } from './passphrase-field';
import { StrengthMeter } from './strength-meter';

export interface NewPassphrase {
  passphrase: string;
  confirmation: string;
  setPassphrase(value: string): void;
  setConfirmation(value: string): void;
  strength: PassphraseStrength | undefined;
  /** False while the strength checker is still loading. */
  strengthReady: boolean;
  /** Strong enough and typed the same twice. */
  acceptable: boolean;
  reset(): void;
}

/** The rules for choosing a passphrase, in one place: strong enough, and typed the same twice. */
export function useNewPassphrase(): NewPassphrase {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { strength, ready } = usePassphraseStrength(passphrase);
  return {
    passphrase,
    confirmation,
    setPassphrase,
    setConfirmation,
    strength,
    strengthReady: ready,
    acceptable: !!strength && strength.score >= requiredPassphraseScore && confirmation === passphrase,
    reset: () => {
      setPassphrase('');
      setConfirmation('');
    },
  };
}

interface NewPassphraseFieldsProps {
  value: NewPassphrase;
  /** Errors show only after the first attempt to submit. */
  submitted: boolean;
  labels: { passphrase: string; confirmation: string };
  hint?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** New passphrase, strength meter and confirmation, with their error messages. */
export function NewPassphraseFields({ value, submitted, labels, hint, autoFocus, disabled }: NewPassphraseFieldsProps) {
  const tooWeak = !value.strength || value.strength.score < requiredPassphraseScore;
  return (
    <>
      <PassphraseField
        label={labels.passphrase}
        value={value.passphrase}
        onChange={value.setPassphrase}
        autoComplete="new-password"
        hint={hint}
        error={
          submitted && value.strengthReady && tooWeak
            ? 'Choose a stronger passphrase: the meter should say Strong or Very strong.'
            : undefined
        }
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <StrengthMeter strength={value.strength} ready={value.strengthReady} typed={value.passphrase !== ''} />
      <PassphraseField
        label={labels.confirmation}
        value={value.confirmation}
        onChange={value.setConfirmation}
        autoComplete="new-password"
        error={
          submitted && value.confirmation !== value.passphrase
            ? 'The two passphrases are different. Type the same one twice.'
            : undefined
        }
        disabled={disabled}
      />
    </>
  );
}
