import { useId, useState } from 'react';
import type { DoseRecord, RefillDue } from '../../../shared/medications/medication';
import type {
  AsNeededOfTheDay,
  DoseOfTheDay,
  RecordDoseRequest,
} from '../../../shared/medications/medication-requests';
import { doseText, spokenList } from '../../../shared/medications/medication-words';
import { unansweredDueBy } from '../../../shared/medications/dose-schedule';
import { Notice } from '../../components/notice';
import { localTimeZone, useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Link } from 'react-router';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useDeleteDoses, useMedications, useRecordDose, useTakeAsPlanned } from './api';
import { formatTimeAt, formatTimeOfDay } from '../../../shared/dates/format-time';

/** The wall-clock time a dose was taken, where it was taken. */
const takenTime = (record: DoseRecord) => formatTimeAt(record.takenAt!, record.timeZone!);

/** When the next as-needed dose is allowed: "14:30", or "14:30 on 20 November" when not today. */
function nextAllowedWords(instant: string, today: string): string {
  const zone = localTimeZone();
  const time = formatTimeAt(instant, zone);
  const day = new Date(instant).toLocaleDateString('en-CA', { timeZone: zone });
  return day === today ? time : `${time} on ${formatDate(day)}`;
}

type DoseAnswer = Pick<RecordDoseRequest, 'status' | 'takenAt' | 'amount' | 'reason'>;

/** Today's medicines on the home screen (a slot of the Today panel). */
export function TodayDoses() {
  const today = useCheckInToday();
  return today ? <DayDoses day={today} today={today} /> : null;
}

/** Today, the medicines whose supply is down to my refill level, with the way to write a new count. */
function RefillNotice({ refills }: { refills: readonly RefillDue[] }) {
  if (refills.length === 0) return null;
  const left = refills.map((refill) => `${refill.name}, ${plural(refill.left, 'dose')} left`);
  return (
    <Notice tone="info" title="Time to get more">
      <p>
        {spokenList(left)}. When I have more, I write the new count in{' '}
        <Link to="/plan/medications">my medications</Link>.
      </p>
    </Notice>
  );
}

/**
 * The medicines of one day: each scheduled dose with Taken, Skipped and "Another time or dose", or
 * what I said about it (with Undo); "all as planned" when several are due and unanswered; and each
 * as-needed medicine with the doses taken that day (each with Undo). Today, "Taken" means now and
 * an as-needed medicine says when the next is allowed, as a caution: the button stays, because a
 * dose taken must be written for the 24-hour count to be right. On a past day, "Taken" means at its
 * planned time. Says nothing when I took no medication that day; a refusal from main is shown.
 */
export function DayDoses({
  day,
  today,
  title = 'My medicines today',
  empty,
}: {
  day: string;
  today: string;
  title?: string;
  /** What to say when no medicine was due that day; by default, nothing is shown. */
  empty?: string;
}) {
  const view = useMedications(day);
  const record = useRecordDose();
  const undo = useDeleteDoses();
  const asPlanned = useTakeAsPlanned();
  const sending = useOneAtATime();
  const [said, setSaid] = useState<{ tone: 'success' | 'error'; text: string }>();
  const titleId = useId();
  const data = view.data;
  if (view.error) return <Notice tone="error">My medicines could not be read: {view.error.message}</Notice>;
  if (!data) return null;
  const isToday = day === today;
  const refills = isToday ? data.refills : [];
  if (data.due.length === 0 && data.asNeeded.length === 0 && refills.length === 0)
    return empty ? <p className="muted">{empty}</p> : null;

  const send = (work: () => Promise<{ ok: boolean; error?: { message: string } }>, words: string) =>
    sending.run(async () => {
      const result = await work();
      setSaid(result.ok ? { tone: 'success', text: words } : { tone: 'error', text: result.error!.message });
    });
  const answer = (request: RecordDoseRequest, words: string) => send(() => record.run(request), words);
  const clear = (id: string, what: string) => send(() => undo.run({ ids: [id] }), `Cleared what I said about ${what}.`);
  const open = unansweredDueBy(data.due, new Date());

  return (
    <div className="today-group today-doses" aria-labelledby={titleId} role="group">
      <h3 id={titleId}>{title}</h3>
      <RefillNotice refills={refills} />
      <ul className="today-list">
        {data.due.map((dose) => (
          <DueDose
            key={`${dose.medicationId} ${dose.dueTime}`}
            dose={dose}
            isToday={isToday}
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
            isToday={isToday}
            today={today}
            busy={sending.busy}
            onTook={(takenAt, words) =>
              void answer(
                {
                  medicationId: medicine.medicationId,
                  day: data.day,
                  dueTime: null,
                  status: 'taken',
                  takenAt,
                  amount: null,
                  reason: '',
                },
                words,
              )
            }
            onUndo={(id, what) => void clear(id, what)}
          />
        ))}
      </ul>
      {open.length > 1 && (
        <DoseButton
          label={isToday ? 'I took these as planned' : 'I took them all as planned'}
          about={spokenList(open.map((dose) => `${dose.name} at ${formatTimeOfDay(dose.dueTime)}`))}
          disabled={sending.busy}
          onClick={() =>
            void send(async () => {
              const result = await asPlanned.run({ day: data.day });
              return result.ok ? { ok: true } : result;
            }, `Noted: ${open.length} doses taken as planned.`)
          }
        />
      )}
      {said && <Notice tone={said.tone}>{said.text}</Notice>}
    </div>
  );
}

/**
 * An as-needed medicine: the doses taken that day, when the next is allowed (today), "Took one now"
 * (today) and "At another time".
 */
function AsNeeded({
  medicine,
  isToday,
  today,
  busy,
  onTook,
  onUndo,
}: {
  medicine: AsNeededOfTheDay;
  isToday: boolean;
  today: string;
  busy: boolean;
  onTook(takenAt: RecordDoseRequest['takenAt'], words: string): void;
  onUndo(id: string, what: string): void;
}) {
  const [other, setOther] = useState(false);
  const what = `${medicine.name} ${doseText(medicine.dose, medicine.unit)}`;
  const none = isToday ? 'none today' : 'none that day';
  return (
    <li className="today-as-needed">
      <span className="today-item-text">
        {what}, as needed
        <span className="muted">
          {' '}
          · {medicine.taken.length === 0 ? none : `taken at ${medicine.taken.map(takenTime).join(', ')}`}
          {isToday &&
            medicine.nextAllowedAt &&
            ` · the next is allowed from ${nextAllowedWords(medicine.nextAllowedAt, today)}`}
        </span>
      </span>
      <span className="today-dose-actions">
        {isToday && (
          <DoseButton
            label="Took one now"
            about={medicine.name}
            disabled={busy}
            onClick={() => onTook('now', `Noted: I took ${medicine.name} now.`)}
          />
        )}
        <DoseButton
          label={isToday ? 'At another time' : 'Took one'}
          about={medicine.name}
          quiet
          expanded={other}
          onClick={() => setOther(!other)}
        />
        {medicine.taken.length > 0 && (
          <DoseButton
            label="Undo the last"
            about={medicine.name}
            quiet
            disabled={busy}
            onClick={() => {
              const last = medicine.taken.at(-1)!;
              onUndo(last.id, `${what} at ${takenTime(last)}`);
            }}
          />
        )}
      </span>
      {other && (
        <TakenAtForm
          name={medicine.name}
          time=""
          onSave={({ time }) => {
            setOther(false);
            onTook(time, `Noted: I took ${medicine.name} at ${formatTimeOfDay(time)}.`);
          }}
        />
      )}
    </li>
  );
}

/** One scheduled dose: the buttons to answer it, or what I said and Undo. */
function DueDose({
  dose,
  isToday,
  busy,
  onAnswer,
  onUndo,
}: {
  dose: DoseOfTheDay;
  isToday: boolean;
  busy: boolean;
  onAnswer(answer: DoseAnswer, words: string): void;
  onUndo(id: string, what: string): void;
}) {
  const [other, setOther] = useState(false);
  const what = `${dose.name} ${doseText(dose.dose, dose.unit)} at ${formatTimeOfDay(dose.dueTime)}`;
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
        <DoseButton label="Undo" about={what} quiet disabled={busy} onClick={() => onUndo(record.id, what)} />
      </li>
    );
  }
  return (
    <li>
      <span className="today-item-text">{what}</span>
      <span className="today-dose-actions">
        <DoseButton
          label="Taken"
          about={what}
          disabled={busy}
          onClick={() =>
            onAnswer(
              { status: 'taken', takenAt: isToday ? 'now' : 'as-planned', amount: null, reason: '' },
              `Noted: ${what}, taken.`,
            )
          }
        />
        <DoseButton
          label="Skipped"
          about={what}
          disabled={busy}
          onClick={() =>
            onAnswer({ status: 'skipped', takenAt: null, amount: null, reason: '' }, `Noted: ${what}, skipped.`)
          }
        />
        <DoseButton label="Another time or dose" about={what} quiet expanded={other} onClick={() => setOther(!other)} />
      </span>
      {other && (
        <TakenAtForm
          name={dose.name}
          time={dose.dueTime}
          amount={{ planned: dose.dose, unit: dose.unit }}
          onSave={({ time, amount }) => {
            setOther(false);
            onAnswer(
              { status: 'taken', takenAt: time, amount, reason: '' },
              `Noted: ${what}, taken at ${formatTimeOfDay(time)}${amount === null ? '' : `, ${doseText(amount, dose.unit)}`}.`,
            );
          }}
        />
      )}
    </li>
  );
}

/**
 * When a dose was taken, as a time of its day, and for a scheduled dose the amount (null when it was
 * the planned one).
 */
function TakenAtForm({
  name,
  time: plannedTime,
  amount: planned,
  onSave,
}: {
  name: string;
  time: string;
  amount?: { planned: number; unit: string };
  onSave(answer: { time: string; amount: number | null }): void;
}) {
  const [time, setTime] = useState(plannedTime);
  const [amount, setAmount] = useState(planned ? String(planned.planned) : '');
  const [problem, setProblem] = useState<string>();
  const id = useId();
  return (
    <form
      className="dose-other-time"
      aria-label={planned ? `Another time or dose for ${name}` : `When I took ${name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!/^\d{2}:\d{2}$/.test(time)) return setProblem('Choose the time I took it.');
        if (!planned) return onSave({ time, amount: null });
        const taken = Number(amount.replace(',', '.'));
        if (!(taken > 0)) return setProblem('Write the amount as a number, such as 50 or 0.5.');
        onSave({ time, amount: taken === planned.planned ? null : taken });
      }}
    >
      <label htmlFor={`${id}-time`}>Taken at</label>
      <input id={`${id}-time`} type="time" value={time} onChange={(event) => setTime(event.target.value)} />
      {planned && (
        <>
          <label htmlFor={`${id}-amount`}>Amount ({planned.unit})</label>
          <input
            id={`${id}-amount`}
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        </>
      )}
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

/** A button of one dose or medicine, with the dose named for a screen reader: "Taken (Sertraline 100 mg at 08:00)". */
function DoseButton({
  label,
  about,
  quiet = false,
  disabled = false,
  expanded,
  onClick,
}: {
  label: string;
  about: string;
  quiet?: boolean;
  disabled?: boolean;
  expanded?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={`${quiet ? 'button-quiet' : 'button-secondary'} button-small`}
      disabled={disabled}
      aria-expanded={expanded}
      onClick={onClick}
    >
      {label}
      <span className="visually-hidden"> ({about})</span>
    </button>
  );
}
