import { useMemo, useState } from 'react';
import { addMonths } from '../../../shared/dates/calendar-date';
import { standardDrinkDefinitions, type StandardDrinkCountry } from '../../../shared/substance-use/standard-drinks';
import type { Substance } from '../../../shared/substance-use/substance-use';
import type { SubstanceUseView } from '../../../shared/substance-use/substance-use-requests';
import { goalWords } from '../../../shared/substance-use/substance-words';
import { SelectField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { PageHeading } from '../../components/page-heading';
import { useCheckInToday } from '../../lib/check-in-clock';
import { formatDay } from '../../lib/format-date';
import { useSettings } from '../../lib/settings';
import { useSubstanceUse } from './api';
import { DrinkHelper } from './drink-helper';
import { SubstanceForm } from './substance-form';
import { daysOfMonth, UseMonthGrid } from './use-month-grid';

/**
 * Plan → Substance use: the substances my plan is about, each with my goal (not to use it, or a
 * daily limit), and a month at a time of how much I used each day, for the past too. A day of use
 * against my goal is a lapse: the counts and charts follow it.
 */
export function SubstanceUsePage() {
  const today = useCheckInToday();
  return (
    <>
      <PageHeading description="The days I used and how much, a month at a time. A lapse is information, not a reset: the days before it still count.">
        Substance use
      </PageHeading>
      {today ? <UseMonths today={today} /> : <p className="muted">Looking at today…</p>}
    </>
  );
}

function UseMonths({ today }: { today: string }) {
  const [month, setMonth] = useState(`${today.slice(0, 7)}-01`);
  const days = daysOfMonth(month);
  const view = useSubstanceUse(month, days.at(-1)!);
  const [adding, setAdding] = useState(false);
  const [chosenId, setChosenId] = useState<string>();
  const [said, setSaid] = useState<string>();
  const data = view.data;
  if (!data) return <p className="muted">{view.error?.message ?? 'Looking at my substance use…'}</p>;
  const chosen = data.substances.find((substance) => substance.id === chosenId) ?? data.substances[0];
  const done = (message?: string) => {
    setAdding(false);
    if (message) setSaid(message);
  };
  const monthName = formatDay(month, { month: 'long', year: 'numeric' });

  return (
    <>
      {said && <Notice tone="success">{said}</Notice>}
      {data.substances.length === 0 && !adding && (
        <p>
          If my recovery is about alcohol or another substance, I can add it here with my goal, and write how much I
          used each day.
        </p>
      )}
      {data.substances.map((substance) => (
        <SubstanceCard key={substance.id} substance={substance} view={data} onSaid={setSaid} />
      ))}
      {adding ? (
        <SubstanceForm drink={data.standardDrink} onDone={done} />
      ) : (
        <p>
          <button type="button" onClick={() => setAdding(true)}>
            Add a substance
          </button>
        </p>
      )}
      {data.substances.some((substance) => substance.kind === 'alcohol') && <StandardDrinkChoice />}
      {chosen && (
        <section className="card" aria-labelledby="use-month-title">
          <div className="section-head">
            <h2 id="use-month-title">
              {chosen.name} in {monthName}
            </h2>
            <div className="month-nav">
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => setMonth(addMonths(month, -1))}
              >
                Previous month
              </button>
              <button
                type="button"
                className="button-secondary button-small"
                disabled={month.slice(0, 7) === today.slice(0, 7)}
                onClick={() => setMonth(addMonths(month, 1))}
              >
                Next month
              </button>
            </div>
          </div>
          {data.substances.length > 1 && (
            <SelectField
              label="Substance"
              value={chosen.id}
              onChange={setChosenId}
              options={data.substances.map((substance) => ({ value: substance.id, label: substance.name }))}
            />
          )}
          <MonthOf key={`${chosen.id} ${month}`} substance={chosen} month={month} view={data} />
        </section>
      )}
    </>
  );
}

/** One substance's month: the grid, and for alcohol the helper from drinks to standard drinks. */
function MonthOf({ substance, month, view }: { substance: Substance; month: string; view: SubstanceUseView }) {
  const amounts = useMemo(
    () => new Map(view.use.filter((use) => use.substanceId === substance.id).map((use) => [use.day, use.amount])),
    [view.use, substance.id],
  );
  return (
    <>
      <UseMonthGrid
        substance={substance}
        month={month}
        today={view.today}
        amounts={amounts}
        drink={view.standardDrink}
      />
      {substance.kind === 'alcohol' && (
        <DrinkHelper substance={substance} drink={view.standardDrink} today={view.today} amounts={amounts} />
      )}
    </>
  );
}

/** A substance and my goal for it, with Edit. */
function SubstanceCard({
  substance,
  view,
  onSaid,
}: {
  substance: Substance;
  view: SubstanceUseView;
  onSaid(said: string): void;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = `substance-${substance.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{substance.name}</h2>
      <p>{goalWords(substance, view.standardDrink)}</p>
      {editing ? (
        <SubstanceForm
          substance={substance}
          drink={view.standardDrink}
          onDone={(said) => {
            setEditing(false);
            if (said) onSaid(said);
          }}
        />
      ) : (
        <p>
          <button type="button" className="button-secondary button-small" onClick={() => setEditing(true)}>
            Edit<span className="visually-hidden"> {substance.name}</span>
          </button>
        </p>
      )}
    </section>
  );
}

/** Whose standard drink alcohol is counted in: a setting, kept in the vault. */
function StandardDrinkChoice() {
  const { settings, update } = useSettings();
  const [refusal, setRefusal] = useState<string>();
  if (!settings) return null;
  return (
    <div className="card">
      <SelectField<StandardDrinkCountry>
        label="My standard drink"
        hint="Countries count a standard drink differently. Amounts already written stay as they are."
        value={settings.standardDrinkCountry}
        onChange={(country) => void update({ standardDrinkCountry: country }).then(setRefusal)}
        error={refusal}
        options={standardDrinkDefinitions.map((definition) => ({ value: definition.country, label: definition.name }))}
      />
    </div>
  );
}
