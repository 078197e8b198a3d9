import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { DayLineField } from '../../components/day-line-field';
import { MoodPicker } from '../../components/mood-picker';
import { Notice } from '../../components/notice';
import { dropReminderClick, watchReminderClicks } from '../../lib/reminder-clicks';
import { useAddLockedCheckIn, useLockedCheckInStatus } from './api';

const waitingWords = (waiting: number) =>
  waiting === 1 ? '1 check-in is waiting for my next unlock.' : `${waiting} check-ins are waiting for my next unlock.`;

/**
 * On the lock screen, when I chose it: a check-in without the passphrase, a mood and a line, sealed
 * at once so that nobody can read it until I unlock (not Waypoint, not anyone at this computer). A
 * check-in reminder clicked while locked opens it. Nothing shows when the choice is off.
 */
export function LockedCheckIn() {
  const id = useId();
  const { data: status } = useLockedCheckInStatus();
  const add = useAddLockedCheckIn();
  const [open, setOpen] = useState(false);
  const [mood, setMood] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [moodProblem, setMoodProblem] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [sealed, setSealed] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const available = status?.available ?? false;

  // A check-in reminder clicked while locked opens the sealed check-in, when I can write one.
  useEffect(() => {
    if (!available) return undefined;
    return watchReminderClicks((target) => {
      if (target === 'quick-check-in') {
        setSealed(false);
        setOpen(true);
      }
    });
  }, [available]);

  if (!status?.available) return null;

  const close = () => {
    setOpen(false);
    setProblem(undefined);
    setMoodProblem(undefined);
    requestAnimationFrame(() => openButton.current?.focus());
  };

  async function seal(): Promise<void> {
    if (mood === null) {
      setMoodProblem('Choose a mood from 0 to 10.');
      return;
    }
    const result = await add.run({
      mood,
      note: note.trim(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    dropReminderClick();
    setMood(null);
    setNote('');
    setSealed(true);
    close();
  }

  // As in the quick check-in: Enter on the mood or in the line saves, Escape leaves.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (
      event.key === 'Enter' &&
      (target instanceof HTMLInputElement || target.getAttribute('role') === 'radio')
    ) {
      event.preventDefault();
      void seal();
    }
  };

  return (
    <section className="gate-card locked-check-in" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Check in without unlocking</h2>
      {sealed && (
        <Notice tone="success" title="Sealed.">
          Nobody can read it until I unlock, not even Waypoint. Then I keep it or discard it.
        </Notice>
      )}
      {!open ? (
        <>
          {status.waiting > 0 && !sealed && <p>{waitingWords(status.waiting)}</p>}
          {sealed && status.waiting > 1 && <p>{waitingWords(status.waiting)}</p>}
          <button ref={openButton} type="button" className="button-secondary" onClick={() => setOpen(true)}>
            {sealed ? 'Check in again' : 'Check in now'}
          </button>
        </>
      ) : (
        <form
          aria-labelledby={`${id}-title`}
          noValidate
          onKeyDown={onKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            void seal();
          }}
        >
          <p className="field-hint">
            It is sealed as soon as I save it: nobody can read it until I unlock, not even Waypoint. At my next unlock I
            keep it or discard it.
          </p>
          <MoodPicker
            id={`${id}-mood`}
            value={mood}
            onChange={(chosen) => {
              setMood(chosen);
              setMoodProblem(undefined);
            }}
            error={moodProblem}
            autoFocus
          />
          <DayLineField id={`${id}-note`} value={note} onChange={setNote} />
          {problem && <Notice tone="error">{problem}</Notice>}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={add.pending}>
              Seal my check-in
            </button>
            <button type="button" className="button-quiet" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
