import { readPlan, updatePlanEntry } from '../../electron/plan/plan-repository';
import type { VaultSession } from '../../electron/vault/vault-session';
import {
  expectAccessibleInBothThemes,
  lockAndUnlock,
  mainNav,
  openAreaByKeyboard,
  openSeeded,
  screenshot,
  inLondonAt,
} from './app-steps';
import { expect, test } from './fixtures';

// Main's clock and the renderer's stand at the same moment, so the day a response counts for is fixed.
const at = '2026-11-19T18:00:00Z';
const inLondon = inLondonAt(at);

test('a PHQ-9 by keyboard only, the ninth question above "Not at all": my plan and the emergency line come before the score', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'mental-health' }, inLondon);
  await openAreaByKeyboard(page, 'Questionnaires', 'Questionnaires');
  // My plan is about mental health: two forms are suggested, and "Not now" puts the suggestion away.
  const suggestion = page.getByRole('region', { name: 'Suggested for my plan' });
  await expect(suggestion.getByRole('listitem')).toHaveText(['The PHQ-9: every 2 weeks', 'The GAD-7: every 2 weeks']);
  await suggestion.getByRole('button', { name: 'Not now' }).focus();
  await page.keyboard.press('Enter');
  await expect(suggestion).toBeHidden();
  await page.getByRole('link', { name: 'Answer the PHQ-9' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: 'The PHQ-9', level: 1 })).toBeVisible();
  await expect(
    page.getByText('Over the last 2 weeks, how often have you been bothered by any of the following problems?'),
  ).toBeVisible();
  await expect(page.getByText('Question 1 of 9')).toBeVisible();
  // Nothing is chosen for me.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'PHQ-9 question', hostName);

  // Questions 1 to 8: "More than half the days" (the third answer, key 3); an arrow then Enter for the ninth.
  for (let question = 1; question <= 8; question++) {
    await expect(page.getByText(`Question ${question} of 9`)).toBeVisible();
    await page.keyboard.press('3');
  }
  await expect(
    page.getByRole('group', { name: 'Thoughts that you would be better off dead or of hurting yourself in some way' }),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Not at all' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Several days' })).toBeChecked();
  await page.keyboard.press('Enter');
  // The closing question is not part of the score.
  await expect(page.getByText('One last question, not part of the score')).toBeVisible();
  await page.keyboard.press('2');

  const crisis = page.getByRole('heading', { name: /^Before my score/ });
  await expect(crisis).toBeFocused();
  await expect(page.getByText('If you are in danger now, call your local emergency number')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open my safety plan' })).toBeVisible();
  const score = page.getByText('17 out of 27, a score in the moderately severe range.');
  await expect(score).toBeVisible();
  // The plan comes first on the page, the score after it.
  const crisisTop = (await crisis.boundingBox())!.y;
  expect((await score.boundingBox())!.y).toBeGreaterThan(crisisTop);
  await expect(page.getByText('This is worth talking over with my clinician.')).toBeVisible();
  await screenshot(page, 'phq-9-result-item-9', hostName);
  await expectAccessibleInBothThemes(page, 'PHQ-9 result', hostName);

  // Kept across a lock, listed with its date and range.
  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Questionnaires' }).click();
  const phq9 = page.getByRole('region', { name: /^PHQ-9/ });
  await expect(
    phq9.getByText('Last answered November 19, 2026: 17 out of 27, a score in the moderately severe range.'),
  ).toBeVisible();
  await expect(phq9.getByRole('table', { name: 'My past PHQ-9 answers, newest first' }).getByRole('row')).toHaveCount(
    2,
  );
});

/** The plan's first goal follows the GAD-7's total. */
function goalFollowingGad7(session: VaultSession): void {
  session.change((db) => {
    const { actionSteps: _steps, id, ...goal } = readPlan(db).goals[0]!;
    updatePlanEntry(db, {
      list: 'goals',
      id,
      data: { ...goal, target: 'GAD-7 below 5 by spring', questionnaire: 'gad-7' },
    });
  });
}

test('a GAD-7 with the mouse, twice: due once scheduled, a half-answered one kept across a lock, then the change since last time', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const app = await openSeeded(
    { launch, userDataDir },
    { template: 'mental-health', fill: goalFollowingGad7 },
    inLondon,
  );
  const { page } = app;
  await mainNav(page).getByRole('link', { name: 'Questionnaires' }).click();
  const gad7 = page.getByRole('region', { name: /^GAD-7/ });
  await gad7.getByLabel('Ask me').selectOption({ label: 'Every 2 weeks' });
  await expect(gad7.getByText('Due: not answered yet')).toBeVisible();
  // The GAD-7 is scheduled now, so only the PHQ-9 is still suggested; one click takes the suggestion.
  const suggestion = page.getByRole('region', { name: 'Suggested for my plan' });
  await expect(suggestion.getByRole('listitem')).toHaveText(['The PHQ-9: every 2 weeks']);
  await suggestion.getByRole('button', { name: 'Ask me this' }).click();
  await expect(suggestion).toBeHidden();
  await expect(page.getByRole('region', { name: /^PHQ-9/ }).getByLabel('Ask me')).toHaveValue('every-2-weeks');
  // Today says so too, with the way in.
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByText('My GAD-7 is due.')).toBeVisible();
  await page.getByRole('link', { name: 'Answer the GAD-7' }).click();
  for (let question = 1; question <= 7; question++) {
    await expect(page.getByText(`Question ${question} of 7`)).toBeVisible();
    await page.getByText('Nearly every day').click();
    await page.getByRole('button', { name: question === 7 ? 'Save my answers' : 'Next' }).click();
  }
  await expect(page.getByText('21 out of 21, a score in the severe range.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Before my score/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to my questionnaires' }).click();
  await expect(gad7.getByText('Next on December 3, 2026')).toBeVisible();

  // Two weeks later, half answered, then the computer locks.
  await app.reminders!.moveClock('2026-12-03T18:00:00Z');
  await page.clock.setFixedTime(new Date('2026-12-03T18:00:00Z'));
  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Questionnaires' }).click();
  await expect(gad7.getByText('Due', { exact: true })).toBeVisible();
  await gad7.getByRole('link', { name: 'Answer the GAD-7' }).click();
  for (let question = 1; question <= 3; question++) {
    await page.getByText('Several days').click();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await expect(page.getByText('Question 4 of 7')).toBeVisible();
  await lockAndUnlock(page);
  await mainNav(page).getByRole('link', { name: 'Questionnaires' }).click();
  await gad7.getByRole('link', { name: 'Go on with the GAD-7' }).click();
  await expect(page.getByText('Question 4 of 7')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: 'Several days' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let question = 4; question <= 7; question++) {
    await page.getByText('Several days').click();
    await page.getByRole('button', { name: question === 7 ? 'Save my answers' : 'Next' }).click();
  }
  await expect(page.getByText('7 out of 21, a score in the mild range.')).toBeVisible();
  await expect(
    page.getByText(
      '14 points lower than on November 19, 2026: a change of 4 points or more is usually taken as a real change on the GAD-7.',
    ),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Back to my questionnaires' }).click();
  await expect(gad7.getByRole('table', { name: 'My past GAD-7 answers, newest first' }).getByRole('row')).toHaveCount(
    3,
  );
  await expectAccessibleInBothThemes(page, 'Questionnaires list', hostName);

  // Progress charts both answers, one point each, with the same figures in words and in a table.
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  const scores = page.getByRole('region', { name: 'My questionnaires so far' });
  const gad7Scores = scores.getByRole('region', { name: 'GAD-7' });
  await expect(
    gad7Scores.getByText(
      '2 GAD-7 answers so far. The first, on November 19, 2026, was 21 out of 21, a score in the severe range; the latest, on December 3, 2026, 7 out of 21, a score in the mild range: 14 points lower. A change of 4 points or more is usually taken as a real change on the GAD-7.',
    ),
  ).toBeVisible();
  await expect(gad7Scores.locator('[data-form="gad-7"]')).toHaveAttribute('data-points', '2');
  await expect(gad7Scores.getByRole('img', { name: /^Chart of my GAD-7 scores/ })).toBeVisible();
  // The band edges of the GAD-7 (mild from 5, moderate from 10, severe from 15) are drawn and named.
  await expect(gad7Scores.getByText('moderate from 10')).toBeVisible();
  await gad7Scores.getByText('Show my GAD-7 answers as a table').click();
  const rows = gad7Scores.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText('November 19, 2026');
  await expect(rows.nth(1).getByRole('cell')).toHaveText(['21', 'severe', '—']);
  await expect(rows.nth(2).getByRole('rowheader')).toHaveText('December 3, 2026');
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['7', 'mild', '−14 (a real change)']);
  // The goal that follows the GAD-7 gives its first and latest score beside its target.
  const goals = page.getByRole('region', { name: 'Goal progress' });
  await expect(goals.getByText('Target: GAD-7 below 5 by spring')).toBeVisible();
  await expect(
    goals.getByText(
      'GAD-7: 21 on November 19, 2026, the first in this range; 7 on December 3, 2026, the latest: a score in the mild range.',
    ),
  ).toBeVisible();
  // Nothing else was answered, so no other form has a chart.
  await expect(scores.getByRole('heading', { level: 3 })).toHaveText(['GAD-7']);
  await expectAccessibleInBothThemes(page, 'Progress with questionnaires', hostName);
});

test('an AUDIT-C my addiction plan suggests, by number keys: the drink explained first, each question its own answers, the threshold applied said and changeable; the PCL-5 opens with its note', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' }, inLondon);
  await mainNav(page).getByRole('link', { name: 'Questionnaires' }).click();
  const suggestion = page.getByRole('region', { name: 'Suggested for my plan' });
  await expect(suggestion.getByRole('listitem')).toHaveText(['The AUDIT-C: every month']);
  await suggestion.getByRole('button', { name: 'Ask me this' }).click();
  const auditC = page.getByRole('region', { name: /^AUDIT-C/ });
  await expect(auditC.getByLabel('Ask me')).toHaveValue('monthly');
  await auditC.getByRole('link', { name: 'Answer the AUDIT-C' }).click();

  // What a drink is, before the first question; no stem, each question standing alone.
  await expect(
    page.getByText(/one standard drink as the WHO’s AUDIT counts it: about 10 g of pure alcohol/),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'How often do you have a drink containing alcohol?' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'AUDIT-C question', hostName);
  await page.keyboard.press('3'); // 2 to 4 times a month: 2 points
  await expect(page.getByText('Question 2 of 3')).toBeVisible();
  await expect(page.getByRole('radio', { name: '7, 8, or 9' })).toBeVisible();
  await page.keyboard.press('1'); // 1 or 2: 0 points
  await expect(page.getByText('Question 3 of 3')).toBeVisible();
  await page.keyboard.press('2'); // Less than monthly: 1 point

  // 3 points: in the higher range with the threshold used when no sex is given, said so.
  await expect(page.getByText('3 out of 12, a score in the higher range.')).toBeVisible();
  await expect(
    page.getByText(
      'Scored with the threshold used for women and whenever no sex is given: 3 or more is in the higher range.',
    ),
  ).toBeVisible();
  await expect(page.getByText('This is worth talking over with my clinician.')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'AUDIT-C result', hostName);
  // Choosing the threshold for men scores the same answers again, at once.
  await page
    .getByLabel('Which threshold my AUDIT-C uses (optional)')
    .selectOption({ label: 'The threshold for men (4 or more)' });
  await expect(page.getByText('3 out of 12, a score in the lower range.')).toBeVisible();
  await expect(page.getByText('Scored with the threshold for men: 4 or more is in the higher range.')).toBeVisible();

  // The PCL-5 says what it asks about, and that it asks nothing about what happened, before question 1.
  await page.getByRole('link', { name: 'Back to my questionnaires' }).click();
  await page
    .getByRole('region', { name: /^PCL-5/ })
    .getByRole('link', { name: 'Answer the PCL-5' })
    .click();
  await expect(page.getByText(/It does not ask me to describe what happened\./)).toBeVisible();
  await expect(page.getByText('In the past month, how much were you bothered by:')).toBeVisible();
  await expect(page.getByText('Question 1 of 20')).toBeVisible();
  await expectAccessibleInBothThemes(page, 'PCL-5 question', hostName);
});
