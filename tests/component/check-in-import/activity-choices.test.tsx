import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ActivityChoices } from '../../../renderer/features/check-in-import/activity-choices';
import type { ActivityChoice } from '../../../shared/check-in-import/import-plan';
import type { ChosenImportFile } from '../../../shared/check-in-import/import-record';

const chosen: ChosenImportFile = {
  fileName: 'daylio_export.csv',
  preview: {
    entries: 40,
    from: '2024-03-01',
    to: '2024-04-09',
    daysWithSeveral: 0,
    moods: [{ label: 'good', count: 40, defaultValue: 7 }],
    activities: [
      { name: 'meds', count: 38 },
      { name: 'walk', count: 12 },
    ],
    skipped: [],
  },
  rememberedMoods: {},
  timeZone: 'Europe/London',
  copingStrategies: [],
  triggers: [],
  medications: [{ id: 'sertraline', title: 'Sertraline 50 mg tablet' }],
};

/** The activities part as the import screen holds it, with the choices it would send main. */
function ChoicesHolder({ seen }: { seen: Record<string, ActivityChoice>[] }) {
  const [choices, setChoices] = useState<Record<string, ActivityChoice>>({
    meds: { treatment: 'measure', entryId: null },
    walk: { treatment: 'measure', entryId: null },
  });
  return (
    <ActivityChoices
      chosen={chosen}
      choices={choices}
      onChange={(next) => {
        seen.push(next);
        setChoices(next);
      }}
    />
  );
}

describe('choosing what Daylio activities become', () => {
  it('an activity can mean I took a medication of my list, said in the words and the count', async () => {
    const seen: Record<string, ActivityChoice>[] = [];
    render(<ChoicesHolder seen={seen} />);
    expect(screen.getByText(/It can also mean I took a medication of my list/)).toBeTruthy();
    await userEvent
      .setup()
      .selectOptions(screen.getByRole('combobox', { name: 'What “meds” becomes' }), ['Took Sertraline 50 mg tablet']);
    expect(seen.at(-1)).toEqual({
      meds: { treatment: 'medication', entryId: 'sertraline' },
      walk: { treatment: 'measure', entryId: null },
    });
    expect(screen.getByText('1 yes/no measure · 1 as a medication taken')).toBeTruthy();
  });
});
