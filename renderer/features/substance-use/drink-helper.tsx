import { useId, useState } from 'react';
import {
  commonDrinks,
  standardDrinks,
  type StandardDrinkDefinition,
} from '../../../shared/substance-use/standard-drinks';
import type { Substance } from '../../../shared/substance-use/substance-use';
import { amountWords } from '../../../shared/substance-use/substance-words';
import { Notice } from '../../components/notice';
import { formatDate } from '../../lib/format-date';
import { useOneAtATime } from '../../lib/use-one-at-a-time';
import { useSetUseDays } from './api';

const positive = (text: string) => {
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

/**
 * From what I drank to standard drinks: a common drink (its size and strength can be changed) and
 * how many, worked out with my country's standard drink, and added to a day's amount.
 */
export function DrinkHelper({
  substance,
  drink,
  today,
  amounts,
}: {
  substance: Substance;
  drink: StandardDrinkDefinition;
  today: string;
  amounts: ReadonlyMap<string, number>;
}) {
  const id = useId();
  const [volume, setVolume] = useState(String(commonDrinks[0]!.volumeMl));
  const [strength, setStrength] = useState(String(commonDrinks[0]!.abvPercent));
  const [count, setCount] = useState('1');
  const [day, setDay] = useState(today);
  const [said, setSaid] = useState<{ tone: 'success' | 'error'; text: string }>();
  const setDays = useSetUseDays();
  const saving = useOneAtATime();
  const volumeMl = positive(volume);
  const abvPercent = positive(strength);
  const how = positive(count);
  const total =
    volumeMl && abvPercent && abvPercent <= 100 && how
      ? standardDrinks({ volumeMl: volumeMl * how, abvPercent }, drink)
      : undefined;

  const add = () =>
    saving.run(async () => {
      if (total === undefined) return;
      if (!day || day > today) return setSaid({ tone: 'error', text: 'Choose today or an earlier day.' });
      const amount = Math.round(((amounts.get(day) ?? 0) + total) * 100) / 100;
      const result = await setDays.run({ substanceId: substance.id, days: [{ day, amount }] });
      setSaid(
        result.ok
          ? { tone: 'success', text: `${formatDate(day)} now has ${amountWords(amount, substance, drink)}.` }
          : { tone: 'error', text: result.error.message },
      );
    });

  return (
    <details className="drink-helper">
      <summary>Work out standard drinks from what I drank</summary>
      <p className="muted">One {drink.name}. Sizes and strengths vary: the label on the bottle or can says.</p>
      <div className="field">
        <label htmlFor={`${id}-common`}>A common drink</label>
        <select
          id={`${id}-common`}
          onChange={(event) => {
            const chosen = commonDrinks[Number(event.target.value)]!;
            setVolume(String(chosen.volumeMl));
            setStrength(String(chosen.abvPercent));
          }}
        >
          {commonDrinks.map((common, index) => (
            <option key={common.label} value={index}>
              {common.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-volume`}>Size (ml)</label>
          <input
            id={`${id}-volume`}
            inputMode="decimal"
            value={volume}
            onChange={(event) => setVolume(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-strength`}>Strength (% alcohol)</label>
          <input
            id={`${id}-strength`}
            inputMode="decimal"
            value={strength}
            onChange={(event) => setStrength(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-count`}>How many</label>
          <input
            id={`${id}-count`}
            inputMode="decimal"
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
        </div>
      </div>
      <p role="status" className="drink-result">
        {total === undefined
          ? 'Write the size, strength and how many as numbers to work it out.'
          : `That is ${amountWords(total, substance, drink)}.`}
      </p>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Add it to the day</label>
          <input
            id={`${id}-day`}
            type="date"
            max={today}
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </div>
        <p>
          <button
            type="button"
            className="button-secondary"
            disabled={total === undefined || saving.busy}
            onClick={() => void add()}
          >
            Add to that day
          </button>
        </p>
      </div>
      {said && <Notice tone={said.tone}>{said.text}</Notice>}
    </details>
  );
}
