import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** The score (0-4) a new passphrase needs. 3 means "safely unguessable" for an offline attacker. */
export const requiredPassphraseScore = 3;

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** zxcvbn's advice, in plain words, e.g. "Add another word or two." */
  suggestions: string[];
  warning: string | undefined;
}

const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/** Measured on the device with zxcvbn-ts' bundled dictionaries: the passphrase goes nowhere. */
export function measurePassphrase(
  passphrase: string,
  userInputs: string[] = ['waypoint', 'recovery'],
): PassphraseStrength {
  const result = getEstimator().check(passphrase.slice(0, 256), userInputs);
  const score = result.score as PassphraseStrength['score'];
  return {
    score,
    label: labels[score],
    suggestions: result.feedback.suggestions,
    warning: result.feedback.warning ?? undefined,
  };
}
