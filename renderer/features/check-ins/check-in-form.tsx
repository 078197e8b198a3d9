import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CheckInFields } from '../../../shared/check-ins/check-in';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import {
  CheckboxField,
  CheckboxGroupField,
  FieldMessages,
  TextAreaField,
  describedByFor,
} from '../../components/form-fields';
import { formatDate } from '../../lib/format-date';
import { draftDay, fieldsOfDraft, type CheckInDraft, type DraftProblems } from './check-in-draft';
import { MoodPicker } from './mood-picker';
import { DiscardCheck } from '../../components/discard-check';

/** Asked before a check-in with something in it is closed or left. */
export const discardQuestion = 'This check-in is not saved yet. Close it and lose what you wrote?';
import type { PlanLinkChoices } from './use-check-in-setup';
import { earliestDate, latestDate } from '../../../shared/dates/calendar-date';

interface CheckInFormProps {
  title: string;
  /** The form as it opens; leaving with changes from it asks first. */
  initial: CheckInDraft;
  /** What was on screen when the vault locked or the form was left, to start from instead. */
  restored?: CheckInDraft;
  /** Told of every change (undefined once nothing differs from `initial`), to keep it as a draft. */
  onDraftChange?(draft: CheckInDraft | undefined): void;
  metrics: readonly TrackedMetric[];
  links: PlanLinkChoices;
  boundaryMinutes: number;
  /** What I call a setback ("lapse", "flare-up"…): the checkbox and its note say it. */
  setbackWord: string;
  /** A check-in written now keeps the real moment (to the second) unless its date or time is changed. */
  writtenNow: boolean;
  /** Resolves with main's refusal message, or undefined once saved. */
  onSave(fields: CheckInFields): Promise<string | undefined>;
  onCancel(): void;
  /** Opens "Choose what to track" beside the form, which stays as it is. */
  onChooseWhatToTrack?(): void;
}

/** One measure: a number box for a range, a select for yes/no. Empty means "not recorded". */
function MetricInput({
  metric,
  value,
  error,
  onChange,
}: {
  metric: TrackedMetric;
  value: string;
  error?: string;
  onChange(value: string): void;
}) {
  const id = useId();
  const hint = metric.kind === 'yes-no' ? undefined : rangeHint(metric);
  const label = metric.unit && metric.kind === 'scale' ? `${metric.label} (${metric.unit})` : metric.label;
  const common = {
    id,
    'aria-describedby': describedByFor(id, hint, error),
    'aria-invalid': error ? true : undefined,
  } as const;
  return (
    <div className="field metric-field">
      <label htmlFor={id}>{label}</label>
      {metric.kind === 'yes-no' ? (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Not recorded</option>
          <option value="1">Yes</option>
          <option value="0">No</option>
        </select>
      ) : (
        <input
          {...common}
          type="number"
          inputMode="decimal"
          min={metric.min}
          max={metric.max}
          step={metric.step}
          value={value}
          placeholder="—"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}

function rangeHint(metric: TrackedMetric): string {
  const ends = metric.lowLabel ? ` (${metric.min} ${metric.lowLabel}, ${metric.max} ${metric.highLabel})` : '';
  return `${metric.min}–${metric.max}${ends}. Leave empty to skip.`;
}

/**
 * The check-in form. Mood first, then the measures the person turned on, what they used, met
 * and noticed, a lapse and a note. Enter saves from any field (Ctrl+Enter in the note); Escape cancels.
 */
export function CheckInForm(props: CheckInFormProps) {
  const { metrics, links, boundaryMinutes, setbackWord } = props;
  const [draft, setDraft] = useState(props.restored ?? props.initial);
  const [opened] = useState(() => ({ date: props.initial.date, time: props.initial.time, moment: new Date() }));
  // After a first try to save, problems are worked out again on every change: an error shows at
  // its field and goes as soon as the value is fixed.
  const [triedToSave, setTriedToSave] = useState(false);
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [focusProblem, setFocusProblem] = useState(0);
  // Leaving a form with something in it asks first; an untouched form just closes.
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const changed = JSON.stringify(draft) !== JSON.stringify(props.initial);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  const update = (changes: Partial<CheckInDraft>) => setDraft((previous) => ({ ...previous, ...changes }));
  const { onDraftChange } = props;
  // A restored draft is reported too, so the screen knows there is writing to ask about.
  const kept = useRef<string | undefined>(undefined);
  useEffect(() => {
    const serialized = changed ? JSON.stringify(draft) : undefined;
    if (serialized === kept.current) return;
    kept.current = serialized;
    onDraftChange?.(changed ? draft : undefined);
  }, [draft, changed, onDraftChange]);
  const day = draftDay(draft, boundaryMinutes);
  const dayHint = `Time on the clock in ${draft.timeZone}.`;
  const shown = metrics.filter((metric) => metric.key !== 'mood' && (metric.enabled || draft.values[metric.key]));
  const unchangedMoment = props.writtenNow && opened.date === draft.date && opened.time === draft.time;
  const checked = fieldsOfDraft(draft, metrics, unchangedMoment ? opened.moment : undefined);
  const problems: DraftProblems = triedToSave && 'problems' in checked ? checked.problems : {};

  // Focus moves to the first field with a problem, after the errors are on screen.
  useEffect(() => {
    if (focusProblem === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      first?.getAttribute('role') === 'radiogroup' ? first.querySelector<HTMLElement>('[tabindex="0"]') : first;
    target?.focus();
  }, [focusProblem]);

  function cancel(): void {
    if (!changed) return props.onCancel();
    returnFocus.current = document.activeElement as HTMLElement | null;
    setConfirmingDiscard(true);
  }

  function backToWriting(): void {
    setConfirmingDiscard(false);
    returnFocus.current?.focus();
  }

  async function save(): Promise<void> {
    if (saving) return;
    setTriedToSave(true);
    if ('problems' in checked) {
      setFocusProblem((count) => count + 1);
      return;
    }
    setSaving(true);
    const refusal = await props.onSave(checked.fields);
    setSaving(false);
    setSaveError(refusal);
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (confirmingDiscard) backToWriting();
      else cancel();
    } else if (confirmingDiscard) {
      return;
    } else if (
      event.key === 'Enter' &&
      !event.shiftKey &&
      // A mood option is a button, but Enter there saves like in any other field.
      (!(target instanceof HTMLButtonElement) || target.getAttribute('role') === 'radio')
    ) {
      if (target instanceof HTMLTextAreaElement && !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      void save();
    }
  }

  return (
    <form
      ref={formRef}
      className="card check-in-form"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      noValidate
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p className="check-in-day" aria-live="polite">
        {day ? (
          <>
            This check-in counts for <strong>{formatDate(day)}</strong>.
          </>
        ) : (
          'Enter a date and time to see which day this check-in counts for.'
        )}
      </p>
      <fieldset className="check-in-when">
        <legend>When</legend>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            min={earliestDate}
            max={latestDate}
            value={draft.date}
            aria-describedby={describedByFor(`${id}-date`, dayHint, problems.when)}
            aria-invalid={problems.when ? true : undefined}
            onChange={(event) => update({ date: event.target.value, dayChosen: true })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={draft.time}
            aria-invalid={problems.when ? true : undefined}
            onChange={(event) => update({ time: event.target.value, dayChosen: true })}
          />
        </div>
        <FieldMessages id={`${id}-date`} hint={dayHint} error={problems.when} />
      </fieldset>
      <MoodPicker
        id={`${id}-mood`}
        value={draft.mood}
        onChange={(mood) => update({ mood })}
        error={problems.mood}
        autoFocus
      />

      {(shown.length > 0 || props.onChooseWhatToTrack) && (
        <fieldset className="metric-grid">
          <legend>How things are</legend>
          {props.onChooseWhatToTrack && (
            <button
              type="button"
              className="button-quiet button-small choose-tracking"
              onClick={props.onChooseWhatToTrack}
            >
              Choose what to track
            </button>
          )}
          {shown.map((metric) => (
            <MetricInput
              key={metric.key}
              metric={metric}
              value={draft.values[metric.key] ?? ''}
              error={problems[metric.key]}
              onChange={(value) => update({ values: { ...draft.values, [metric.key]: value } })}
            />
          ))}
        </fieldset>
      )}

      <CheckboxGroupField
        label="Coping strategies I used"
        chips
        options={links.coping}
        value={draft.copingIds}
        onChange={(copingIds) => update({ copingIds: [...copingIds] })}
        emptyText="Add coping strategies to your plan to tick them off here."
      />
      <CheckboxGroupField
        label="Triggers I met"
        chips
        options={links.trigger}
        value={draft.triggerIds}
        onChange={(triggerIds) => update({ triggerIds: [...triggerIds] })}
        emptyText="Add triggers to your plan to note them here."
      />
      <CheckboxGroupField
        label="Warning signs I noticed"
        chips
        options={links.warningSign}
        value={draft.warningSignIds}
        onChange={(warningSignIds) => update({ warningSignIds: [...warningSignIds] })}
        emptyText="Add warning signs to your plan to note them here."
      />
      <CheckboxField label={`I had a ${setbackWord}`} checked={draft.lapse} onChange={(lapse) => update({ lapse })} />
      {draft.lapse && (
        <p className="field-hint kind-note">
          Thank you for writing it down. A {setbackWord} does not erase your progress: your total days and your longest
          run stay, and your setback plan is there if you need it.
        </p>
      )}
      <TextAreaField
        label="Note (private)"
        hint="Anything you want to remember about today. Ctrl+Enter saves from here."
        value={draft.note}
        onChange={(note) => update({ note })}
        rows={3}
      />

      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save check-in'}
        </button>
        <button type="button" className="button-secondary" onClick={cancel}>
          Cancel
        </button>
        <span className="muted">Enter saves · Esc cancels</span>
      </div>
      {confirmingDiscard && (
        <DiscardCheck question={discardQuestion} onKeepWriting={backToWriting} onDiscard={props.onCancel} />
      )}
    </form>
  );
}
