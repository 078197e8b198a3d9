import { requiredPassphraseScore, type PassphraseStrength } from '../lib/passphrase-strength';

interface StrengthMeterProps {
  strength: PassphraseStrength | undefined;
  /** False while the checker's dictionaries load (a moment, the first time). */
  ready: boolean;
  typed: boolean;
}

/** Strength as a bar and as words: colour is never the only signal. */
export function StrengthMeter({ strength, ready, typed }: StrengthMeterProps) {
  const score = strength?.score ?? 0;
  const words = strength ? strength.label : typed && !ready ? 'Checking…' : 'Not entered yet';
  const advice = strength ? [strength.warning, ...strength.suggestions].filter(Boolean) : [];
  return (
    <div className="strength" aria-live="polite">
      <div className="strength-row">
        <meter
          className="strength-meter"
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={strength ? score : 0}
          aria-label="Passphrase strength"
          aria-valuetext={words}
        />
        <span className={`strength-label ${strength ? `strength-${score}` : 'strength-none'}`}>{words}</span>
      </div>
      {strength && score < requiredPassphraseScore && (
        <p className="field-hint">
          {advice.length > 0 ? advice.join(' ') : 'Add another word or two.'} Four or five unrelated words work well.
        </p>
      )}
    </div>
  );
}
