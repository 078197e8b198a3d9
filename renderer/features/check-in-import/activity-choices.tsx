import { useId, useMemo, useState } from 'react';
import type { ActivityChoice } from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile } from '../../../shared/check-in-import/import-record';
import { plural } from '../../lib/plural';
import { choiceFromValue, choiceOptions, choiceValue } from './import-choices';

function ChoiceSelect({
  id,
  label,
  value,
  groups,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  groups: ReturnType<typeof choiceOptions>;
  onChange(value: string): void;
}) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(event) => onChange(event.target.value)}>
      {groups.map((group) => (
        <optgroup key={group.label} label={group.label}>
          {group.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

const treatmentCounts = (choices: Record<string, ActivityChoice>) => {
  const counts = { measure: 0, coping: 0, trigger: 0, note: 0, skip: 0, medication: 0 };
  for (const choice of Object.values(choices)) counts[choice.treatment]++;
  return counts;
};

/** "3 yes/no measures · 1 coping strategy · 2 left out": what my choices add up to so far. */
function treatmentSummary(choices: Record<string, ActivityChoice>): string {
  const counts = treatmentCounts(choices);
  return [
    counts.measure && plural(counts.measure, 'yes/no measure'),
    counts.coping && plural(counts.coping, 'coping strategy', 'coping strategies'),
    counts.trigger && plural(counts.trigger, 'trigger'),
    counts.note && `${counts.note} in the note`,
    counts.skip && `${counts.skip} left out`,
    counts.medication && `${counts.medication} as a medication taken`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Each activity with how often it was ticked and what it becomes. Hundreds are fine: a search
 * narrows the list, and a choice can be given to every selected activity at once.
 */
export function ActivityChoices({
  chosen,
  choices,
  onChange,
}: {
  chosen: ChosenImportFile;
  choices: Record<string, ActivityChoice>;
  onChange(choices: Record<string, ActivityChoice>): void;
}) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState('measure');
  const groups = useMemo(() => choiceOptions(chosen), [chosen]);
  const activities = chosen.preview.activities;
  const wanted = search.trim().toLocaleLowerCase();
  const shown = wanted
    ? activities.filter((activity) => activity.name.toLocaleLowerCase().includes(wanted))
    : activities;

  const select = (names: string[], on: boolean) => {
    const next = new Set(selected);
    for (const name of names) {
      if (on) next.add(name);
      else next.delete(name);
    }
    setSelected(next);
  };

  const applyToSelected = () => {
    const choice = choiceFromValue(bulk);
    onChange({ ...choices, ...Object.fromEntries([...selected].map((name) => [name, choice])) });
    setSelected(new Set());
  };

  if (activities.length === 0) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Activities</h2>
        <p className="empty-state">No entry in this file has activities.</p>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Activities</h2>
      <p>
        Each activity I ticked in Daylio can become a yes/no measure (it is not asked on my check-in form unless I turn
        it on, but Progress and “What helps” show it), a coping strategy or a trigger of my plan, words in the
        check-in’s note, or be left out.
        {chosen.medications.length > 0 &&
          ' It can also mean I took a medication of my list: on each day with the activity, the doses of that medication planned for the day are written as taken at their times (a dose I already answered stays as it is).'}
      </p>
      <p className="field-hint" aria-live="polite">
        {treatmentSummary(choices)}
      </p>
      <div className="activity-tools">
        <div className="field">
          <label htmlFor={`${id}-search`}>Find an activity</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            aria-describedby={`${id}-found`}
          />
          <p id={`${id}-found`} className="field-hint" aria-live="polite">
            {wanted ? `${shown.length} of ${activities.length} shown` : `${activities.length} activities`}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-bulk`}>
            For the {selected.size === 1 ? 'one activity' : `${selected.size} activities`} I selected
          </label>
          <div className="button-row">
            <ChoiceSelect
              id={`${id}-bulk`}
              label={`What the ${selected.size} selected activities become`}
              value={bulk}
              groups={groups}
              onChange={setBulk}
            />
            <button type="button" className="button-secondary" disabled={selected.size === 0} onClick={applyToSelected}>
              Apply to selected
            </button>
          </div>
        </div>
      </div>
      <ActivityTable
        id={id}
        shown={shown}
        search={search}
        selected={selected}
        choices={choices}
        groups={groups}
        onSelect={select}
        onChange={onChange}
      />
    </section>
  );
}

/** The activities shown (all, or those the search finds), each with its tick box and what it becomes. */
function ActivityTable({
  id,
  shown,
  search,
  selected,
  choices,
  groups,
  onSelect,
  onChange,
}: {
  /** The section's id, which the tick boxes' and choices' ids start with. */
  id: string;
  shown: ChosenImportFile['preview']['activities'];
  search: string;
  selected: ReadonlySet<string>;
  choices: Record<string, ActivityChoice>;
  groups: ReturnType<typeof choiceOptions>;
  onSelect(names: string[], on: boolean): void;
  onChange(choices: Record<string, ActivityChoice>): void;
}) {
  const allShownSelected = shown.length > 0 && shown.every((activity) => selected.has(activity.name));
  return (
    <div className="table-scroll activity-table-scroll">
      <table className="activity-table">
        <caption className="visually-hidden">My Daylio activities, most used first, and what each becomes</caption>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={`Select all ${shown.length} shown`}
                checked={allShownSelected}
                onChange={(event) =>
                  onSelect(
                    shown.map((activity) => activity.name),
                    event.target.checked,
                  )
                }
              />
            </th>
            <th scope="col">Activity</th>
            <th scope="col">Entries</th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((activity, index) => (
            <tr key={activity.name}>
              <td>
                <input
                  type="checkbox"
                  id={`${id}-pick-${index}`}
                  checked={selected.has(activity.name)}
                  onChange={(event) => onSelect([activity.name], event.target.checked)}
                />
              </td>
              <th scope="row">
                <label htmlFor={`${id}-pick-${index}`}>{activity.name}</label>
              </th>
              <td>{activity.count.toLocaleString()}</td>
              <td>
                <ChoiceSelect
                  id={`${id}-choice-${index}`}
                  label={`What “${activity.name}” becomes`}
                  value={choiceValue(choices[activity.name] ?? { treatment: 'measure', entryId: null })}
                  groups={groups}
                  onChange={(value) => onChange({ ...choices, [activity.name]: choiceFromValue(value) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="empty-state">No activity has “{search.trim()}” in its name.</p>}
    </div>
  );
}
