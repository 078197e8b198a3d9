import { requiredPassphraseScore, type PassphraseStrength } from '../lib/passphrase-strength';

/** Strength as a bar and as words: colour is never the only signal. */
export function StrengthMeter({ strength }: { strength: PassphraseStrength | undefined }) {
  const score = strength?.score ?? 0;
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
          aria-valuetext={strength ? strength.label : 'Not entered yet'}
        />
        <span className={`strength-label ${strength ? `strength-${score}` : 'strength-none'}`}>
          {strength ? strength.label : 'Not entered yet'}
        </span>
      </div>
      {strength && score < requiredPassphraseScore && (
        <p className="field-hint">
          {advice.length > 0 ? advice.join(' ') : 'Add another word or two.'} Four or five unrelated words work well.
        </p>
      )}
    </div>
  );
}
