import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { PassphraseStrength } from './passphrase-strength';

/**
 * zxcvbn-ts with its dictionaries: nearly half the app's script, so it is loaded only by the
 * screens that choose a passphrase (see `passphrase-strength.ts`), never before the unlock screen.
 */
const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/** Measured on the device with zxcvbn-ts' bundled dictionaries: the passphrase goes nowhere. */
export function measurePassphrase(
  passphrase: string,
  userInputs: string[] = ['waypoint', 'recovery'],
): PassphraseStrength {
  const result = estimator.check(passphrase.slice(0, 256), userInputs);
  const score = result.score as PassphraseStrength['score'];
  return {
    score,
    label: labels[score],
    suggestions: result.feedback.suggestions,
    warning: result.feedback.warning ?? undefined,
  };
}
