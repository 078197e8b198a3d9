import { useId, useState } from 'react';
import { wallClockTime } from '../../../shared/check-ins/check-in-day';
import type { DoseRecord } from '../../../shared/medications/medication';
import type {
  AsNeededOfTheDay,
  DoseOfTheDay,
  RecordDoseRequest,
} from '../../../shared/medications/medication-requests';
import { doseText } from '../../../shared/medications/medication-words';
import { Notice } from '../../components/notice';
import { localTimeZone, useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useDeleteDose, useMedications, useRecordDose } from './api';

/** The wall-clock time a dose was taken, where it was taken. */
const takenTime = (record: DoseRecord) => wallClockTime(new Date(record.takenAt!), record.timeZone!);

/** When the next as-needed dose is allowed: "14:30", or "14:30 on 20 November" when not today. */
function nextAllowedWords(instant: string, today: string): string {
  const zone = localTimeZone();
  const time = wallClockTime(new Date(instant), zone);
  const day = new Date(instant).toLocaleDateString('en-CA', { timeZone: zone });
  return day === today ? time : `${time} on ${formatDate(day)}`;
}

type DoseAnswer = Pick<RecordDoseRequest, 'status' | 'takenAt' | 'amount' | 'reason'>;

/**
 * Today's medicines on the home screen: each scheduled dose with Taken, Skipped and "Another time
 * or dose", or what I said about it (with Undo); and each as-needed medicine with "Took one now",
 * the doses taken today (each with Undo) and when the next is allowed, said as a caution: the
 * button stays, because a dose taken must be written for the 24-hour count to be right. Says
 * nothing when I take no medication; a refusal from main is shown, not only read out.
 */
export function TodayDoses() {
  const today = useCheckInToday();
  const view = useMedications(today);
  const record = useRecordDose();
  const undo = useDeleteDose();
  const sending = useOneAtATime();
  const [said, setSaid] = useState<{ tone: 'success' | 'error'; text: string }>();
  const titleId = useId();
  const data = view.data;
  if (view.error) return <Notice tone="error">My medicines for today could not be read: {view.error.message}</Notice>;
  if (!today || !data || (data.due.length === 0 && data.asNeeded.length === 0)) return null;

  const send = (work: () => Promise<{ ok: boolean; error?: { message: string } }>, words: string) =>
    sending.run(async () => {
      const result = await work();
      setSaid(result.ok ? { tone: 'success', text: words } : { tone: 'error', text: result.error!.message });
    });
  const answer = (request: RecordDoseRequest, words: string) => send(() => record.run(request), words);
  const clear = (id: string, what: string) => send(() => undo.run({ id }), `Cleared what I said about ${what}.`);

  return (
    <div className="today-group today-doses" aria-labelledby={titleId} role="group">
      <h3 id={titleId}>My medicines today</h3>
      <ul className="today-list">
        {data.due.map((dose) => (
          <DueDose
            key={`${dose.medicationId} ${dose.dueTime}`}
            dose={dose}
            busy={sending.busy}
            onAnswer={(request, words) =>
              void answer({ ...request, medicationId: dose.medicationId, day: data.day, dueTime: dose.dueTime }, words)
            }
            onUndo={(id, what) => void clear(id, what)}
          />
        ))}
        {data.asNeeded.map((medicine) => (
          <AsNeeded
            key={medicine.medicationId}
            medicine={medicine}
            today={today}
            busy={sending.busy}
            onTook={() =>
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
            onUndo={(id, what) => void clear(id, what)}
          />
        ))}
      </ul>
      {said && <Notice tone={said.tone}>{said.text}</Notice>}
    </div>
  );
}

/** An as-needed medicine: the doses taken today, when the next is allowed, and "Took one now". */
function AsNeeded({
  medicine,
  today,
  busy,
  onTook,
  onUndo,
}: {
  medicine: AsNeededOfTheDay;
  today: string;
  busy: boolean;
  onTook(): void;
  onUndo(id: string, what: string): void;
}) {
  const what = `${medicine.name} ${doseText(medicine.dose, medicine.unit)}`;
  return (
    <li className="today-as-needed">
      <span className="today-item-text">
        {what}, as needed
        <span className="muted">
          {' '}
          · {medicine.taken.length === 0 ? 'none today' : `taken at ${medicine.taken.map(takenTime).join(', ')}`}
          {medicine.nextAllowedAt && ` · the next is allowed from ${nextAllowedWords(medicine.nextAllowedAt, today)}`}
        </span>
      </span>
      <span className="today-dose-actions">
        <button type="button" className="button-secondary button-small" disabled={busy} onClick={onTook}>
          Took one now<span className="visually-hidden"> ({medicine.name})</span>
        </button>
        {medicine.taken.length > 0 && (
          <button
            type="button"
            className="button-quiet button-small"
            disabled={busy}
            onClick={() => {
              const last = medicine.taken.at(-1)!;
              onUndo(last.id, `${what} at ${takenTime(last)}`);
            }}
          >
            Undo the last<span className="visually-hidden"> ({medicine.name})</span>
          </button>
        )}
      </span>
    </li>
  );
}

/** One scheduled dose: the buttons to answer it, or what I said and Undo. */
function DueDose({
  dose,
  busy,
  onAnswer,
  onUndo,
}: {
  dose: DoseOfTheDay;
  busy: boolean;
  onAnswer(answer: DoseAnswer, words: string): void;
  onUndo(id: string, what: string): void;
}) {
  const [other, setOther] = useState(false);
  const what = `${dose.name} ${doseText(dose.dose, dose.unit)} at ${dose.dueTime}`;
  if (dose.record) {
    const record = dose.record;
    const status =
      record.status === 'skipped'
        ? `skipped${record.reason ? ` (${record.reason})` : ''}`
        : `taken at ${takenTime(record)}${record.amount !== null ? `, ${doseText(record.amount, dose.unit)}` : ''}`;
    return (
      <li>
        <span className="today-item-text">
          <span aria-hidden="true">✓ </span>
          {what} <span className="muted">· {status}</span>
        </span>
        <button
          type="button"
          className="button-quiet button-small"
          disabled={busy}
          onClick={() => onUndo(record.id, what)}
        >
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
          disabled={busy}
          onClick={() =>
            onAnswer({ status: 'taken', takenAt: 'now', amount: null, reason: '' }, `Noted: ${what}, taken.`)
          }
        >
          Taken<span className="visually-hidden"> ({what})</span>
        </button>
        <button
          type="button"
          className="button-secondary button-small"
          disabled={busy}
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

/** A dose taken at another time of the day, or in another amount. */
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
        onSave({ status: 'taken', takenAt: time, amount: taken === dose.dose ? null : taken, reason: '' });
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
