import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../../shared/plan/plan-document';
import { blankEntry } from '../../../shared/plan/plan-entries';
import { blankSections } from '../../../shared/plan/plan-sections';
import { memoryVaultClient } from '../memory-vault-client';
import { renderPlan } from './render-plan';

const saveWait = { timeout: 3000 };

describe('plan forms', () => {
  it('about: several kinds of recovery, dates and own words save as one section', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan/about');
    await user.click(await screen.findByRole('checkbox', { name: 'Addiction' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mental health' }));
    await user.type(screen.getByLabelText('In my own words'), 'Alcohol, and the lows.');
    await waitFor(
      () =>
        expect(service.current().about).toMatchObject({
          recoveringFrom: ['addiction', 'mental-health'],
          inMyOwnWords: 'Alcohol, and the lows.',
        }),
      saveWait,
    );
  });

  it('about: "The day I count from" goes with my own word for the days, just below it, and its hint names no self-harm streak', async () => {
    await renderPlan('/plan/about');
    const countFrom = await screen.findByLabelText('The day I count from');
    expect(countFrom).toHaveAccessibleDescription(
      'Only if you count days. It goes with "What I call the days I count", just below: sober, clean, smoke-free or your own word. Waypoint counts the days from it.',
    );
    expect(countFrom).not.toHaveAccessibleDescription(/harm/i);
    const labels = [...document.querySelectorAll('label')].map((label) => label.textContent);
    expect(labels[labels.indexOf('The day I count from') + 1]).toBe('What I call the days I count');
    expect(screen.queryByLabelText('Sober or clean since')).not.toBeInTheDocument();
  });

  it('a goal says which SMART parts are missing, and saves anyway', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan/goals');
    await user.click(await screen.findByRole('button', { name: '+ Add goal' }));
    await user.type(screen.getByLabelText('My goal'), 'Walk every day');
    const prompts = screen.getByRole('note', { name: 'SMART parts still to write' });
    expect(prompts).toHaveTextContent('Still to write (5 of 5 SMART parts)');
    await user.type(screen.getByLabelText('Specific: what exactly will I do?'), '20 minutes after lunch');
    expect(prompts).toHaveTextContent('Still to write (4 of 5 SMART parts)');
    expect(within(prompts).queryByText('Specific:')).not.toBeInTheDocument();
    await waitFor(() => expect(service.current().goals).toMatchObject([{ statement: 'Walk every day' }]), saveWait);
    // A goal can follow a questionnaire's total; "None" is no questionnaire at all.
    const questionnaire = screen.getByLabelText('Or follow a questionnaire’s score');
    expect(questionnaire).toHaveValue('');
    await user.selectOptions(questionnaire, 'My PHQ-9 score');
    await waitFor(() => expect(service.current().goals).toMatchObject([{ questionnaire: 'phq-9' }]), saveWait);
    await user.selectOptions(questionnaire, 'None');
    await waitFor(() => expect(service.current().goals).toMatchObject([{ questionnaire: null }]), saveWait);
    // Once saved, the goal takes action steps.
    await user.click(await screen.findByRole('button', { name: '+ Add step' }));
    await user.type(screen.getByLabelText('Step'), 'Find my trainers');
    await waitFor(
      () => expect(service.current().goals[0]!.actionSteps).toMatchObject([{ text: 'Find my trainers', done: false }]),
      saveWait,
    );
  });

  it('warning-sign stages each save their own plan without undoing the others', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan/triggers');
    await user.type(await screen.findByLabelText('Early signs: what I will do'), 'Call Sam');
    await user.type(screen.getByLabelText('Crisis: people to call'), 'The crisis line');
    await waitFor(() => {
      const { early, crisis } = service.current().warningSigns;
      expect([early.actionPlan, crisis.peopleToCall]).toEqual(['Call Sam', 'The crisis line']);
    }, saveWait);
  });

  it('the safety plan opens ready to read once written, and can be edited', async () => {
    const user = userEvent.setup();
    const plan = assemblePlan(blankSections(), []);
    plan.safetyPlan.reasonsForLiving = 'Maya and Leo';
    const service = await renderPlan('/plan/safety', await memoryVaultClient({ plan }));
    expect(await screen.findByText('Maya and Leo')).toBeInTheDocument();
    expect(screen.getAllByText('Not written yet.')).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Edit safety plan' }));
    await user.type(screen.getByLabelText('6. Making my surroundings safer'), 'Keys with Sam');
    await waitFor(() => expect(service.current().safetyPlan.saferSurroundings).toBe('Keys with Sam'), saveWait);
    await user.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(screen.getByText('Keys with Sam')).toBeInTheDocument();
  });

  it('a new plan starts from a template the person picks', async () => {
    const user = userEvent.setup();
    const service = await renderPlan('/plan', await memoryVaultClient({ startedOn: null }));
    await user.click(await screen.findByRole('button', { name: /^Physical injury or illness/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My plan' })).toBeInTheDocument();
    expect(service.calls).toContainEqual({ channel: 'plan.start', input: { template: 'physical' } });
    expect(
      screen.getByText('Your plan is started with suggestions for physical injury or illness.'),
    ).toBeInTheDocument();
  });

  it('a review needs a real date, then shows in the history and in a comparison', async () => {
    const user = userEvent.setup();
    const plan = assemblePlan(blankSections(), []);
    plan.goals = [{ ...blankEntry('goals'), id: 'g1', statement: 'Walk daily', actionSteps: [] }];
    const service = await memoryVaultClient({ plan });
    await renderPlan('/plan/reviews', service);
    const date = await screen.findByLabelText('Date of the review');
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Save review and snapshot' }));
    expect(await screen.findByText(/Use a real date between 1900 and 2199/)).toBeInTheDocument();
    expect(service.calls.some((call) => call.channel === 'plan.recordReview')).toBe(false);
    await user.type(date, '2026-11-20');
    await user.type(screen.getByLabelText('What is working'), 'Walking daily.');
    // A double-click saves one review.
    await user.dblClick(screen.getByRole('button', { name: 'Save review and snapshot' }));
    expect(await screen.findByText(/saved, with a snapshot of your plan/)).toBeInTheDocument();
    expect(service.calls.filter((call) => call.channel === 'plan.recordReview')).toHaveLength(1);
    expect((await service.value('plan.get', {})).reviews).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Show changes' }));
    expect(await screen.findByText(/^Nothing changed between Review of .* and My plan now\.$/)).toBeInTheDocument();
  });
});
