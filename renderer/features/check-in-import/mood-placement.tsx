import { useId } from 'react';
import { daylioDefaultMoods } from '../../../shared/check-in-import/daylio-export';
import type { FoundMood } from '../../../shared/check-in-import/import-preview';
import { moodMetric } from '../../../shared/metrics/metric-key';
import { plural } from '../../lib/plural';
import { moveLabel, suggestedValues, unplacedLabels, type MoodPlacement } from './import-choices';

const scaleWords = (value: number) =>
  value === 0 ? ` (${moodMetric.lowLabel})` : value === 10 ? ` (${moodMetric.highLabel})` : '';

/**
 * Every mood label in the file, worst first, each with its value on Waypoint's 0–10 scale.
 * Daylio's five come placed; the person's own are put in order and given a value (a suggested
 * spread they can change). Nothing is imported until every label has one.
 */
export function MoodPlacementField({
  moods,
  placement,
  onChange,
  showUnplaced,
}: {
  moods: readonly FoundMood[];
  placement: MoodPlacement;
  onChange(placement: MoodPlacement): void;
  /** The person tried to import with labels still unplaced: say which, at the field. */
  showUnplaced: boolean;
}) {
  const id = useId();
  const counts = new Map(moods.map((mood) => [mood.label, mood]));
  const isDefault = (label: string) => counts.get(label)?.defaultValue !== null;
  const unplaced = unplacedLabels(placement);
  const own = placement.order.filter((label) => !isDefault(label));
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Moods</h2>
      <p>
        Waypoint records mood from 0 ({moodMetric.lowLabel}) to 10 ({moodMetric.highLabel}). Daylio’s own five moods
        have values already: awful {daylioDefaultMoods.awful}, bad {daylioDefaultMoods.bad}, meh{' '}
        {daylioDefaultMoods.meh}, good {daylioDefaultMoods.good}, rad {daylioDefaultMoods.rad}. That is five even steps
        with “meh” in the middle, a point in from each end, because Daylio has no word for the very worst or the very
        best day. I can change any of them.
      </p>
      {own.length > 0 && (
        <p id={`${id}-own`}>
          {own.length === 1 ? 'One mood is my own word' : `${own.length} moods are my own words`}: I put{' '}
          {own.length === 1 ? 'it' : 'them'} in order from worst to best with the arrows, then give each a value, or let
          Waypoint suggest an even spread that I can change.
        </p>
      )}
      {showUnplaced && unplaced.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          Give each mood a value before importing: {unplaced.map((label) => `“${label}”`).join(', ')}.
        </p>
      )}
      <ol className="mood-placement" aria-label="My moods from worst to best">
        {placement.order.map((label, index) => {
          const mood = counts.get(label);
          const value = placement.values[label];
          const selectId = `${id}-value-${index}`;
          const missing = showUnplaced && value === undefined;
          return (
            <li key={label} className="mood-placement-row">
              <label htmlFor={selectId} className="mood-placement-label">
                <span className="mood-placement-name">{label}</span>
                <span className="field-hint">
                  {plural(mood?.count ?? 0, 'entry', 'entries')}
                  {mood?.defaultValue !== null ? ' · Daylio’s default' : ''}
                </span>
              </label>
              <select
                id={selectId}
                value={value ?? ''}
                aria-invalid={missing || undefined}
                aria-describedby={missing ? `${id}-error` : undefined}
                onChange={(event) =>
                  onChange({
                    ...placement,
                    values: {
                      ...placement.values,
                      [label]: event.target.value === '' ? undefined : Number(event.target.value),
                    },
                  })
                }
              >
                <option value="">Choose a value…</option>
                {Array.from({ length: 11 }, (_, step) => (
                  <option key={step} value={step}>
                    {step}
                    {scaleWords(step)}
                  </option>
                ))}
              </select>
              <span className="button-row mood-placement-moves">
                <button
                  type="button"
                  className="button-quiet button-small"
                  disabled={index === 0}
                  aria-label={`Move “${label}” up, towards worse`}
                  onClick={() => onChange(moveLabel(placement, label, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button-quiet button-small"
                  disabled={index === placement.order.length - 1}
                  aria-label={`Move “${label}” down, towards better`}
                  onClick={() => onChange(moveLabel(placement, label, 1))}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {own.length > 0 && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => onChange(suggestedValues(placement, isDefault))}
          >
            Suggest values for my own moods from this order
          </button>
        </div>
      )}
    </section>
  );
}
