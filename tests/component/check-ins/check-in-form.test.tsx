import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { newDraft } from '../../../renderer/features/check-ins/check-in-draft';
import { CheckInForm } from '../../../renderer/features/check-ins/check-in-form';
import type { CheckInFields } from '../../../shared/check-ins/check-in';
import { trackedMetrics } from '../../../shared/metrics/custom-metric';

const metrics = trackedMetrics([
  { key: 'energy', enabled: true, custom: null },
  { key: 'pain', enabled: false, custom: null },
  { key: 'custom-walk', enabled: true, custom: { label: 'Walked outside', kind: 'yes-no', min: 0, max: 1, unit: '' } },
]);
const links = {
  coping: [{ value: 's1', label: 'A brisk walk' }],
  trigger: [{ value: 't1', label: 'Paydays' }],
  warningSign: [],
  titles: new Map([
    ['s1', 'A brisk walk'],
    ['t1', 'Paydays'],
  ]),
};

function renderForm(onSave = vi.fn(async (_fields: CheckInFields): Promise<string | undefined> => undefined)) {
  const onCancel = vi.fn();
  render(
    <CheckInForm
      title="New check-in"
      initial={newDraft(new Date(), 5)}
      metrics={metrics}
      links={links}
      boundaryMinutes={240}
      writtenNow
      onSave={onSave}
      onCancel={onCancel}
    />,
  );
  return { onSave, onCancel, user: userEvent.setup() };
}

describe('check-in form', () => {
  it('opens on the mood, shows only the measures that are on, and saves on Enter from any field', async () => {
    const { onSave, user } = renderForm();
    const mood = screen.getByRole('slider', { name: /Mood/ });
    expect(mood).toHaveFocus();
    expect(screen.queryByRole('spinbutton', { name: 'Pain' })).toBeNull();
    // jsdom has no keyboard for range inputs (the end-to-end test uses the arrow keys).
    fireEvent.change(mood, { target: { value: '7' } });
    await user.type(screen.getByRole('spinbutton', { name: 'Energy' }), '6');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Walked outside' }), 'Yes');
    await user.click(screen.getByRole('checkbox', { name: 'A brisk walk' }));
    await user.click(screen.getByRole('spinbutton', { name: 'Energy' }));
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({
      mood: 7,
      values: { energy: 6, 'custom-walk': 1 },
      copingIds: ['s1'],
      triggerIds: [],
      lapse: false,
    });
  });

  it('Enter in the note makes a new line; Ctrl+Enter saves; Escape cancels', async () => {
    const { onSave, onCancel, user } = renderForm();
    const note = screen.getByRole('textbox', { name: 'Note (private)' });
    await user.type(note, 'First line{Enter}second line');
    expect(onSave).not.toHaveBeenCalled();
    expect(note).toHaveValue('First line\nsecond line');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave.mock.calls[0]![0]).toMatchObject({ note: 'First line\nsecond line' });
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });

  it('says what is wrong next to the field and keeps everything typed; shows main’s refusal too', async () => {
    const onSave = vi.fn(
      async (_fields: CheckInFields): Promise<string | undefined> => 'A check-in cannot be dated in the future.',
    );
    const { user } = renderForm(onSave);
    await user.type(screen.getByRole('spinbutton', { name: 'Energy' }), '15');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(onSave).not.toHaveBeenCalled();
    const energy = screen.getByRole('spinbutton', { name: 'Energy' });
    expect(energy).toHaveAttribute('aria-invalid', 'true');
    expect(energy).toHaveAccessibleDescription(/Energy takes whole numbers from 0 to 10\./);
    expect(energy).toHaveValue(15);
    await user.clear(energy);
    await user.click(screen.getByRole('checkbox', { name: 'I had a lapse or setback' }));
    expect(screen.getByText(/A lapse does not erase your progress/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A check-in cannot be dated in the future.');
  });
});
