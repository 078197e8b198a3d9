import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { CheckIn } from '../../../shared/check-ins/check-in';
import { DiscardCheck } from '../../components/discard-check';
import { checkInDraftForm, draftLike, useDrafts } from '../../lib/drafts-context';
import { formatDate } from '../../lib/format-date';
import { useCheckInToday } from '../../lib/check-in-clock';
import { useAddCheckIn } from './api';
import { fieldsOfDraft, newDraft, type KeptCheckIn } from './check-in-draft';
import { discardQuestion } from './check-in-form';
import { DayLineField } from '../../components/day-line-field';
import { MoodPicker } from '../../components/mood-picker';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useSlots } from '../../lib/slots';

interface QuickCheckInProps {
  /** The mood takes focus as it opens (the dialog); on the home screen it waits to be chosen. */
  autoFocus?: boolean;
  /** Saved: the sentence that says so ("Checked in at 09:14 …"). */
  onSaved(message: string): void;
  /** Escape or Cancel, once anything chosen has been confirmed as discarded. */
  onCancel?(): void;
}

/** The quick check-in's draft: the mood and line chosen, kept across a lock like every form's. */
const quickDraftForm = 'quick-check-in';
const blankQuickDraft: { mood: number | null; note: string } = { mood: null, note: '' };

/**
 * A check-in in two steps: choose the mood (click, arrow or number keys), optionally write one
 * line, Enter. "Add details" opens the full form with the mood and line kept. What is chosen is
 * kept as a draft until it is saved or discarded, so a lock brings it back as it was.
 */
export function QuickCheckIn({ autoFocus, onSaved, onCancel }: QuickCheckInProps) {
  const addCheckIn = useAddCheckIn();
  const drafts = useDrafts();
  const navigate = useNavigate();
  const id = useId();
  const [restored] = useState(() => draftLike(drafts.kept(quickDraftForm), blankQuickDraft) ?? blankQuickDraft);
  const [mood, setMoodState] = useState<number | null>(restored.mood);
  const [note, setNoteState] = useState(restored.note);
  const keepDraft = (next: { mood: number | null; note: string }) => {
    if (next.mood === null && next.note === '') drafts.drop(quickDraftForm);
    else drafts.keep(quickDraftForm, next);
  };
  const setMood = (chosen: number | null) => {
    setMoodState(chosen);
    keepDraft({ mood: chosen, note });
  };
  const setNote = (typed: string) => {
    setNoteState(typed);
    keepDraft({ mood, note: typed });
  };
  const [problem, setProblem] = useState<string>();
  const saving = useOneAtATime();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const written = mood !== null || note.trim() !== '';
  const today = useCheckInToday();
  const slots = useSlots();

  async function save(): Promise<void> {
    const now = new Date();
    const checked = fieldsOfDraft({ ...newDraft(now), mood, note: note.trim() }, [], now, now);
    if ('problems' in checked) {
      setProblem(checked.problems.mood ?? Object.values(checked.problems)[0]);
      formRef.current?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')?.focus();
      return;
    }
    const result = await addCheckIn.run(checked.fields);
    if (!result.ok) return setProblem(result.error.message);
    setMoodState(null);
    setNoteState('');
    drafts.drop(quickDraftForm);
    setProblem(undefined);
    onSaved(savedMessage(result.value));
  }

  function addDetails(): void {
    const kept: KeptCheckIn = { mode: 'new', target: '', draft: { ...newDraft(new Date()), mood, note } };
    drafts.keep(checkInDraftForm, kept as unknown as Record<string, unknown>);
    drafts.drop(quickDraftForm);
    onCancel?.();
    void navigate('/check-ins?new');
  }

  function cancel(): void {
    if (!onCancel) return;
    if (written) setConfirmingDiscard(true);
    else onCancel();
  }

  function discard(): void {
    drafts.drop(quickDraftForm);
    onCancel?.();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      cancel();
    } else if (
      event.key === 'Enter' &&
      !confirmingDiscard &&
      (target instanceof HTMLInputElement || target.getAttribute('role') === 'radio')
    ) {
      event.preventDefault();
      void saving.run(save);
    } else if (target.getAttribute('role') === 'radio' && pressQuickKey(formRef.current, event)) {
      event.preventDefault();
    }
  }

  return (
    <form
      ref={formRef}
      className="quick-check-in"
      aria-label="Quick check-in"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void saving.run(save);
      }}
    >
      {today && (
        <p className="check-in-day">
          This check-in counts for <strong>{formatDate(today)}</strong>.
        </p>
      )}
      <MoodPicker
        id={`${id}-mood`}
        value={mood}
        onChange={(chosen) => {
          setMood(chosen);
          setProblem(undefined);
        }}
        error={problem}
        autoFocus={autoFocus}
      />
      <DayLineField id={`${id}-note`} value={note} onChange={setNote} />
      <slots.DosesAsPlanned />
      <div className="form-actions">
        <button type="submit" className="button-primary" {...saving.buttonProps}>
          {saving.busy ? 'Saving…' : 'Save check-in'}
        </button>
        <button type="button" className="button-secondary" onClick={addDetails}>
          Add details
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={cancel}>
            Cancel
          </button>
        )}
        <span className="muted">Enter saves</span>
      </div>
      {confirmingDiscard && (
        <DiscardCheck
          question={discardQuestion}
          onKeepWriting={() => setConfirmingDiscard(false)}
          onDiscard={discard}
        />
      )}
    </form>
  );
}

/**
 * A letter on the mood presses the widget button in the form that carries it as `data-quick-key`
 * ("T": medicines as planned). Says whether it pressed one.
 */
function pressQuickKey(form: HTMLFormElement | null, event: KeyboardEvent): boolean {
  if (!/^[a-z]$/i.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return false;
  const button = form?.querySelector<HTMLButtonElement>(`[data-quick-key="${event.key.toLowerCase()}"]`);
  if (!button || button.disabled) return false;
  button.click();
  return true;
}

/** The words that confirm a saved check-in, for the status line and screen readers. */
export function savedMessage(checkIn: CheckIn): string {
  return `Check-in saved for ${formatDate(checkIn.day)}.`;
}
