import { useState } from 'react';
import { unansweredDueBy } from '../../../shared/medications/dose-schedule';
import { doseText, spokenList } from '../../../shared/medications/medication-words';
import { Notice } from '../../components/notice';
import { useCheckInToday } from '../../lib/check-in-clock';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useDeleteDoses, useMedications, useTakeAsPlanned } from './api';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

/** The key that presses "I took my medicines as planned" while the quick check-in's mood has focus. */
const asPlannedKey = 't';

/**
 * In the quick check-in: "I took my medicines as planned", one press (or the T key on the mood)
 * for every dose due by now that I have not answered, each written as taken at its planned time.
 * Then what was written, with Undo. Nothing when no dose is waiting.
 */
export function DosesAsPlanned() {
  const today = useCheckInToday();
  const view = useMedications(today);
  const takeAsPlanned = useTakeAsPlanned();
  const undo = useDeleteDoses();
  const sending = useOneAtATime();
  const [written, setWritten] = useState<{ ids: string[]; words: string }>();
  const [problem, setProblem] = useState<string>();
  const waiting = view.data ? unansweredDueBy(view.data.due, new Date()) : [];
  if (!written && waiting.length === 0 && !problem) return null;

  const take = () =>
    sending.run(async () => {
      const result = await takeAsPlanned.run({ day: view.data!.day });
      if (!result.ok) return setProblem(result.error.message);
      const { recorded, stillToCome } = result.value;
      setProblem(undefined);
      const doses = recorded.length === 1 ? '1 dose' : `${recorded.length} doses`;
      const later =
        stillToCome === 0 ? '' : ` ${stillToCome === 1 ? '1 more is' : `${stillToCome} more are`} due later today.`;
      setWritten({ ids: recorded.map((dose) => dose.id), words: `Noted: ${doses} taken as planned.${later}` });
    });
  const undoAll = () =>
    sending.run(async () => {
      const result = await undo.run({ ids: written!.ids });
      if (!result.ok) return setProblem(result.error.message);
      setWritten(undefined);
    });

  return (
    <div className="doses-as-planned">
      {written ? (
        <Notice tone="success">
          {written.words}{' '}
          <button
            type="button"
            className="button-quiet button-small"
            disabled={sending.busy}
            onClick={() => void undoAll()}
          >
            Undo
          </button>
        </Notice>
      ) : (
        waiting.length > 0 && (
          <p>
            <button
              type="button"
              className="button-secondary"
              aria-keyshortcuts={asPlannedKey.toUpperCase()}
              data-quick-key={asPlannedKey}
              disabled={sending.busy}
              onClick={() => void take()}
            >
              I took my medicines as planned <kbd aria-hidden="true">{asPlannedKey.toUpperCase()}</kbd>
            </button>{' '}
            <span className="muted">
              {spokenList(
                waiting.map(
                  (dose) => `${dose.name} ${doseText(dose.dose, dose.unit)} at ${formatTimeOfDay(dose.dueTime)}`,
                ),
              )}
            </span>
          </p>
        )
      )}
      {problem && <Notice tone="error">{problem}</Notice>}
    </div>
  );
}
