import { useEffect, useRef } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { z } from 'zod';
import { passphraseSchema } from '../../shared/vault/passphrase-rules';
import { requiredPassphraseScore, usePassphraseStrength, type PassphraseStrength } from '../lib/passphrase-strength';
import { PassphraseField } from './passphrase-field';
import { StrengthMeter } from './strength-meter';

/** A new passphrase as typed: once, and again to be sure. */
export interface PassphraseChoice {
  passphrase: string;
  confirmation: string;
}

export const blankPassphraseChoice: PassphraseChoice = { passphrase: '', confirmation: '' };

/** How strong the passphrase being chosen is; `ready` is false while the checker loads. */
export interface MeasuredPassphrase {
  strength: PassphraseStrength | undefined;
  ready: boolean;
}

/**
 * The rules for choosing a passphrase, in one place, as the fields of a form's schema: strong
 * enough (once the checker has loaded; until then the form waits), within main's limits (the
 * shared schema), and typed the same twice (`samePassphraseTwice`, on the form's whole object).
 */
export function passphraseChoiceShape(measured: () => MeasuredPassphrase) {
  return {
    passphrase: z
      .string()
      .refine(
        () => measured().ready && (measured().strength?.score ?? 0) >= requiredPassphraseScore,
        'Choose a stronger passphrase: the meter should say Strong or Very strong.',
      )
      .pipe(passphraseSchema),
    confirmation: z.string(),
  };
}

/** Holds the two typings to each other, on the form's whole object; it runs beside every field's check. */
export function typedTwice<S extends z.ZodType<PassphraseChoice>>(schema: S) {
  return schema.refine((choice) => choice.confirmation === choice.passphrase, {
    path: ['confirmation'],
    message: 'The two passphrases are different. Type the same one twice.',
    when: (payload) => typeof (payload.value as Partial<PassphraseChoice> | undefined)?.passphrase === 'string',
  });
}

/**
 * The strength of the passphrase being typed, for the meter, and the latest of it for the form's
 * schema (which reads it when the form is checked).
 */
export function useMeasuredPassphrase(passphrase: string): {
  measured: MeasuredPassphrase;
  latest: () => MeasuredPassphrase;
} {
  const measured = usePassphraseStrength(passphrase);
  const latest = useRef(measured);
  useEffect(() => {
    latest.current = measured;
  });
  return { measured, latest: () => latest.current };
}

interface NewPassphraseFieldsProps {
  value: PassphraseChoice;
  onChange<K extends keyof PassphraseChoice>(field: K, value: string): void;
  measured: MeasuredPassphrase;
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
  measured,
  errors,
  labels,
  hint,
  autoFocus,
  disabled,
}: NewPassphraseFieldsProps) {
  return (
    <>
      <PassphraseField
        label={labels.passphrase}
        value={value.passphrase}
        onChange={(typed) => onChange('passphrase', typed)}
        autoComplete="new-password"
        hint={hint}
        // Until the checker has loaded, "not strong enough" is not known yet: the form only waits.
        error={measured.ready ? errors.passphrase?.message : undefined}
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
