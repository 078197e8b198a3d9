import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
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
import { DiscardCheck } from '../../components/discard-check';
import { earliestDate, latestDate } from '../../../shared/dates/calendar-date';
import { checkInDraftSchema, draftDay, type CheckInDraft } from './check-in-draft';
import { MoodPicker } from '../../components/mood-picker';
import type { PlanLinkChoices } from './use-check-in-setup';

/** Asked before a check-in with something in it is closed or left. */
export const discardQuestion = 'This check-in is not saved yet. Close it and lose what you wrote?';

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

/** The form's state and rules: the draft as typed, checked by the check-in schema (see check-in-draft.ts). */
function useCheckInForm(props: CheckInFormProps) {
  const { metrics, writtenNow } = props;
  const [opened] = useState(() => ({ date: props.initial.date, time: props.initial.time, moment: new Date() }));
  // A check-in written now keeps its real moment while its date and time are the ones it opened with.
  const resolver: Resolver<CheckInDraft, unknown, CheckInFields> = (draft, context, options) => {
    const unchanged = writtenNow && opened.date === draft.date && opened.time === draft.time;
    return zodResolver(checkInDraftSchema(metrics, unchanged ? opened.moment : undefined))(draft, context, options);
  };
  // After a first try to save, problems are worked out again on every change: an error shows at
  // its field and goes as soon as the value is fixed. Focus goes to the first problem (below).
  const form = useForm<CheckInDraft, unknown, CheckInFields>({
    defaultValues: props.restored ?? props.initial,
    resolver,
    shouldFocusError: false,
  });
  const draft = useWatch({ control: form.control }) as CheckInDraft;
  const { isSubmitted, isSubmitting } = form.formState;
  const update = (changes: Partial<CheckInDraft>) => {
    for (const [name, value] of Object.entries(changes)) {
      form.setValue(name as keyof CheckInDraft, value as never, { shouldDirty: true });
    }
    if (isSubmitted) void form.trigger();
  };
  return { form, draft, update, saving: isSubmitting, errors: form.formState.errors };
}

/** Each problem's sentence, by field: `when` for the date and time, a measure by its key. */
function problemsOf(errors: FieldErrors<CheckInDraft>): Record<string, string | undefined> {
  const byField: Record<string, string | undefined> = {
    mood: errors.mood?.message,
    when: (errors as FieldErrors<CheckInDraft & { when: string }>).when?.message,
  };
  for (const [key, error] of Object.entries(errors.values ?? {}))
    byField[key] = (error as { message?: string })?.message;
  return byField;
}

/** Keeps the screen told of the draft (undefined once nothing differs from how the form opened). */
function useReportDraft(draft: CheckInDraft, initial: CheckInDraft, onDraftChange?: (draft?: CheckInDraft) => void) {
  const changed = JSON.stringify(draft) !== JSON.stringify(initial);
  // A restored draft is reported too, so the screen knows there is writing to ask about.
  const kept = useRef<string | undefined>(undefined);
  useEffect(() => {
    const serialized = changed ? JSON.stringify(draft) : undefined;
    if (serialized === kept.current) return;
    kept.current = serialized;
    onDraftChange?.(changed ? draft : undefined);
  }, [draft, changed, onDraftChange]);
  return changed;
}

/**
 * The check-in form. Mood first, then the measures the person turned on, what they used, met
 * and noticed, a lapse and a note. Enter saves from any field (Ctrl+Enter in the note); Escape cancels.
 */
export function CheckInForm(props: CheckInFormProps) {
  const { metrics, links, boundaryMinutes, setbackWord } = props;
  const { form, draft, update, saving, errors } = useCheckInForm(props);
  const [saveError, setSaveError] = useState<string>();
  const [focusProblem, setFocusProblem] = useState(0);
  // Leaving a form with something in it asks first; an untouched form just closes.
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const changed = useReportDraft(draft, props.initial, props.onDraftChange);
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const problems = problemsOf(errors);
  const problemsShown = JSON.stringify(problems);
  const shown = metrics.filter((metric) => metric.key !== 'mood' && (metric.enabled || draft.values[metric.key]));

  // Focus moves to the first field with a problem, once the errors are on screen.
  const focusedFor = useRef(0);
  useLayoutEffect(() => {
    if (focusProblem === focusedFor.current) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first) return;
    focusedFor.current = focusProblem;
    const target =
      first.getAttribute('role') === 'radiogroup' ? first.querySelector<HTMLElement>('[tabindex="0"]') : first;
    target?.focus();
  }, [focusProblem, problemsShown]);

  function cancel(): void {
    if (!changed) return props.onCancel();
    returnFocus.current = document.activeElement as HTMLElement | null;
    setConfirmingDiscard(true);
  }

  function backToWriting(): void {
    setConfirmingDiscard(false);
    returnFocus.current?.focus();
  }

  const save = form.handleSubmit(
    async (fields) => setSaveError(await props.onSave(fields)),
    () => setFocusProblem((count) => count + 1),
  );

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
      if (!saving) void save();
    }
  }

  return (
    <form
      ref={formRef}
      className="card check-in-form"
      aria-labelledby={`${id}-title`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        if (saving) event.preventDefault();
        else void save(event);
      }}
      noValidate
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <CheckInWhen id={id} draft={draft} boundaryMinutes={boundaryMinutes} error={problems.when} onChange={update} />
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
          {shown.map((metric) => (
            <MetricInput
              key={metric.key}
              metric={metric}
              value={draft.values[metric.key] ?? ''}
              error={problems[metric.key]}
              onChange={(value) => update({ values: { ...draft.values, [metric.key]: value } })}
            />
          ))}
          {/* After the measures, where it is drawn and reached by Tab alike. */}
          {props.onChooseWhatToTrack && (
            <button
              type="button"
              className="button-quiet button-small choose-tracking"
              onClick={props.onChooseWhatToTrack}
            >
              Choose what to track
            </button>
          )}
        </fieldset>
      )}
      <CheckInNoticed draft={draft} links={links} setbackWord={setbackWord} onChange={update} />
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

/** The day the check-in counts for, and its date and time on the clock where it is written. */
function CheckInWhen({
  id,
  draft,
  boundaryMinutes,
  error,
  onChange,
}: {
  id: string;
  draft: CheckInDraft;
  boundaryMinutes: number;
  error?: string;
  onChange(changes: Partial<CheckInDraft>): void;
}) {
  const day = draftDay(draft, boundaryMinutes);
  const dayHint = `Time on the clock in ${draft.timeZone}.`;
  return (
    <>
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
            aria-describedby={describedByFor(`${id}-date`, dayHint, error)}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ date: event.target.value, dayChosen: true })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Time</label>
          <input
            id={`${id}-time`}
            type="time"
            value={draft.time}
            aria-invalid={error ? true : undefined}
            onChange={(event) => onChange({ time: event.target.value, dayChosen: true })}
          />
        </div>
        <FieldMessages id={`${id}-date`} hint={dayHint} error={error} />
      </fieldset>
    </>
  );
}

/** What I used, met and noticed from my plan, a lapse, and a note. */
function CheckInNoticed({
  draft,
  links,
  setbackWord,
  onChange,
}: {
  draft: CheckInDraft;
  links: PlanLinkChoices;
  setbackWord: string;
  onChange(changes: Partial<CheckInDraft>): void;
}) {
  return (
    <>
      <CheckboxGroupField
        label="Coping strategies I used"
        chips
        options={links.coping}
        value={draft.copingIds}
        onChange={(copingIds) => onChange({ copingIds: [...copingIds] })}
        emptyText="Add coping strategies to your plan to tick them off here."
      />
      <CheckboxGroupField
        label="Triggers I met"
        chips
        options={links.trigger}
        value={draft.triggerIds}
        onChange={(triggerIds) => onChange({ triggerIds: [...triggerIds] })}
        emptyText="Add triggers to your plan to note them here."
      />
      <CheckboxGroupField
        label="Warning signs I noticed"
        chips
        options={links.warningSign}
        value={draft.warningSignIds}
        onChange={(warningSignIds) => onChange({ warningSignIds: [...warningSignIds] })}
        emptyText="Add warning signs to your plan to note them here."
      />
      <CheckboxField label={`I had a ${setbackWord}`} checked={draft.lapse} onChange={(lapse) => onChange({ lapse })} />
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
        onChange={(note) => onChange({ note })}
        rows={3}
      />
    </>
  );
}
