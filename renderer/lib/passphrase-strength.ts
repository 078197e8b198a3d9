import { useEffect, useState } from 'react';

/** The score (0-4) a new passphrase needs. 3 means "safely unguessable" for an offline attacker. */
export const requiredPassphraseScore = 3;

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  /** zxcvbn's advice, in plain words, e.g. "Add another word or two." */
  suggestions: string[];
  warning: string | undefined;
}

type Measure = (passphrase: string) => PassphraseStrength;

let loading: Promise<Measure> | undefined;
/** Loads the estimator and its dictionaries once, from the app's own files, the first time a form asks. */
function loadEstimator(): Promise<Measure> {
  loading ??= import('./passphrase-estimator').then((module) => (passphrase) => module.measurePassphrase(passphrase));
  return loading;
}

/** How strong `passphrase` is, once the estimator has loaded (a form's check waits for it). */
export async function measurePassphraseStrength(passphrase: string): Promise<PassphraseStrength> {
  return (await loadEstimator())(passphrase);
}

/**
 * How strong `passphrase` is, or `undefined` while nothing is typed. `ready` is false until the
 * dictionaries have loaded; the form starts loading them as soon as it appears.
 */
export function usePassphraseStrength(passphrase: string): {
  strength: PassphraseStrength | undefined;
  ready: boolean;
} {
  const [measure, setMeasure] = useState<Measure>();
  useEffect(() => {
    let current = true;
    void loadEstimator().then((loaded) => {
      if (current) setMeasure(() => loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  return { strength: measure && passphrase ? measure(passphrase) : undefined, ready: measure !== undefined };
}
