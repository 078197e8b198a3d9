import { useId } from 'react';
import { maxDoseTimes } from '../../../shared/medications/medication';
import {
  CheckboxGroupField,
  DateField,
  FieldMessages,
  RadioGroupField,
  TextField,
  describedByFor,
} from '../../components/form-fields';
import type { DraftField, VersionDraft } from './medication-draft';

const weekdayChoices = [
  { value: '1', label: 'Monday' },
  { value: '2', label: 'Tuesday' },
  { value: '3', label: 'Wednesday' },
  { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' },
  { value: '6', label: 'Saturday' },
  { value: '7', label: 'Sunday' },
] as const;

/**
 * How a medication is taken: from which day, the dose and its unit, and when: at set times on
 * chosen days, or as needed with the least time between doses and the most in 24 hours.
 */
export function ScheduleFields({
  draft,
  onChange,
  errors,
  fromLabel,
}: {
  draft: VersionDraft;
  onChange(draft: VersionDraft): void;
  errors: Partial<Record<DraftField, string>>;
  fromLabel: string;
}) {
  const set = <K extends keyof VersionDraft>(key: K, value: VersionDraft[K]) => onChange({ ...draft, [key]: value });
  return (
    <>
      <DateField label={fromLabel} value={draft.from} onChange={(from) => set('from', from)} error={errors.from} />
      <div className="field-row">
        <TextField label="Dose" value={draft.dose} onChange={(dose) => set('dose', dose)} error={errors.dose} />
        <TextField
          label="Unit"
          hint="mg, tablet, ml, puff…"
          value={draft.unit}
          onChange={(unit) => set('unit', unit)}
          error={errors.unit}
        />
      </div>
      <RadioGroupField
        label="When I take it"
        value={draft.kind}
        onChange={(kind) => set('kind', kind)}
        options={[
          { value: 'scheduled', label: 'At set times' },
          { value: 'as-needed', label: 'As needed' },
        ]}
      />
      {draft.kind === 'scheduled' ? (
        <>
          <DoseTimes times={draft.times} onChange={(times) => set('times', times)} error={errors.times} />
          <CheckboxGroupField
            label="On these days"
            options={weekdayChoices}
            value={draft.weekdays.map(String) as (typeof weekdayChoices)[number]['value'][]}
            onChange={(days) => set('weekdays', days.map(Number))}
            error={errors.weekdays}
            chips
          />
        </>
      ) : (
        <div className="field-row">
          <TextField
            label="At least this many hours between doses"
            value={draft.hoursBetween}
            onChange={(hours) => set('hoursBetween', hours)}
            error={errors.hoursBetween}
          />
          <TextField
            label="At most this many doses in 24 hours"
            value={draft.maxPer24Hours}
            onChange={(most) => set('maxPer24Hours', most)}
            error={errors.maxPer24Hours}
          />
        </div>
      )}
    </>
  );
}

/** The times of day a dose is due: one field each, added and removed by button. */
function DoseTimes({ times, onChange, error }: { times: string[]; onChange(times: string[]): void; error?: string }) {
  const id = useId();
  return (
    <fieldset className="field dose-times" aria-describedby={describedByFor(id, undefined, error)}>
      <legend>At these times</legend>
      <ul className="dose-time-list">
        {times.map((time, index) => (
          <li key={index}>
            <input
              type="time"
              aria-label={`Time ${index + 1}`}
              value={time}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(times.map((kept, at) => (at === index ? event.target.value : kept)))}
            />
            {times.length > 1 && (
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => onChange(times.filter((_, at) => at !== index))}
              >
                Remove<span className="visually-hidden"> time {index + 1}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {times.length < maxDoseTimes && (
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => onChange([...times, nextTime(times)])}
        >
          Add a time
        </button>
      )}
      <FieldMessages id={id} error={error} />
    </fieldset>
  );
}

/** A time not yet chosen: 4 hours after the last (12:00 after 08:00), or the next free hour. */
function nextTime(times: readonly string[]): string {
  const last = times.at(-1) ?? '08:00';
  let minutes = (Number(last.slice(0, 2)) * 60 + Number(last.slice(3, 5)) + 4 * 60) % (24 * 60);
  const text = (value: number) =>
    `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  while (times.includes(text(minutes))) minutes = (minutes + 60) % (24 * 60);
  return text(minutes);
}
