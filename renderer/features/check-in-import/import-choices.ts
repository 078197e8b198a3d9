import { proposedSpread } from '../../../shared/check-in-import/daylio-export';
import {
  sameActivityName,
  type ActivityChoice,
  type ActivityTreatment,
  type ImportChoices,
} from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile, PlanEntryChoice } from '../../../shared/check-in-import/import-record';

/** The person's mood labels in order from worst to best, and the value each has (undefined: not placed yet). */
export interface MoodPlacement {
  order: string[];
  values: Record<string, number | undefined>;
}

/** Daylio's defaults with their values; the person's own labels with the value they had last time, if any. */
export function initialMoodPlacement(chosen: ChosenImportFile): MoodPlacement {
  const values: Record<string, number | undefined> = {};
  for (const mood of chosen.preview.moods) {
    values[mood.label] = mood.defaultValue ?? chosen.rememberedMoods[mood.label];
  }
  const order = chosen.preview.moods.map((mood) => mood.label);
  // Labels placed before sit where their values put them.
  const placed = order.filter((label) => values[label] !== undefined);
  placed.sort((a, b) => values[a]! - values[b]!);
  return { order: [...placed, ...order.filter((label) => values[label] === undefined)], values };
}

/**
 * A suggested value for each of my own labels from where it sits in the order: with none of
 * Daylio's defaults in the file, an even spread from 1 to 9; otherwise evenly between the
 * defaults (or the ends of the scale, 0 and 10) on either side of it. Defaults keep their values.
 */
export function suggestedValues(placement: MoodPlacement, isDefault: (label: string) => boolean): MoodPlacement {
  const { order } = placement;
  const values = { ...placement.values };
  if (!order.some(isDefault)) {
    const spread = proposedSpread(order.length);
    order.forEach((label, index) => (values[label] = spread[index]));
    return { ...placement, values };
  }
  const anchors = [
    { index: -1, value: 0 },
    ...order.flatMap((label, index) => (isDefault(label) ? [{ index, value: values[label] ?? 5 }] : [])),
    { index: order.length, value: 10 },
  ];
  order.forEach((label, index) => {
    if (isDefault(label)) return;
    const after = anchors.findIndex((anchor) => anchor.index > index);
    const [low, high] = [anchors[after - 1]!, anchors[after]!];
    values[label] = Math.round(low.value + ((high.value - low.value) * (index - low.index)) / (high.index - low.index));
  });
  return { ...placement, values };
}

/** Moves a label one place up (-1) or down (+1) in the order. */
export function moveLabel(placement: MoodPlacement, label: string, step: -1 | 1): MoodPlacement {
  const order = [...placement.order];
  const from = order.indexOf(label);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return placement;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return { ...placement, order };
}

export const unplacedLabels = (placement: MoodPlacement) =>
  placement.order.filter((label) => placement.values[label] === undefined);

/**
 * Each activity's first choice: a coping strategy or trigger of my plan with the same name, else a
 * yes/no measure.
 */
export function initialActivityChoices(chosen: ChosenImportFile): Record<string, ActivityChoice> {
  const match = (entries: PlanEntryChoice[], name: string) =>
    entries.find((entry) => sameActivityName(entry.title, name))?.id;
  return Object.fromEntries(
    chosen.preview.activities.map(({ name }): [string, ActivityChoice] => {
      const coping = match(chosen.copingStrategies, name);
      if (coping) return [name, { treatment: 'coping', entryId: coping }];
      const trigger = match(chosen.triggers, name);
      if (trigger) return [name, { treatment: 'trigger', entryId: trigger }];
      return [name, { treatment: 'measure', entryId: null }];
    }),
  );
}

/**
 * One `<option>` value per choice: `measure`, `note`, `skip`, `coping:new`, `coping:<id>`,
 * `trigger:<id>`, `medication:<id>`…
 */
export function choiceValue(choice: ActivityChoice): string {
  if (choice.treatment === 'coping' || choice.treatment === 'trigger' || choice.treatment === 'medication') {
    return `${choice.treatment}:${choice.entryId ?? 'new'}`;
  }
  return choice.treatment;
}

export function choiceFromValue(value: string): ActivityChoice {
  const [treatment, entry] = value.split(':') as [ActivityTreatment, string | undefined];
  return { treatment, entryId: entry === undefined || entry === 'new' ? null : entry };
}

/**
 * The options of an activity's choice, existing plan entries by name; the medications of my list
 * taken at set times, when there are any.
 */
export function choiceOptions(
  chosen: ChosenImportFile,
): { label: string; options: { value: string; label: string }[] }[] {
  const medications =
    chosen.medications.length === 0
      ? []
      : [
          {
            label: 'I took a medication of my list',
            options: chosen.medications.map((entry) => ({
              value: `medication:${entry.id}`,
              label: `Took ${entry.title}`,
            })),
          },
        ];
  return [
    {
      label: 'Keep it as',
      options: [
        { value: 'measure', label: 'A yes/no measure' },
        { value: 'note', label: 'Words in the check-in’s note' },
        { value: 'skip', label: 'Leave it out' },
      ],
    },
    {
      label: 'A coping strategy of my plan',
      options: [
        { value: 'coping:new', label: 'A new coping strategy' },
        ...chosen.copingStrategies.map((entry) => ({ value: `coping:${entry.id}`, label: `Coping: ${entry.title}` })),
      ],
    },
    {
      label: 'A trigger of my plan',
      options: [
        { value: 'trigger:new', label: 'A new trigger' },
        ...chosen.triggers.map((entry) => ({ value: `trigger:${entry.id}`, label: `Trigger: ${entry.title}` })),
      ],
    },
    ...medications,
  ];
}

/** What the screen sends main. A label still without a value is left out of `moods`, and main refuses to import until it has one. */
export function importChoices(
  placement: MoodPlacement,
  activities: Record<string, ActivityChoice>,
  timeZone: string,
): ImportChoices {
  const moods: Record<string, number> = {};
  for (const [label, value] of Object.entries(placement.values)) if (value !== undefined) moods[label] = value;
  return { timeZone, moods, activities, defaultTreatment: 'measure' };
}
