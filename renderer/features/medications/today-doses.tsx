import { useId, useState } from 'react';
import type { DoseOfTheDay } from '../../../shared/medications/medication-requests';
import { doseText } from '../../../shared/medications/medication-words';
import { useDeleteDose, useMedications, useRecordDose } from './api';

const clockTime = (instant: string) =>
  new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(instant));

/**
 * Today's medicines on the home screen: each scheduled dose with Taken, Skipped and "Another time
 * or dose", or what I said about it (with Undo); and each as-needed medicine with "Took one now"
 * and when the next is allowed. Says nothing when I take no medication.
 */
export function TodayDoses() {
  const view = useMedications();
  const record = useRecordDose();
  const undo = useDeleteDose();
  const [said, say] = useState('');
  const titleId = useId();
  const data = view.data;
  if (!data || (data.due.length === 0 && data.asNeeded.length === 0)) return null;

  async function answer(request: Parameters<typeof record.run>[0], words: string) {
    const result = await record.run(request);
    say(result.ok ? words : result.error.message);
  }

  return (
    <div className="today-group today-doses" aria-labelledby={titleId} role="group">
      <h3 id={titleId}>My medicines today</h3>
      <ul className="today-list">
        {data.due.map((dose) => (
          <DueDose
            key={`${dose.medicationId} ${dose.dueTime}`}
            dose={dose}
            onAnswer={(request, words) =>
              void answer({ ...request, medicationId: dose.medicationId, day: data.day, dueTime: dose.dueTime }, words)
            }
            onUndo={async (id) => {
              const result = await undo.run({ id });
              say(result.ok ? `Cleared what I said about ${dose.name} at ${dose.dueTime}.` : result.error.message);
            }}
          />
        ))}
        {data.asNeeded.map((medicine) => (
          <li key={medicine.medicationId}>
            <span className="today-item-text">
              {medicine.name} {doseText(medicine.dose, medicine.unit)}, as needed
              <span className="muted">
                {' '}
                · {medicine.taken.length === 0 ? 'none today' : `${medicine.taken.length} today`}
                {medicine.nextAllowedAt && ` · the next is allowed from ${clockTime(medicine.nextAllowedAt)}`}
              </span>
            </span>
            <button
              type="button"
              className="button-secondary button-small"
              disabled={medicine.nextAllowedAt !== null}
              onClick={() =>
                void answer(
                  {
                    medicationId: medicine.medicationId,
                    day: data.day,
                    dueTime: null,
                    status: 'taken',
                    takenAt: 'now',
                    amount: null,
                    reason: '',
                  },
                  `Noted: I took ${medicine.name} now.`,
                )
              }
            >
              Took one now<span className="visually-hidden"> ({medicine.name})</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

type DoseAnswer = Pick<
  Parameters<ReturnType<typeof useRecordDose>['run']>[0],
  'status' | 'takenAt' | 'amount' | 'reason'
>;

/** One scheduled dose: the buttons to answer it, or what I said and Undo. */
function DueDose({
  dose,
  onAnswer,
  onUndo,
}: {
  dose: DoseOfTheDay;
  onAnswer(answer: DoseAnswer, words: string): void;
  onUndo(id: string): Promise<void>;
}) {
  const [other, setOther] = useState(false);
  const what = `${dose.name} ${doseText(dose.dose, dose.unit)} at ${dose.dueTime}`;
  if (dose.record) {
    const record = dose.record;
    const status =
      record.status === 'skipped'
        ? `skipped${record.reason ? ` (${record.reason})` : ''}`
        : `taken at ${clockTime(record.takenAt!)}${record.amount !== null ? `, ${doseText(record.amount, dose.unit)}` : ''}`;
    return (
      <li>
        <span className="today-item-text">
          <span aria-hidden="true">✓ </span>
          {what} <span className="muted">· {status}</span>
        </span>
        <button type="button" className="button-quiet button-small" onClick={() => void onUndo(record.id)}>
          Undo<span className="visually-hidden"> ({what})</span>
        </button>
      </li>
    );
  }
  return (
    <li>
      <span className="today-item-text">{what}</span>
      <span className="today-dose-actions">
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() =>
            onAnswer({ status: 'taken', takenAt: 'now', amount: null, reason: '' }, `Noted: ${what}, taken.`)
          }
        >
          Taken<span className="visually-hidden"> ({what})</span>
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() =>
            onAnswer({ status: 'skipped', takenAt: null, amount: null, reason: '' }, `Noted: ${what}, skipped.`)
          }
        >
          Skipped<span className="visually-hidden"> ({what})</span>
        </button>
        <button
          type="button"
          className="button-quiet button-small"
          aria-expanded={other}
          onClick={() => setOther(!other)}
        >
          Another time or dose<span className="visually-hidden"> ({what})</span>
        </button>
      </span>
      {other && (
        <OtherTimeForm
          dose={dose}
          onSave={(answer) => {
            setOther(false);
            onAnswer(answer, `Noted: ${what}, taken at ${answer.takenAt}.`);
          }}
        />
      )}
    </li>
  );
}

/** A dose taken at another time, or in another amount. */
function OtherTimeForm({ dose, onSave }: { dose: DoseOfTheDay; onSave(answer: DoseAnswer): void }) {
  const [time, setTime] = useState(dose.dueTime);
  const [amount, setAmount] = useState(String(dose.dose));
  const [problem, setProblem] = useState<string>();
  const id = useId();
  return (
    <form
      className="dose-other-time"
      aria-label={`Another time or dose for ${dose.name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const taken = Number(amount.replace(',', '.'));
        if (!/^\d{2}:\d{2}$/.test(time)) return setProblem('Choose the time I took it.');
        if (!(taken > 0)) return setProblem('Write the amount as a number, such as 50 or 0.5.');
        onSave({
          status: 'taken',
          takenAt: time,
          amount: taken === dose.dose ? null : taken,
          reason: '',
        });
      }}
    >
      <label htmlFor={`${id}-time`}>Taken at</label>
      <input id={`${id}-time`} type="time" value={time} onChange={(event) => setTime(event.target.value)} />
      <label htmlFor={`${id}-amount`}>Amount ({dose.unit})</label>
      <input
        id={`${id}-amount`}
        inputMode="decimal"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button-small">
        Save
      </button>
    </form>
  );
}
