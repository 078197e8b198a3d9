import { render, screen, within } from '@testing-library/react';
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
      initial={newDraft(new Date())}
      metrics={metrics}
      links={links}
      boundaryMinutes={240}
      setbackWord="lapse"
      writtenNow
      onSave={onSave}
      onCancel={onCancel}
    />,
  );
  return { onSave, onCancel, user: userEvent.setup() };
}

describe('check-in form', () => {
  it('opens on the mood with nothing chosen, shows only the measures that are on, and saves on Enter from any field', async () => {
    const { onSave, user } = renderForm();
    const moods = screen.getByRole('radiogroup', { name: /Mood/ });
    expect(
      within(moods)
        .getAllByRole('radio')
        .filter((option) => option.getAttribute('aria-checked') === 'true'),
    ).toEqual([]);
    expect(within(moods).getByRole('radio', { name: '5 out of 10' })).toHaveFocus();
    expect(screen.queryByRole('spinbutton', { name: 'Pain' })).toBeNull();
    // Number keys choose, arrow keys move the choice.
    await user.keyboard('6');
    await user.keyboard('{ArrowRight}');
    expect(within(moods).getByRole('radio', { name: '7 out of 10' })).toHaveAttribute('aria-checked', 'true');
    expect(within(moods).getByRole('radio', { name: '7 out of 10' })).toHaveFocus();
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

  it('never records a mood nobody chose: Enter with no mood says so at the mood and moves focus there', async () => {
    const { onSave, user } = renderForm();
    await user.click(screen.getByRole('textbox', { name: 'Note (private)' }));
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave).not.toHaveBeenCalled();
    const moods = screen.getByRole('radiogroup', { name: /Mood/ });
    expect(moods).toHaveAttribute('aria-invalid', 'true');
    expect(moods).toHaveAccessibleDescription(/Choose a mood from 0 to 10\./);
    expect(within(moods).getByRole('radio', { name: '5 out of 10' })).toHaveFocus();
    // The error goes as soon as a mood is chosen, and Enter on the mood saves.
    await user.keyboard('3');
    expect(moods).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Choose a mood from 0 to 10.')).toBeNull();
    await user.keyboard('{Enter}');
    expect(onSave.mock.calls[0]![0]).toMatchObject({ mood: 3 });
  });

  it('Escape with something written asks first: Keep writing returns to the form, Discard closes it', async () => {
    const { onCancel, user } = renderForm();
    // Nothing written: Escape just closes.
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    const note = screen.getByRole('textbox', { name: 'Note (private)' });
    await user.type(note, 'Half a thought');
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    const question = screen.getByRole('alertdialog', { name: /not saved yet/ });
    expect(within(question).getByRole('button', { name: 'Keep writing' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(note).toHaveFocus();
    expect(note).toHaveValue('Half a thought');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('Enter in the note makes a new line; Ctrl+Enter saves', async () => {
    const { onSave, user } = renderForm();
    await user.keyboard('4');
    const note = screen.getByRole('textbox', { name: 'Note (private)' });
    await user.type(note, 'First line{Enter}second line');
    expect(onSave).not.toHaveBeenCalled();
    expect(note).toHaveValue('First line\nsecond line');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSave.mock.calls[0]![0]).toMatchObject({ mood: 4, note: 'First line\nsecond line' });
  });

  it('says what is wrong next to the field and keeps everything typed; shows main’s refusal too', async () => {
    const onSave = vi.fn(
      async (_fields: CheckInFields): Promise<string | undefined> => 'A check-in cannot be dated in the future.',
    );
    const { user } = renderForm(onSave);
    await user.keyboard('8');
    await user.type(screen.getByRole('spinbutton', { name: 'Energy' }), '15');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(onSave).not.toHaveBeenCalled();
    const energy = screen.getByRole('spinbutton', { name: 'Energy' });
    expect(energy).toHaveAttribute('aria-invalid', 'true');
    expect(energy).toHaveAccessibleDescription(/Energy takes whole numbers from 0 to 10\./);
    expect(energy).toHaveValue(15);
    expect(energy).toHaveFocus();
    await user.clear(energy);
    // Fixed: the error goes at once.
    expect(energy).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('checkbox', { name: 'I had a lapse' }));
    expect(screen.getByText(/A lapse does not erase your progress/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A check-in cannot be dated in the future.');
  });
});
