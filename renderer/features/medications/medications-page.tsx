import type { SideEffect } from '../../../shared/medications/medication-requests';
import { SideEffects } from './side-effects';
import type { OneMedicationFormProps } from './medication-form';
import { useState } from 'react';
import type { Medication } from '../../../shared/medications/medication';
import { versionWords } from '../../../shared/medications/medication-words';
import { addDays } from '../../../shared/dates/calendar-date';
import { DateField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useCheckInToday } from '../../lib/check-in-clock';
import { plural } from '../../lib/plural';
import { formatDate } from '../../lib/format-date';
import { usePlanView } from '../../lib/shared-queries';
import { FormFrame } from '../../components/form-frame';
import { useMedications, useStopMedication } from './api';
import { DayDoses } from './day-doses';
import { draftFromMedication, draftFromVersion } from './medication-draft';
import { AddMedicationForm, ChangeDoseForm, EditDetailsForm } from './medication-form';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

/**
 * Plan → Medications: what I take now, each with how I take it and since when, its history of
 * changes, and the ones I stopped. A change of dose or schedule is dated and kept; a stopped
 * medication keeps its history and its doses.
 */
export function MedicationsPage() {
  const view = useMedications(useCheckInToday());
  const [adding, setAdding] = useState(false);
  const [said, setSaid] = useState<string>();
  const data = view.data;
  const done = (message?: string) => {
    setAdding(false);
    if (message) setSaid(message);
  };
  // A medication stopped from a day still to come is taken until then.
  const isStopped = (medication: Medication) => medication.stoppedOn !== null && medication.stoppedOn <= data!.today;
  const current = data?.medications.filter((medication) => !isStopped(medication)) ?? [];
  const stopped = data?.medications.filter(isStopped) ?? [];
  return (
    <>
      <PageHeading description="What I take, how and since when. A change of dose is kept with its date, so I can see what changed.">
        Medications
      </PageHeading>
      {said && <Notice tone="success">{said}</Notice>}
      {!data ? (
        <p className="muted">{view.error?.message ?? 'Looking at my medications…'}</p>
      ) : (
        <>
          {current.length === 0 && !adding && <p>No medications in my list yet.</p>}
          {current.map((medication) => (
            <MedicationCard
              key={medication.id}
              medication={medication}
              today={data.today}
              sideEffects={data.sideEffects}
              onSaid={setSaid}
            />
          ))}
          {adding ? (
            <AddMedicationForm today={data.today} onDone={done} />
          ) : (
            <p>
              <button type="button" onClick={() => setAdding(true)}>
                Add a medication
              </button>
            </p>
          )}
          {data.medications.length > 0 && <AnotherDay today={data.today} />}
          {stopped.length > 0 && (
            <section className="card" aria-labelledby="stopped-medications">
              <h2 id="stopped-medications">Medications I stopped</h2>
              <ul className="medication-history">
                {stopped.map((medication) => (
                  <li key={medication.id}>
                    <strong>{medication.name}</strong> · stopped on {formatDate(medication.stoppedOn!)} · last{' '}
                    {versionWords(medication.versions.at(-1)!, formatTimeOfDay)}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

/** Doses of a past day, filled in after the fact: yesterday unless I choose another day. */
function AnotherDay({ today }: { today: string }) {
  const [day, setDay] = useState<string | null>(addDays(today, -1));
  const later = day !== null && day > today;
  return (
    <section className="card" aria-labelledby="another-day-doses">
      <h2 id="another-day-doses">Doses of another day</h2>
      <DateField
        label="Day"
        hint="A dose counts for the day it was due, whenever I write it."
        value={day}
        onChange={setDay}
        error={later ? 'Choose today or an earlier day.' : undefined}
      />
      {day !== null && !later && (
        <DayDoses
          day={day}
          today={today}
          title={day === today ? 'My medicines today' : `My medicines on ${formatDate(day)}`}
          empty="No medicine was due that day, by my list."
        />
      )}
    </section>
  );
}

type Editing = 'details' | 'dose' | 'stop' | undefined;

/** One medication I take now: how, since when, its history, and what I can change. */
function MedicationCard({
  medication,
  today,
  sideEffects,
  onSaid,
}: {
  medication: Medication;
  today: string;
  sideEffects: readonly SideEffect[];
  onSaid(said: string): void;
}) {
  const [editing, setEditing] = useState<Editing>();
  const professionals = usePlanView().data?.plan.careTeam.professionals ?? [];
  const prescriber = professionals.find((professional) => professional.id === medication.prescriberId);
  const latest = medication.versions.at(-1)!;
  const done = (said?: string) => {
    setEditing(undefined);
    if (said) onSaid(said);
  };
  const headingId = `medication-${medication.id}`;
  return (
    <section className="card medication-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {medication.name}
        {medication.strength && <span className="muted"> · {medication.strength}</span>}
      </h2>
      {medication.stoppedOn && <p>I stop taking it on {formatDate(medication.stoppedOn)}.</p>}
      <p>
        Now: {versionWords(latest, formatTimeOfDay)}, since {formatDate(latest.from)}.
      </p>
      {(medication.purpose || prescriber) && (
        <p className="muted">
          {[medication.purpose && `For ${medication.purpose}`, prescriber && `prescribed by ${prescriber.name}`]
            .filter(Boolean)
            .join(', ')}
          .
        </p>
      )}
      {medication.stock && (
        <p className="muted">
          {plural(medication.stock.count, 'dose')} left, counted down as I take them; Today says to get more at{' '}
          {medication.stock.refillAt}.
        </p>
      )}
      {medication.versions.length > 1 && (
        <details>
          <summary>History of changes</summary>
          <ol className="medication-history">
            {medication.versions.map((version) => (
              <li key={version.from}>
                From {formatDate(version.from)}: {versionWords(version, formatTimeOfDay)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {editing === 'details' && (
        <EditDetailsForm id={medication.id} initial={draftFromMedication(medication)} onDone={done} />
      )}
      {editing === 'dose' && (
        <ChangeDoseForm
          id={medication.id}
          name={medication.name}
          initial={draftFromVersion(latest, today > latest.from ? today : addDays(latest.from, 1))}
          onDone={done}
        />
      )}
      {editing === 'stop' && <StopForm medication={medication} today={today} onDone={done} />}
      {editing === undefined && (
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={() => setEditing('dose')}>
            Change dose or schedule<span className="visually-hidden"> of {medication.name}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => setEditing('details')}>
            Edit details<span className="visually-hidden"> of {medication.name}</span>
          </button>
          <button type="button" className="button-secondary" onClick={() => setEditing('stop')}>
            I stopped taking it<span className="visually-hidden"> ({medication.name})</span>
          </button>
        </div>
      )}
      <SideEffects medication={medication} today={today} sideEffects={sideEffects} />
    </section>
  );
}

/** Stops a medication from a day on; nothing is deleted. */
function StopForm({ medication, today, onDone }: OneMedicationFormProps) {
  const [on, setOn] = useState<string | null>(today);
  const [problem, setProblem] = useState<string>();
  const stop = useStopMedication();
  async function save() {
    setProblem(on ? undefined : 'Choose the first day I no longer took it.');
    if (!on) return undefined;
    return {
      result: await stop.run({ id: medication.id, on }),
      success: `${medication.name} is stopped from ${formatDate(on)}. Its history stays.`,
    };
  }
  return (
    <FormFrame
      title={`Stop ${medication.name}`}
      level={3}
      submitLabel={`Stop ${medication.name}`}
      save={save}
      onDone={onDone}
    >
      <DateField label="The first day I no longer took it" value={on} onChange={setOn} error={problem} />
    </FormFrame>
  );
}
