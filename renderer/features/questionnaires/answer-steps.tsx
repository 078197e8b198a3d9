import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { AnswerOption } from '../../../shared/questionnaires/questionnaire-form';

/**
 * One question of a questionnaire on its own: the published question, its published answers as
 * large targets, nothing chosen until I choose. Arrow keys move between the answers; a number key
 * (1 for the first answer) chooses and goes on; Enter goes on once one is chosen.
 */
export function QuestionStep({
  stem,
  question,
  options,
  chosen,
  position,
  onChoose,
  onNext,
  onBack,
  nextLabel,
  pending,
}: {
  /** The form's published stem ("Over the last 2 weeks…"), read with every question; some forms have none. */
  stem: string | undefined;
  question: string;
  options: readonly AnswerOption[];
  chosen: number | null;
  /** "Question 3 of 9", or the closing question's own words. */
  position: string;
  /** `andNext`: a number key chose it, so the form goes on at once. */
  onChoose(points: number, andNext: boolean): void;
  onNext(): void;
  onBack?: () => void;
  nextLabel: string;
  pending?: boolean;
}) {
  const name = useId();
  const stemId = useId();
  const positionId = useId();
  const legend = useRef<HTMLLegendElement>(null);
  // Each question starts with the focus on it, so a screen reader reads it and the keys work at once.
  useEffect(() => legend.current?.focus(), [question]);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // A held key must not answer every question after this one.
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    // Enter on an answer goes on (a button keeps its own Enter).
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      if (chosen !== null) onNext();
      return;
    }
    const index = Number(event.key) - 1;
    if (!Number.isInteger(index) || index < 0 || index >= options.length) return;
    event.preventDefault();
    onChoose(options[index]!.points, true);
  };
  return (
    <form
      className="questionnaire-step"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== null) onNext();
      }}
    >
      {stem && (
        <p id={stemId} className="questionnaire-stem">
          {stem}
        </p>
      )}
      <p id={positionId} className="muted questionnaire-position">
        {position}
      </p>
      <fieldset aria-describedby={stem ? `${stemId} ${positionId}` : positionId}>
        <legend ref={legend} tabIndex={-1} className="questionnaire-question">
          {question}
        </legend>
        <div className="questionnaire-options">
          {options.map((option, index) => (
            <label key={option.points} className="questionnaire-option">
              <input
                type="radio"
                name={name}
                value={option.points}
                checked={chosen === option.points}
                onChange={() => onChoose(option.points, false)}
              />
              <span className="questionnaire-option-key" aria-hidden="true">
                {index + 1}
              </span>
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p className="muted questionnaire-keys">
        Keys: 1 to {options.length} choose and go on; arrows move between answers; Enter goes on.
      </p>
      <div className="form-actions">
        {onBack && (
          <button type="button" className="button-secondary" onClick={onBack}>
            Back
          </button>
        )}
        <button type="submit" className="button-primary" disabled={chosen === null || pending}>
          {nextLabel}
        </button>
      </div>
    </form>
  );
}
