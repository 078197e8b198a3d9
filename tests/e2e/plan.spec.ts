import type { Page } from '@playwright/test';
import { createVault, lockAndUnlock, screenshot, openSeeded } from './app-steps';
import { colourRules, expect, expectNoSeriousAxeViolations, test } from './fixtures';

const planNav = (page: Page) => page.getByRole('navigation', { name: 'Plan sections' });

async function openPlanPage(page: Page, title: string): Promise<void> {
  await planNav(page).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
}

/** Autosave has sent everything: no form says "Saving…" any more. */
async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByText('Saving…')).toHaveCount(0, { timeout: 5_000 });
}

/** Locks and unlocks, then goes back to the plan. */
async function lockAndUnlockToPlan(page: Page): Promise<void> {
  await lockAndUnlock(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
}

test('a new plan starts from the template the person picks', async ({ launch, hostName }) => {
  const { page } = await launch();
  await createVault(page);
  await expectNoSeriousAxeViolations(page, 'start your plan');
  await screenshot(page, 'plan-start', hostName);

  await page.getByRole('button', { name: /^Addiction/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expect(page.getByText('Your plan is started with suggestions for addiction.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'plan overview');
  await screenshot(page, 'plan-overview', hostName);
});

test('about my recovery: several kinds, dates and own words, intact after locking', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  // About my recovery.
  await openPlanPage(page, 'About my recovery');
  await expect(page.getByRole('checkbox', { name: 'Addiction' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Mental health' }).check();
  await page.getByLabel('In my own words', { exact: true }).fill('Alcohol, and the low moods that came with it.');
  await page.getByLabel('When my recovery started', { exact: true }).fill('2026-03-01');
  await page.getByLabel('The day I count from', { exact: true }).fill('2026-03-14');
  await page.getByLabel('What recovery means to me', { exact: true }).fill('Mornings I remember.');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'about');
  await screenshot(page, 'plan-about', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'About my recovery');
  await expect(page.getByRole('checkbox', { name: 'Mental health' })).toBeChecked();
  await expect(page.getByLabel('The day I count from', { exact: true })).toHaveValue('2026-03-14');
});

test('where I stand: saved as typed, reordered by keyboard, intact after locking', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  // Where I stand: add, then reorder by keyboard.
  await openPlanPage(page, 'Where I stand');
  const strengths = page.getByRole('region', { name: 'My strengths' });
  await strengths.getByRole('button', { name: 'Add strength' }).click();
  await strengths.getByLabel('Strength 1', { exact: true }).fill('I keep promises to my kids');
  await strengths.getByRole('button', { name: 'Add strength' }).click();
  await strengths.getByLabel('Strength 2', { exact: true }).fill('I ask for help now');
  await expectAllSaved(page);
  await strengths.getByRole('button', { name: 'Move “I ask for help now” up' }).focus();
  await page.keyboard.press('Enter');
  await expect(strengths.getByLabel('Strength 1', { exact: true })).toHaveValue('I ask for help now');
  await expect(strengths.getByRole('button', { name: 'Move “I ask for help now” down' })).toBeFocused();
  const challenges = page.getByRole('region', { name: 'My challenges' });
  await challenges.getByRole('button', { name: 'Add challenge' }).click();
  await challenges.getByLabel('Challenge 1', { exact: true }).fill('Friday evenings alone');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'assessment');
  await screenshot(page, 'plan-assessment', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Where I stand');
  await expect(page.getByLabel('Strength 1', { exact: true })).toHaveValue('I ask for help now');
  await expect(page.getByLabel('Challenge 1', { exact: true })).toHaveValue('Friday evenings alone');
});

test('goals: SMART prompts, action steps and priority by keyboard, intact after locking', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  // Goals: the template's goals are there; edit one, see SMART prompts, tick an action step.
  await openPlanPage(page, 'Goals');
  const goals = page.getByRole('region', { name: 'My goals, in order of priority' });
  await goals.getByRole('button', { name: 'Edit “Go to a support meeting every week”' }).click();
  await expect(goals.getByText('Still to write (3 of 5 SMART parts)')).toBeVisible();
  await goals
    .getByLabel('Achievable: why is this realistic for me now?', { exact: true })
    .fill('There is one on my bus route.');
  await goals
    .getByLabel('Relevant: why does this matter to me?', { exact: true })
    .fill('I stay sober when I am not alone with it.');
  await goals.getByLabel('Time-bound: by when?', { exact: true }).fill('2026-12-31');
  await goals.getByLabel('Status', { exact: true }).selectOption('in-progress');
  await expect(
    goals.getByText('This goal is specific, measurable, achievable, relevant and time-bound.'),
  ).toBeVisible();
  const steps = goals.getByRole('region', { name: 'Action steps' });
  await steps.getByRole('checkbox', { name: 'Done' }).first().check();
  await steps.getByRole('button', { name: 'Add step' }).click();
  await steps.getByLabel('Step', { exact: true }).last().fill('Ask Sam to come along the first time');
  await expectAllSaved(page);
  // Priority by keyboard: Alt+ArrowDown and Alt+ArrowUp move the goal one place at a time; up to the top.
  await goals.getByRole('button', { name: 'Done “Go to a support meeting every week”' }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(goals.locator('.entry-name').nth(2)).toHaveText('Go to a support meeting every week');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(goals.locator('.entry-name').nth(1)).toHaveText('Go to a support meeting every week');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(goals.locator('.entry-name').first()).toHaveText('Go to a support meeting every week');
  await expectNoSeriousAxeViolations(page, 'goals');
  await screenshot(page, 'plan-goals', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Goals');
  await expect(page.locator('.entry-name').first()).toHaveText('Go to a support meeting every week');
  // Dates follow the system's locale, so only the year is matched.
  await expect(page.getByText(/^In progress · by .*2026 · SMART: 5 of 5 parts written$/)).toBeVisible();
});

test('"+ Add" in a plan list puts focus in the new entry\'s main field, by keyboard', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  const lists = [
    { page: 'Support network', list: 'People', add: '+ Add person', field: 'Name' },
    { page: 'Coping strategies', list: 'What helps me cope', add: '+ Add coping strategy', field: 'What I do' },
    {
      page: 'Triggers and warning signs',
      list: 'My triggers',
      add: '+ Add trigger',
      field: 'The trigger, in my words',
    },
    { page: 'Goals', list: 'My goals, in order of priority', add: '+ Add goal', field: 'My goal' },
  ];
  for (const { page: title, list, add, field } of lists) {
    await openPlanPage(page, title);
    const region = page.getByRole('region', { name: list, exact: true });
    await region.getByRole('button', { name: add }).focus();
    await page.keyboard.press('Enter');
    await expect(region.getByLabel(field, { exact: true }).last()).toBeFocused();
  }
});

test('the top bar stays in view as a long page scrolls, and what takes focus is never hidden under it', async ({
  launch,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  await page.setViewportSize({ width: 1024, height: 700 });
  // Focus on today's mood, near the top of the home screen; then to the foot of the page.
  await page.getByRole('radio', { name: '5 out of 10' }).focus();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  const bar = page.getByRole('banner');
  for (const control of [
    bar.getByRole('button', { name: 'I’m struggling' }),
    bar.getByRole('link', { name: 'Safety plan' }),
    bar.getByRole('button', { name: /^Check in/ }),
    bar.getByRole('button', { name: /^Lock/ }),
  ]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // The line under the mood scrolled to just under the bar (still "on screen"); Tab to it brings it below the bar.
  const line = page.getByLabel('One line about today (optional)');
  await line.evaluate((input) => window.scrollBy(0, input.getBoundingClientRect().top - 12));
  await page.keyboard.press('Tab');
  await expect(line).toBeFocused();
  const barBottom = await bar.evaluate((header) => header.getBoundingClientRect().bottom);
  const lineTop = await line.evaluate((input) => input.getBoundingClientRect().top);
  expect(lineTop).toBeGreaterThanOrEqual(barBottom);
  // One row on this long page (a scrollbar takes its share of the width), from 1024 px to wide screens.
  for (const width of [1024, 1280, 1440, 1920]) {
    await page.setViewportSize({ width, height: 700 });
    const [nav, end] = await Promise.all(
      [bar.getByRole('navigation'), bar.getByRole('button', { name: /^Lock/ })].map((part) =>
        part.evaluate((element) => element.getBoundingClientRect().top),
      ),
    );
    expect(Math.abs(nav! - end!), `the top bar is one row at ${width} px`).toBeLessThan(12);
    expect(await bar.evaluate((header) => header.getBoundingClientRect().height)).toBeLessThanOrEqual(64);
  }
});

test('support network: people and resources, intact after locking', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  // Support network.
  await openPlanPage(page, 'Support network');
  const people = page.getByRole('region', { name: 'People' });
  await people.getByRole('button', { name: 'Add person' }).click();
  await people.getByLabel('Name', { exact: true }).fill('Sam Okafor');
  await people.getByLabel('Relationship', { exact: true }).selectOption('sponsor');
  await people.getByLabel('How to reach them', { exact: true }).fill('07700 900123');
  const resources = page.getByRole('region', { name: 'Resources' });
  await resources.getByRole('button', { name: 'Add resource' }).click();
  await resources.getByLabel('Name', { exact: true }).fill('Tuesday group at St Anne’s');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'support network');
  await screenshot(page, 'plan-support', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Support network');
  await expect(page.getByText('Sam Okafor', { exact: true })).toBeVisible();
  await expect(page.getByText('Tuesday group at St Anne’s', { exact: true })).toBeVisible();
});

test('a new trigger and crisis sign, intact after locking', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  await openPlanPage(page, 'Triggers and warning signs');
  const triggers = page.getByRole('region', { name: 'My triggers' });
  await triggers.getByRole('button', { name: 'Add trigger' }).click();
  await triggers.getByLabel('The trigger, in my words', { exact: true }).fill('Walking past the Crown');
  await triggers.getByLabel('Kind of trigger', { exact: true }).last().selectOption('place');
  const crisis = page.getByRole('region', { name: 'Crisis signs' });
  await crisis.getByRole('button', { name: 'Add crisis sign' }).click();
  await crisis.getByLabel('Crisis sign 2', { exact: true }).fill('Buying a bottle');
  await page.getByLabel('Crisis: people to call', { exact: true }).fill('Sam, then the helpline');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'triggers');
  await screenshot(page, 'plan-triggers', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Triggers and warning signs');
  await expect(page.getByRole('region', { name: 'My triggers' })).toContainText('Walking past the Crown');
  await expect(page.getByLabel('Crisis sign 2', { exact: true })).toHaveValue('Buying a bottle');
  await expect(page.getByLabel('Crisis: people to call', { exact: true })).toHaveValue('Sam, then the helpline');
});

test('a coping strategy linked to a trigger, intact after locking', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  await openPlanPage(page, 'Coping strategies');
  const coping = page.getByRole('region', { name: 'What helps me cope' });
  await coping.getByRole('button', { name: 'Edit “A brisk walk”' }).click();
  await coping.getByRole('checkbox', { name: 'Places where I used to drink or use' }).check();
  await coping.getByLabel('When it helps', { exact: true }).fill('When I am restless, and on the long way home.');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'coping');
  await screenshot(page, 'plan-coping', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Coping strategies');
  await page.getByRole('button', { name: 'Edit “A brisk walk”' }).click();
  await expect(page.getByRole('checkbox', { name: 'Places where I used to drink or use' })).toBeChecked();
  await expect(page.getByLabel('When it helps', { exact: true })).toHaveValue(
    'When I am restless, and on the long way home.',
  );
});

test('setback plan and self-care, intact after locking', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  // Setback plan, self-care, care team.
  await openPlanPage(page, 'Setback plan');
  await page
    .getByLabel('What I do in the first 24 hours after a lapse or a bad turn', { exact: true })
    .fill('Tell Sam. Pour it away. Eat something. Sleep.');
  await page.getByLabel('What I will tell myself', { exact: true }).fill('One day does not undo the others.');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'setback');
  await screenshot(page, 'plan-setback', hostName);

  await openPlanPage(page, 'Daily life and self-care');
  await page.getByLabel('Sleep', { exact: true }).fill('In bed by 11, phone in the kitchen.');
  await page.getByLabel('Small victories to celebrate', { exact: true }).fill('Every Friday I get through.');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'self-care');
  await screenshot(page, 'plan-self-care', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Setback plan');
  await expect(page.getByLabel('What I will tell myself', { exact: true })).toHaveValue(
    'One day does not undo the others.',
  );
  await openPlanPage(page, 'Daily life and self-care');
  await expect(page.getByLabel('Sleep', { exact: true })).toHaveValue('In bed by 11, phone in the kitchen.');
});

test('care team and safety plan, intact after locking', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' });
  await openPlanPage(page, 'Care team');
  const professionals = page.getByRole('region', { name: 'Healthcare professionals' });
  await professionals.getByRole('button', { name: 'Add professional' }).click();
  await professionals.getByLabel('Name', { exact: true }).fill('Dr Patel');
  await professionals.getByLabel('Role', { exact: true }).fill('GP');
  // A regular catch-up with someone: never called a check-in, which is how I log my day.
  const catchUps = page.getByRole('region', { name: 'Regular catch-ups' });
  await catchUps.getByRole('button', { name: '+ Add catch-up' }).click();
  await expect(catchUps.locator('.entry-name')).toHaveText('New catch-up');
  await expect(catchUps.getByText(/check-in/i)).toHaveCount(1);
  await expect(catchUps.getByText(/check-in/i)).toHaveText(/My daily check-ins are on the Check-ins screen/);
  await catchUps.getByLabel('With whom', { exact: true }).fill('Sam');
  await catchUps.getByLabel('How often', { exact: true }).fill('Every Sunday');
  await expect(catchUps.locator('.entry-name')).toHaveText('Sam');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'care team');
  await screenshot(page, 'plan-care-team', hostName);

  // Safety plan.
  await openPlanPage(page, 'Safety plan');
  await page.getByLabel('7. My reasons for living', { exact: true }).fill('Maya and Leo.');
  await page.getByLabel('4. People I can ask for help', { exact: true }).fill('Sam 07700 900123');
  await page.getByRole('button', { name: 'Done editing' }).click();
  await expect(page.getByText('Maya and Leo.')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'safety plan');
  await screenshot(page, 'plan-safety', hostName);

  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Care team');
  await expect(page.getByText('Dr Patel', { exact: true })).toBeVisible();
  await openPlanPage(page, 'Safety plan');
  await expect(page.getByText('Maya and Leo.')).toBeVisible();
});

test('a review snapshots the plan and shows what changed since', async ({ launch, hostName, userDataDir }) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health' });

  await openPlanPage(page, 'Reviews and history');
  await page.getByLabel('Date of the review', { exact: true }).fill('2026-11-20');
  await page.getByLabel('What is working', { exact: true }).fill('Getting outside every day.');
  await page.getByLabel('What I will change', { exact: true }).fill('Let go of the therapist goal for now.');
  await page.getByRole('button', { name: 'Save review and snapshot' }).click();
  await expect(page.getByText(/^Review of .*2026 saved, with a snapshot/)).toBeVisible();
  await expect(page.getByLabel('Next review', { exact: true })).toHaveValue('2026-12-20');

  // Change the plan after the review: a goal let go, a trigger deleted (then undone, then deleted again).
  await openPlanPage(page, 'Goals');
  await page.getByRole('button', { name: 'Edit “Work with a therapist regularly”' }).click();
  await page.getByLabel('Status', { exact: true }).selectOption('let-go');
  await expectAllSaved(page);
  await openPlanPage(page, 'Triggers and warning signs');
  await page.getByRole('button', { name: 'Delete “Feeling judged or criticised”' }).click();
  await expect(page.getByRole('button', { name: 'Delete “Feeling judged or criticised”' })).toHaveCount(0);

  // Reorder by drag: the last trigger dragged onto the first.
  const triggerNames = page.getByRole('region', { name: 'My triggers' }).locator('.entry-name');
  const lastTrigger = await triggerNames.last().textContent();
  await page
    .getByRole('region', { name: 'My triggers' })
    .locator('.drag-handle')
    .last()
    .dragTo(page.getByRole('region', { name: 'My triggers' }).locator('.entry').first());
  await expect(triggerNames.first()).toHaveText(lastTrigger!);

  await openPlanPage(page, 'Reviews and history');
  await page.getByLabel('From', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('To', { exact: true }).selectOption({ index: 0 });
  await page.getByRole('button', { name: 'Show changes' }).click();
  await expect(page.getByText(/^From Review of .*2026 to My plan now: 0 added, 1 removed, 1 changed\.$/)).toBeVisible();
  await expect(page.getByText('Changed goal “Work with a therapist regularly”')).toBeVisible();
  await expect(page.getByText('Removed trigger “Feeling judged or criticised”')).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'reviews and diff');
  await screenshot(page, 'plan-reviews', hostName);

  // The home screen shows the next review.
  await planNav(page).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Next review' })).toContainText(
    /2026.*\(in \d+ days\)|\(in \d+ days\)/,
  );
});

test('reviews: the emptied form never saves a blank review; a review edited, deleted and brought back by Undo, by keyboard', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health' });
  await openPlanPage(page, 'Reviews and history');
  await page.getByLabel('What is working', { exact: true }).fill('Getting outside every day.');
  const save = page.getByRole('button', { name: 'Save review and snapshot' });
  await save.click();
  await expect(page.getByText(/^Review of .*2026 saved, with a snapshot/)).toBeVisible();
  // A second click on the emptied form says what to write, and saves nothing.
  await save.click();
  await expect(page.getByText(/Write what is working, what is not, or what I will change/)).toBeVisible();
  const past = page.getByRole('region', { name: 'Past reviews' });
  await expect(past.getByRole('listitem')).toHaveCount(1);

  // Edit by keyboard: the notes change, the snapshot stays.
  await past.getByRole('button', { name: /^Edit the review of/ }).focus();
  await page.keyboard.press('Enter');
  const edit = past.getByRole('form', { name: /^Edit the review of/ });
  await edit.getByLabel('What I will change', { exact: true }).fill('Walk with Sam on Sundays.');
  await edit.getByLabel('What I will change', { exact: true }).press('Tab');
  await page.keyboard.press('Enter');
  await expect(past.getByText('Walk with Sam on Sundays.')).toBeVisible();

  // Delete by keyboard: focus lands on Undo, and Enter brings it back.
  await past.getByRole('button', { name: /^Delete the review of/ }).focus();
  await page.keyboard.press('Enter');
  const undo = page.getByRole('region', { name: 'Undo delete' });
  await expect(undo).toContainText(/Deleted the review of .*2026, with its snapshot\./);
  await expect(past.getByRole('listitem')).toHaveCount(0);
  await expect(undo.getByRole('button', { name: 'Undo' })).toBeFocused();
  await expectNoSeriousAxeViolations(page, 'reviews, undo');
  await screenshot(page, 'plan-review-undo', hostName);
  await page.keyboard.press('Enter');
  await expect(past.getByText('Walk with Sam on Sundays.')).toBeVisible();
  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Reviews and history');
  await expect(page.getByRole('region', { name: 'Past reviews' }).getByText('Walk with Sam on Sundays.')).toBeVisible();
});

test('a delete can be undone from the bar that says what went, and the bar passes axe-core', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health' });
  await openPlanPage(page, 'Triggers and warning signs');
  await page.getByRole('button', { name: 'Delete “Feeling judged or criticised”' }).click();
  const undo = page.getByRole('region', { name: 'Undo delete' });
  await expect(undo).toContainText('Deleted “Feeling judged or criticised”.');
  await expectNoSeriousAxeViolations(page, 'undo bar');
  await screenshot(page, 'plan-undo', hostName);
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Feeling judged or criticised', { exact: true })).toBeVisible();
  await expect(undo).toHaveCount(0);
  await lockAndUnlockToPlan(page);
  await openPlanPage(page, 'Triggers and warning signs');
  await expect(page.getByText('Feeling judged or criticised', { exact: true })).toBeVisible();
});

test('the safety plan is one shortcut away from anywhere, by keyboard alone', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' }, { colorScheme: 'dark' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('heading', { level: 1, name: 'Safety plan' })).toBeFocused();
  await page.getByLabel('1. My warning signs', { exact: true }).fill('Not answering my phone.');
  await expectAllSaved(page);
  await expectNoSeriousAxeViolations(page, 'safety plan (dark)');
  await screenshot(page, 'plan-safety-edit-dark', hostName);
});

const darkPages = [
  ['About my recovery', 'about'],
  ['Where I stand', 'assessment'],
  ['Goals', 'goals'],
  ['Support network', 'support'],
  ['Coping strategies', 'coping'],
  ['Triggers and warning signs', 'triggers'],
  ['Setback plan', 'setback'],
  ['Safety plan', 'safety'],
  ['Daily life and self-care', 'self-care'],
  ['Care team', 'care-team'],
  ['Reviews and history', 'reviews'],
] as const;

test('the start screen and plan overview pass axe-core in the dark theme', async ({
  launch,
  hostName,
  userDataDir,
}) => {
  const { page } = await openSeeded({ launch, userDataDir }, {}, { colorScheme: 'dark' });
  await expect(page.getByRole('heading', { name: 'Start your plan' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'start your plan (dark)');
  await screenshot(page, 'plan-start-dark', hostName);
  await page.getByRole('button', { name: /^Physical injury/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
  await expectNoSeriousAxeViolations(page, 'plan overview (dark)');
  await screenshot(page, 'plan-overview-dark', hostName);
});

for (const [part, pages] of [
  ['first', darkPages.slice(0, 4)],
  ['middle', darkPages.slice(4, 8)],
  ['last', darkPages.slice(8)],
] as const) {
  // Each page passes every rule in the light theme (the tests above); here, its colours in the dark one.
  test(`the ${part} plan pages have enough contrast in the dark theme`, async ({ launch, hostName, userDataDir }) => {
    const { page } = await openSeeded({ launch, userDataDir }, { template: 'physical' }, { colorScheme: 'dark' });
    for (const [title, name] of pages) {
      await openPlanPage(page, title);
      if (name === 'goals') await page.getByRole('button', { name: /^Edit “Do my exercises/ }).click();
      await expectNoSeriousAxeViolations(page, `${title} (dark)`, colourRules);
      await screenshot(page, `plan-${name}-dark`, hostName);
    }
  });
}
