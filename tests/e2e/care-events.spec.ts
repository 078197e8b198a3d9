import { expectAccessibleInBothThemes, mainNav, openDemo, screenshot } from './app-steps';
import { expect, test } from './fixtures';

test('events of care: a hospital stay added on Progress, marked on the mood chart and listed, changed, deleted and brought back with Undo; the demo’s medicines in adherence and what helps', async ({
  launch,
  userDataDir,
  copyDemoVault,
  hostName,
}) => {
  const { page } = await openDemo({ launch, userDataDir, copyDemoVault });
  await mainNav(page).getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('radio', { name: '1 month' }).check();
  const chart = page.locator('.chart-box');
  await expect(chart).toHaveAttribute('data-chart-range', '2026-10-21..2026-11-20');
  await expect(chart.locator('.chart-marker-event')).toHaveCount(0);

  const events = page.getByRole('region', { name: 'Events over the last 1 month' });
  await events.getByRole('button', { name: 'Add an event' }).click();
  const form = events.getByRole('form', { name: 'Add an event' });
  await form.getByLabel('What happened').selectOption({ label: 'Hospital stay' });
  await form.getByLabel('Day', { exact: true }).fill('2026-11-21');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form.getByText('Choose today (November 20, 2026) or an earlier day.')).toBeVisible();
  await form.getByLabel('Day', { exact: true }).fill('2026-11-10');
  await form.getByLabel('It lasted more than one day').check();
  await form.getByLabel('Last day').fill('2026-11-08');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form.getByText('The last day cannot be before the first.')).toBeVisible();
  await form.getByLabel('Last day').fill('2026-11-13');
  await form.getByLabel('A few words (optional)').fill('St Mary’s');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(events.getByText('Added: Hospital stay on November 10, 2026. It is marked on my charts.')).toBeVisible();
  await expect(events.getByRole('listitem')).toContainText(
    'November 10, 2026 to November 13, 2026 Hospital stay: St Mary’s',
  );
  await expect(chart.locator('.chart-marker-event')).toHaveCount(1);
  // The questionnaires' charts (the demo's PHQ-9 and GAD-7) mark it too.
  await expect(page.locator('.score-chart-box .chart-marker-event')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Chart key' })).toContainText('event of care or medication change');
  await screenshot(page, 'progress-events', hostName);

  // Changed by keyboard: the form opens in the list, where the event was.
  await events.getByRole('button', { name: 'Change the event of November 10, 2026' }).press('Enter');
  const change = events.getByRole('form', { name: 'Change this event' });
  await change.getByLabel('What happened').selectOption({ label: 'Emergency visit' });
  await change.getByLabel('It lasted more than one day').uncheck();
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(events.getByText('Saved: Emergency visit on November 10, 2026.')).toBeVisible();
  await expect(events.getByRole('listitem')).toContainText('November 10, 2026 Emergency visit: St Mary’s');

  await events.getByRole('button', { name: 'Delete the event of November 10, 2026' }).click();
  await expect(events.getByText('No events in this range.')).toBeVisible();
  await expect(chart.locator('.chart-marker-event')).toHaveCount(0);
  await events.getByRole('button', { name: 'Undo' }).click();
  await expect(events.getByText('The event is back.')).toBeVisible();
  await expect(chart.locator('.chart-marker-event')).toHaveCount(1);
  // The demo's medicines: taken on time over the month, and in "what helps" (its stopped one is not).
  await expect(
    page
      .getByRole('region', { name: 'My medicines, taken on time' })
      .getByText(/^\d+% of doses on time over the last 1 month/),
  ).toHaveCount(1);
  await expect(page.getByRole('row', { name: /^Sertraline, taken/ })).toHaveCount(1);
  await expect(page.getByText(/Not noted on any day .*Propranolol/)).toHaveCount(0);
  await expectAccessibleInBothThemes(page, 'Progress with events', hostName);
});
