import { useState } from 'react';
import type { Medication } from '../../../shared/medications/medication';
import { sideEffectDaysShown, type SideEffect } from '../../../shared/medications/medication-requests';
import { DateField, SelectField, TextField } from '../../components/form-fields';
import { FormFrame } from '../../components/form-frame';
import { Notice } from '../../components/notice';
import { UndoNotice } from '../../components/undo-notice';
import { formatDate } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useClearSideEffect, useSetSideEffect } from './api';
import type { OneMedicationFormProps } from './medication-form';

const botherOptions = Array.from({ length: 11 }, (_, bother) => ({
  value: String(bother),
  label: bother === 0 ? '0 (not at all)' : bother === 10 ? '10 (as much as I can imagine)' : String(bother),
}));

/** "Nausea · bothered me 4 out of 10" */
const sideEffectWords = (sideEffect: SideEffect) =>
  `${sideEffect.words || 'A side effect'} · bothered me ${sideEffect.bother} out of 10`;

/** Notes a side effect of one medication on a day; noting the same day again replaces it. */
function SideEffectForm({ medication, today, onDone }: OneMedicationFormProps) {
  const [day, setDay] = useState<string | null>(today);
  const [bother, setBother] = useState('3');
  const [words, setWords] = useState('');
  const [dayError, setDayError] = useState<string>();
  const set = useSetSideEffect();
  async function save() {
    const error = !day ? 'Choose the day.' : day > today ? 'Choose today or an earlier day.' : undefined;
    setDayError(error);
    if (error || !day) return undefined;
    return {
      result: await set.run({ medicationId: medication.id, day, bother: Number(bother), words: words.trim() }),
      success: `Noted a side effect of ${medication.name} on ${formatDate(day)}.`,
    };
  }
  return (
    <FormFrame
      title={`A side effect of ${medication.name}`}
      level={3}
      submitLabel="Note it"
      save={save}
      onDone={onDone}
    >
      <DateField
        label="Day"
        hint="One note a day for each medicine: noting the same day again replaces it."
        value={day}
        onChange={setDay}
        error={dayError}
      />
      <TextField label="What I noticed" hint="Dry mouth, headache, sleepy" value={words} onChange={setWords} />
      <SelectField label="How much it bothered me" value={bother} onChange={setBother} options={botherOptions} />
    </FormFrame>
  );
}

/**
 * A medication's side effects of the last 90 days, the latest first, each with Delete (and Undo),
 * and a form to note one.
 */
export function SideEffects({
  medication,
  today,
  sideEffects,
}: {
  medication: Medication;
  today: string;
  sideEffects: readonly SideEffect[];
}) {
  const [noting, setNoting] = useState(false);
  const [said, setSaid] = useState<string>();
  const [removed, setRemoved] = useState<SideEffect>();
  const clear = useClearSideEffect();
  const set = useSetSideEffect();
  const busy = useOneAtATime();
  const mine = sideEffects.filter((sideEffect) => sideEffect.medicationId === medication.id);
  const forget = (sideEffect: SideEffect) =>
    busy.run(async () => {
      const result = await clear.run({ medicationId: sideEffect.medicationId, day: sideEffect.day });
      setSaid(result.ok ? undefined : result.error.message);
      if (result.ok) setRemoved(result.value);
    });
  const undo = (sideEffect: SideEffect) =>
    busy.run(async () => {
      const result = await set.run(sideEffect);
      setRemoved(undefined);
      setSaid(result.ok ? 'The side effect is back.' : result.error.message);
    });
  return (
    <div className="side-effects">
      <h3>Side effects</h3>
      {said && <Notice tone="success">{said}</Notice>}
      {removed && (
        <UndoNotice onUndo={() => void undo(removed)} onDismiss={() => setRemoved(undefined)}>
          Deleted the side effect of {formatDate(removed.day)}.
        </UndoNotice>
      )}
      {mine.length === 0 ? (
        <p className="muted">None noted in the last {sideEffectDaysShown} days.</p>
      ) : (
        <ul className="side-effect-list" aria-label={`Side effects of ${medication.name}`}>
          {mine.map((sideEffect) => (
            <li key={sideEffect.day}>
              <span className="entry-day">{formatDate(sideEffect.day)}</span> {sideEffectWords(sideEffect)}{' '}
              <button
                type="button"
                className="button-quiet button-small"
                disabled={busy.busy}
                onClick={() => void forget(sideEffect)}
              >
                Delete<span className="visually-hidden"> the side effect of {formatDate(sideEffect.day)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {noting ? (
        <SideEffectForm
          medication={medication}
          today={today}
          onDone={(message) => {
            setNoting(false);
            setSaid(message);
          }}
        />
      ) : (
        <button type="button" className="button-secondary button-small" onClick={() => setNoting(true)}>
          Note a side effect<span className="visually-hidden"> of {medication.name}</span>
        </button>
      )}
    </div>
  );
}
