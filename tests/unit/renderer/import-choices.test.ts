import { describe, expect, it } from 'vitest';
import type { ChosenImportFile } from '../../../shared/check-in-import/import-record';
import {
  choiceFromValue,
  choiceOptions,
  choiceValue,
  initialActivityChoices,
  initialMoodPlacement,
  moveLabel,
  suggestedValues,
  unplacedLabels,
} from '../../../renderer/features/check-in-import/import-choices';

const chosen = (moods: [string, number | null][], remembered: Record<string, number> = {}): ChosenImportFile => ({
  fileName: 'daylio_export.csv',
  preview: {
    entries: 10,
    from: '2024-01-01',
    to: '2024-01-10',
    daysWithSeveral: 0,
    moods: moods.map(([label, defaultValue]) => ({ label, count: 1, defaultValue })),
    activities: [
      { name: 'Walk', count: 3 },
      { name: 'payday', count: 2 },
      { name: 'reading', count: 1 },
    ],
    skipped: [],
  },
  rememberedMoods: remembered,
  timeZone: 'Europe/London',
  copingStrategies: [{ id: 'walk', title: 'walk' }],
  triggers: [{ id: 'pay', title: 'Payday' }],
  medications: [],
});

describe('the import screen’s choices', () => {
  it('places defaults and labels remembered from an earlier import; the rest wait for the person', () => {
    const placement = initialMoodPlacement(
      chosen(
        [
          ['bad', 3],
          ['good', 7],
          ['Great', null],
          ['Not so good', null],
        ],
        { Great: 9 },
      ),
    );
    expect(placement.order).toEqual(['bad', 'good', 'Great', 'Not so good']);
    expect(unplacedLabels(placement)).toEqual(['Not so good']);
  });

  it('suggests values between the defaults around each of my own labels, or an even spread without defaults', () => {
    const isDefault = (label: string) => ['bad', 'meh', 'rad'].includes(label);
    const mixed = moveLabel(
      initialMoodPlacement(
        chosen([
          ['bad', 3],
          ['meh', 5],
          ['rad', 9],
          ['Not so good', null],
          ['Best', null],
        ]),
      ),
      'Not so good',
      -1,
    );
    const placed = moveLabel(mixed, 'Not so good', -1);
    expect(placed.order).toEqual(['bad', 'Not so good', 'meh', 'rad', 'Best']);
    expect(suggestedValues(placed, isDefault).values).toEqual({ bad: 3, 'Not so good': 4, meh: 5, rad: 9, Best: 10 });

    const own = initialMoodPlacement(
      chosen([
        ['Low', null],
        ['Okay', null],
        ['High', null],
      ]),
    );
    expect(suggestedValues(own, () => false).values).toEqual({ Low: 1, Okay: 5, High: 9 });
    expect(moveLabel(own, 'Low', -1)).toBe(own);
  });

  it('matches activities to my plan by name (any case), else a yes/no measure; choices survive a select', () => {
    const choices = initialActivityChoices(chosen([]));
    expect(choices).toEqual({
      Walk: { treatment: 'coping', entryId: 'walk' },
      payday: { treatment: 'trigger', entryId: 'pay' },
      reading: { treatment: 'measure', entryId: null },
    });
    for (const choice of [...Object.values(choices), { treatment: 'coping', entryId: null } as const]) {
      expect(choiceFromValue(choiceValue(choice))).toEqual(choice);
    }
  });

  it('offers "took" each medication of my list taken at set times, only when there is one', () => {
    const groupLabels = (file: ChosenImportFile) => choiceOptions(file).map((group) => group.label);
    expect(groupLabels(chosen([]))).not.toContain('I took a medication of my list');
    const withMedication = { ...chosen([]), medications: [{ id: 'sertraline', title: 'Sertraline 50 mg tablet' }] };
    expect(choiceOptions(withMedication).at(-1)).toEqual({
      label: 'I took a medication of my list',
      options: [{ value: 'medication:sertraline', label: 'Took Sertraline 50 mg tablet' }],
    });
    const choice = { treatment: 'medication', entryId: 'sertraline' } as const;
    expect(choiceValue(choice)).toBe('medication:sertraline');
    expect(choiceFromValue(choiceValue(choice))).toEqual(choice);
  });
});
