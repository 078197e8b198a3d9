import type { FieldErrors } from 'react-hook-form';
import { z } from 'zod';
import { passphraseSchema } from '../../shared/vault/passphrase-rules';
import { measurePassphraseStrength, requiredPassphraseScore, usePassphraseStrength } from '../lib/passphrase-strength';
import { PassphraseField } from './passphrase-field';
import { StrengthMeter } from './strength-meter';

/** A new passphrase as typed: once, and again to be sure. */
export interface PassphraseChoice {
  passphrase: string;
  confirmation: string;
}

export const blankPassphraseChoice: PassphraseChoice = { passphrase: '', confirmation: '' };

/**
 * The rules for choosing a passphrase, in one place, as the fields of a form's schema: strong
 * enough (checked when the form is, waiting for the checker if it is still loading), within main's
 * limits (the shared schema), and typed the same twice (`typedTwice`, on the form's whole object).
 */
export const passphraseChoiceShape = {
  passphrase: z
    .string()
    .refine(
      async (passphrase) => (await measurePassphraseStrength(passphrase)).score >= requiredPassphraseScore,
      'Choose a stronger passphrase: the meter should say Strong or Very strong.',
    )
    .pipe(passphraseSchema),
  confirmation: z.string(),
};

/** Holds the two typings to each other, on the form's whole object; it runs beside every field's check. */
export function typedTwice<S extends z.ZodType<PassphraseChoice>>(schema: S) {
  return schema.refine((choice) => choice.confirmation === choice.passphrase, {
    path: ['confirmation'],
    message: 'The two passphrases are different. Type the same one twice.',
    when: (payload) => typeof (payload.value as Partial<PassphraseChoice> | undefined)?.passphrase === 'string',
  });
}

interface NewPassphraseFieldsProps {
  value: PassphraseChoice;
  onChange<K extends keyof PassphraseChoice>(field: K, value: string): void;
  errors: FieldErrors<PassphraseChoice>;
  labels: { passphrase: string; confirmation: string };
  hint?: string;
  autoFocus?: boolean;
  disabled?: boolean;
}

/** New passphrase, strength meter and confirmation, with their error messages. */
export function NewPassphraseFields({
  value,
  onChange,
  errors,
  labels,
  hint,
  autoFocus,
  disabled,
}: NewPassphraseFieldsProps) {
  const measured = usePassphraseStrength(value.passphrase);
  return (
    <>
      <PassphraseField
        label={labels.passphrase}
        value={value.passphrase}
        onChange={(typed) => onChange('passphrase', typed)}
        autoComplete="new-password"
        hint={hint}
        error={errors.passphrase?.message}
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <StrengthMeter strength={measured.strength} ready={measured.ready} typed={value.passphrase !== ''} />
      <PassphraseField
        label={labels.confirmation}
        value={value.confirmation}
        onChange={(typed) => onChange('confirmation', typed)}
        autoComplete="new-password"
        error={errors.confirmation?.message}
        disabled={disabled}
      />
    </>
  );
}
