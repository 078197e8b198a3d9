import { useRef, type KeyboardEvent } from 'react';
import { moodMetric } from '../../shared/metrics/metric-key';
import { FieldMessages, describedByFor } from './form-fields';

const moods = Array.from({ length: 11 }, (_, mood) => mood);
/** With nothing chosen yet, the keyboard starts from the middle of the scale (still unchosen). */
const middle = 5;

interface MoodPickerProps {
  id: string;
  /** Null until the person chooses: a check-in never records a mood nobody chose. */
  value: number | null;
  onChange(mood: number): void;
  error?: string;
  autoFocus?: boolean;
}

/**
 * Mood 0–10 as eleven large targets in one radio group. Arrow keys move the choice (the first
 * press chooses the option that has focus), number keys 0–9 choose directly, Home and End choose
 * 0 and 10. Enter is left to the form, which saves.
 */
export function MoodPicker({ id, value, onChange, error, autoFocus }: MoodPickerProps) {
  const options = useRef<(HTMLButtonElement | null)[]>([]);
  const focused = value ?? middle;

  function choose(mood: number): void {
    onChange(mood);
    options.current[mood]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const from = value ?? Number((event.target as HTMLElement).dataset['mood'] ?? middle);
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = value === null ? from : Math.min(10, Math.max(0, from + step));
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = 10;
    else if (/^[0-9]$/.test(event.key)) next = Number(event.key);
    if (next === undefined) return;
    event.preventDefault();
    choose(next);
  }

  const hint = `0 ${moodMetric.lowLabel}, 10 ${moodMetric.highLabel}. Arrow keys or the number keys choose.`;
  return (
    <div className="field mood-field">
      <p className="mood-label" id={`${id}-label`}>
        Mood{' '}
        <span className="mood-value" aria-hidden="true">
          {value ?? '–'}
        </span>
        <span className="muted"> / 10</span>
      </p>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={describedByFor(id, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required="true"
        className="mood-options"
        onKeyDown={onKeyDown}
      >
        {moods.map((mood) => (
          <button
            key={mood}
            ref={(element) => {
              options.current[mood] = element;
            }}
            type="button"
            role="radio"
            aria-checked={value === mood}
            aria-label={`${mood} out of 10`}
            data-mood={mood}
            tabIndex={mood === focused ? 0 : -1}
            autoFocus={autoFocus && mood === focused}
            className="mood-option"
            onClick={() => choose(mood)}
          >
            {mood}
          </button>
        ))}
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
