import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assemblePlan } from '../../../shared/plan/plan-document';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { memoryVaultClient } from '../memory-vault-client';
import { renderPlan } from './render-plan';

const saveWait = { timeout: 3000 };

afterEach(() => {
  vi.useRealTimers();
});

function planWithStrengths(...texts: string[]) {
  const plan = assemblePlan(blankSections(), []);
  plan.assessment.strengths = texts.map((text, index) => ({ id: `s${index + 1}`, text }));
  return memoryVaultClient({ plan });
}

describe('plan lists', () => {
  it('a new entry is saved as it is typed, once it says something', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan/assessment');
    const strengths = await screen.findByRole('region', { name: 'My strengths' });
    await user.click(within(strengths).getByRole('button', { name: '+ Add strength' }));
    expect(within(strengths).getByText('Not saved yet: fill in “Strength 1” to keep it.')).toBeInTheDocument();
    await user.type(within(strengths).getByLabelText('Strength 1'), 'I keep going');
    await waitFor(
      () => expect(service.current().assessment.strengths).toMatchObject([{ text: 'I keep going' }]),
      saveWait,
    );
    expect(service.calls.filter((call) => call.channel === 'plan.addEntry')).toHaveLength(1);
    // Later edits update the same entry rather than adding another.
    await user.type(within(strengths).getByLabelText('Strength 1'), '!');
    await waitFor(
      () => expect(service.current().assessment.strengths).toMatchObject([{ text: 'I keep going!' }]),
      saveWait,
    );
    expect(service.calls.filter((call) => call.channel === 'plan.addEntry')).toHaveLength(1);
  });

  it('says what is wrong with a field, and does not send it until it is fixed', async () => {
    // Fake time that still moves, so the screen's own waits work and the test can jump ahead.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const service = await planWithStrengths('Patient');
    await renderPlan('/plan/assessment', service);
    const field = await screen.findByLabelText('Strength 1');
    await user.clear(field);
    expect(await screen.findByText('This cannot be empty.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // Far past the autosave delay: still nothing sent, and the vault still holds the old text.
    await vi.advanceTimersByTimeAsync(10_000);
    expect(service.calls.some((call) => call.channel === 'plan.updateEntry')).toBe(false);
    expect(service.current().assessment.strengths[0]!.text).toBe('Patient');
    await user.type(field, 'Very patient');
    await vi.advanceTimersByTimeAsync(1_000);
    await waitFor(() => expect(service.current().assessment.strengths[0]!.text).toBe('Very patient'), saveWait);
  });

  it('reorders by keyboard: Alt+Arrow keys move an entry, focus follows it, and the move is announced', async () => {
    const user = userEvent.setup();
    const service = await planWithStrengths('First', 'Second', 'Third');
    await renderPlan('/plan/assessment', service);
    await user.click(await screen.findByLabelText('Strength 3'));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() =>
      expect(service.current().assessment.strengths.map((item) => item.text)).toEqual(['First', 'Third', 'Second']),
    );
    expect(await screen.findByText('“Third” moved to position 2 of 3.')).toBeInTheDocument();
    expect(screen.getByLabelText('Strength 2')).toHaveValue('Third');
    // The Move buttons do the same, and keep focus on the moved entry's button.
    await user.click(screen.getByRole('button', { name: 'Move “Third” up' }));
    await waitFor(() => expect(service.current().assessment.strengths[0]!.text).toBe('Third'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move “Third” down' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Move “Third” up' })).toBeDisabled();
  });

  it('deletes at once and offers to undo', async () => {
    const user = userEvent.setup();
    const service = await planWithStrengths('Patient', 'Funny');
    await renderPlan('/plan/assessment', service);
    await user.click(await screen.findByRole('button', { name: 'Delete “Patient”' }));
    const undo = await screen.findByRole('region', { name: 'Undo delete' });
    expect(undo).toHaveTextContent('Deleted “Patient”.');
    expect(screen.queryByDisplayValue('Patient')).not.toBeInTheDocument();
    await user.click(within(undo).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByDisplayValue('Patient')).toBeInTheDocument();
    expect(screen.getByLabelText('Strength 1')).toHaveValue('Patient');
    expect(screen.queryByRole('region', { name: 'Undo delete' })).not.toBeInTheDocument();
    // A second delete offers undo again, and Dismiss puts the bar away.
    await user.click(screen.getByRole('button', { name: 'Delete “Funny”' }));
    await user.click(
      within(await screen.findByRole('region', { name: 'Undo delete' })).getByRole('button', { name: 'Dismiss' }),
    );
    expect(screen.queryByRole('region', { name: 'Undo delete' })).not.toBeInTheDocument();
  });

  it('a person entry: required name, chosen relationship, optional last contact date', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan/support');
    const people = await screen.findByRole('region', { name: 'People' });
    await user.click(within(people).getByRole('button', { name: '+ Add person' }));
    await user.selectOptions(within(people).getByLabelText('Relationship'), 'sponsor');
    await user.type(within(people).getByLabelText('Name'), 'Sam');
    await user.clear(within(people).getByLabelText('Name'));
    expect(await within(people).findByText('This cannot be empty.')).toBeInTheDocument();
    await user.type(within(people).getByLabelText('Name'), 'Sam Okafor');
    await waitFor(
      () =>
        expect(service.current().supportNetwork.people).toMatchObject([
          { name: 'Sam Okafor', relationship: 'sponsor' },
        ]),
      saveWait,
    );
  });

  it('a coping strategy links triggers from the plan', async () => {
    const user = userEvent.setup();
    const plan = assemblePlan(blankSections(), []);
    plan.triggers = [{ ...blankEntry('triggers'), id: 't1', description: 'Paydays' }];
    plan.copingStrategies = [{ ...blankEntry('copingStrategies'), id: 'c1', name: 'Call Ana' }];
    const service = await renderPlan('/plan/coping', await memoryVaultClient({ plan }));
    await user.click(await screen.findByRole('button', { name: 'Edit “Call Ana”' }));
    await user.click(screen.getByRole('checkbox', { name: 'Paydays' }));
    await waitFor(() => expect(service.current().copingStrategies[0]!.triggerIds).toEqual(['t1']), saveWait);
  });
});
