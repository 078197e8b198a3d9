import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { addDays } from '../../../shared/dates/calendar-date';
import { isoWeekday } from '../../../shared/medications/dose-schedule';
import type { StandardDrinkDefinition } from '../../../shared/substance-use/standard-drinks';
import { isLapse, type Substance } from '../../../shared/substance-use/substance-use';
import { amountText } from '../../../shared/medications/medication-words';
import { amountWords } from '../../../shared/substance-use/substance-words';
import { Notice } from '../../components/notice';
import { formatDay, weekdayNames } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useSetUseDays } from './api';

/** The days of a month, 'YYYY-MM-01' to its last. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = month; day.slice(0, 7) === month.slice(0, 7); day = addDays(day, 1)) days.push(day);
  return days;
}

/** What is typed in a cell, read: null for empty (not written), a number, or a problem. */
function readCell(text: string): { amount: number | null } | { problem: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { amount: null };
  const amount = Number(trimmed);
  if (!Number.isFinite(amount) || amount < 0 || amount > 100_000) {
    return { problem: 'write a number, such as 2 or 0.5 (0 for a day I did not use), or leave it empty' };
  }
  return { amount };
}

/** The month in a sentence: days of use and how much, how many against my goal, none, not written. */
function monthSummary({
  substance,
  drink,
  monthName,
  writable,
  amounts,
  empty,
}: {
  substance: Substance;
  drink: StandardDrinkDefinition;
  monthName: string;
  writable: readonly string[];
  amounts: ReadonlyMap<string, number>;
  empty: number;
}): string {
  const used = writable.filter((day) => (amounts.get(day) ?? 0) > 0);
  const lapses = used.filter((day) => isLapse(substance.goal, amounts.get(day)!)).length;
  const total = used.reduce((sum, day) => sum + amounts.get(day)!, 0);
  const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;
  const use =
    used.length === 0
      ? `No day of use written in ${monthName}`
      : `${days(used.length)} of use in ${monthName}, ${amountWords(total, substance, drink)} in all`;
  const against = lapses > 0 ? `; ${lapses} of them against my goal` : '';
  return `${use}${against}. ${days(writable.length - used.length - empty)} written as none, ${empty} not written yet.`;
}

const weekdays = weekdayNames('long');
const cellName = (day: string) => formatDay(day, { weekday: 'long', month: 'long', day: 'numeric' });

/**
 * A month of one substance's use, timeline follow-back style: a calendar of cells, one per day,
 * each the amount that day (0 when I did not use, empty when not written yet). A cell saves when I
 * leave it or press Enter (which goes on to the next day); the arrows up and down move by a week.
 * Days still to come have no cell. A day that went against my goal is marked, in words as well.
 */
export function UseMonthGrid({
  substance,
  month,
  today,
  amounts,
  drink,
}: {
  substance: Substance;
  /** The month's first day. */
  month: string;
  today: string;
  /** What is written for this substance, by day. */
  amounts: ReadonlyMap<string, number>;
  drink: StandardDrinkDefinition;
}) {
  const setDays = useSetUseDays();
  const saving = useOneAtATime();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [filled, setFilled] = useState<string[]>();
  const [refusal, setRefusal] = useState<string>();
  const tableRef = useRef<HTMLTableElement>(null);
  const id = useId();
  const days = daysOfMonth(month);
  const writable = days.filter((day) => day <= today);
  const textOf = (day: string) => edits[day] ?? (amounts.has(day) ? amountText(amounts.get(day)!) : '');

  async function save(day: string): Promise<void> {
    const text = edits[day];
    if (text === undefined) return;
    const read = readCell(text);
    if ('problem' in read) return setProblems((now) => ({ ...now, [day]: read.problem }));
    setProblems(({ [day]: _, ...rest }) => rest);
    if (read.amount === (amounts.get(day) ?? null)) return setEdits(({ [day]: _, ...rest }) => rest);
    const result = await setDays.run({ substanceId: substance.id, days: [{ day, amount: read.amount }] });
    if (!result.ok) return setRefusal(result.error.message);
    setRefusal(undefined);
    setEdits(({ [day]: _, ...rest }) => rest);
  }

  const focusDay = (day: string) =>
    tableRef.current?.querySelector<HTMLInputElement>(`input[data-day="${day}"]`)?.focus();

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, day: string): void {
    const step = { Enter: 1, ArrowDown: 7, ArrowUp: -7 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    void save(day);
    focusDay(addDays(day, step));
  }

  const empty = writable.filter((day) => !amounts.has(day) && edits[day] === undefined);
  const fill = (list: string[], amount: 0 | null) =>
    saving.run(async () => {
      const result = await setDays.run({ substanceId: substance.id, days: list.map((day) => ({ day, amount })) });
      if (!result.ok) return setRefusal(result.error.message);
      setRefusal(undefined);
      setFilled(amount === 0 ? list : undefined);
    });

  const leading = isoWeekday(month) - 1;
  const weeks = Math.ceil((leading + days.length) / 7);
  const monthName = formatDay(month, { month: 'long', year: 'numeric' });

  return (
    <div className="use-month">
      <p>{monthSummary({ substance, drink, monthName, writable, amounts, empty: empty.length })}</p>
      <table className="use-grid" ref={tableRef}>
        <caption className="visually-hidden">
          {substance.name}: how much each day of {monthName}
        </caption>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col">
                <abbr title={name}>{name.slice(0, 3)}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: weeks }, (_, week) => (
            <tr key={week}>
              {Array.from({ length: 7 }, (_, weekday) => {
                const day = days[week * 7 + weekday - leading];
                if (!day) return <td key={weekday} className="use-none" />;
                const amount = amounts.get(day);
                return (
                  <DayCell
                    key={day}
                    day={day}
                    today={today}
                    inputId={`${id}-${day}`}
                    lapseId={`${id}-lapse`}
                    text={textOf(day)}
                    problem={problems[day] !== undefined}
                    lapse={amount !== undefined && edits[day] === undefined && isLapse(substance.goal, amount)}
                    onChange={(text) => setEdits((now) => ({ ...now, [day]: text }))}
                    onSave={() => void save(day)}
                    onKeyDown={(event) => onKeyDown(event, day)}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted use-legend">
        <span className="use-lapse-mark" aria-hidden="true" /> <span id={`${id}-lapse`}>against my goal</span> · 0 is a
        day I did not use; an empty day is not written yet. Enter goes to the next day, the arrows up and down by a
        week.
      </p>
      {Object.entries(problems).map(([day, problem]) => (
        <p key={day} className="field-error" role="alert">
          {cellName(day)}: {problem}.
        </p>
      ))}
      {refusal && <Notice tone="error">{refusal}</Notice>}
      {filled ? (
        <Notice tone="success">
          Marked {filled.length} {filled.length === 1 ? 'day' : 'days'} as none.{' '}
          <button type="button" className="button-quiet button-small" onClick={() => void fill(filled, null)}>
            Undo
          </button>
        </Notice>
      ) : (
        empty.length > 0 && (
          <p>
            <button
              type="button"
              className="button-secondary"
              disabled={saving.busy}
              onClick={() => void fill(empty, 0)}
            >
              Mark the {empty.length} empty {empty.length === 1 ? 'day' : 'days'} as none
            </button>
          </p>
        )
      )}
    </div>
  );
}

/** One day of the grid: its number, and its amount to type unless the day is still to come. */
function DayCell({
  day,
  today,
  inputId,
  lapseId,
  text,
  problem,
  lapse,
  onChange,
  onSave,
  onKeyDown,
}: {
  day: string;
  today: string;
  inputId: string;
  /** The words the lapse mark stands for. */
  lapseId: string;
  text: string;
  problem: boolean;
  lapse: boolean;
  onChange(text: string): void;
  onSave(): void;
  onKeyDown(event: KeyboardEvent<HTMLInputElement>): void;
}) {
  const number = Number(day.slice(8));
  if (day > today) {
    return (
      <td className="use-later">
        <span className="use-day-number">{number}</span>
      </td>
    );
  }
  return (
    <td className={lapse ? 'use-day use-lapse' : 'use-day'}>
      <label htmlFor={inputId} className="use-day-number">
        {number}
        <span className="visually-hidden"> ({cellName(day)})</span>
      </label>
      {lapse && <span className="use-lapse-mark" aria-hidden="true" />}
      <input
        id={inputId}
        data-day={day}
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={problem || undefined}
        aria-describedby={lapse ? lapseId : undefined}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onSave}
        onKeyDown={onKeyDown}
      />
    </td>
  );
}
