import { maxLineLength } from '../../shared/plan/plan-text';

/** "One line about today": the quick check-in's line, on the app's form and on the lock screen. */
export function DayLineField({ id, value, onChange }: { id: string; value: string; onChange(line: string): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>One line about today (optional)</label>
      <input
        id={id}
        type="text"
        value={value}
        maxLength={maxLineLength}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
