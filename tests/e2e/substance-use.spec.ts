import { expectAccessibleInBothThemes, mainNav, openSeeded, screenshot, inLondonAt } from './app-steps';
import { expect, test } from './fixtures';

// Main's clock and the renderer's stand at the same moment: 09:20 in London on 19 November 2026.
const at = '2026-11-19T09:20:00Z';
const inLondon = inLondonAt(at);

test('substance use: alcohol added with a daily limit, a month filled in the grid by keyboard (a day over the limit marked), the empty days marked as none and undone, drinks worked out in my country’s standard drinks', async ({
  launch,
  userDataDir,
  hostName,
}) => {
  test.skip(hostName === 'electron', 'Main’s clock cannot be set in an Electron process.');
  const { page } = await openSeeded({ launch, userDataDir }, { template: 'addiction' }, inLondon);
  await mainNav(page).getByRole('link', { name: 'Plan' }).click();
  await page.getByRole('navigation', { name: 'Plan sections' }).getByRole('link', { name: 'Substance use' }).click();
  await expect(page.getByRole('heading', { name: 'Substance use', level: 1 })).toBeFocused();

  await page.getByRole('button', { name: 'Add a substance' }).click();
  const form = page.getByRole('form', { name: 'Add a substance' });
  await form.getByRole('button', { name: 'Add substance' }).click();
  await expect(form.getByText('Write its name: alcohol, cannabis, nicotine…')).toBeVisible();
  await form.getByLabel('Name').fill('Alcohol');
  await form.getByRole('radio', { name: /^Standard drinks/ }).check();
  await form.getByRole('radio', { name: /^To cut down/ }).check();
  await form.getByLabel('My daily limit (standard drinks)').fill('2');
  await form.getByRole('button', { name: 'Add substance' }).click();
  await expect(page.getByText('Added Alcohol. Its days can be filled in below.')).toBeVisible();
  await expect(page.getByText('My goal: at most 2 standard drinks a day.')).toBeVisible();

  // The month, by keyboard: a number and Enter goes on to the next day.
  const month = page.getByRole('region', { name: 'Alcohol in November 2026' });
  await month.getByLabel('2 (Monday, November 2)').focus();
  for (const amount of ['1', '4', 'a lot']) {
    await page.keyboard.type(amount);
    await page.keyboard.press('Enter');
  }
  await expect(month.getByRole('alert')).toHaveText(
    'Wednesday, November 4: write a number, such as 2 or 0.5 (0 for a day I did not use), or leave it empty.',
  );
  await month.getByLabel('4 (Wednesday, November 4)').fill('0');
  await month.getByLabel('4 (Wednesday, November 4)').press('Enter');
  await expect(month.getByRole('alert')).toHaveCount(0);
  await expect(month.getByLabel('3 (Tuesday, November 3)')).toHaveAccessibleDescription('against my goal');
  await expect(month.getByLabel('2 (Monday, November 2)')).not.toHaveAttribute('aria-describedby');
  await expect(month.getByLabel('20 (Friday, November 20)')).toHaveCount(0);
  await expect(
    month.getByText(
      '2 days of use in November 2026, 5 standard drinks in all; 1 of them against my goal. 1 day written as none, 16 not written yet.',
    ),
  ).toBeVisible();
  await month.getByRole('button', { name: 'Mark the 16 empty days as none' }).click();
  await expect(month.getByText('Marked 16 days as none.')).toBeVisible();
  await expect(month.getByLabel('1 (Sunday, November 1)')).toHaveValue('0');
  await month.getByRole('button', { name: 'Undo' }).click();
  await expect(month.getByLabel('1 (Sunday, November 1)')).toHaveValue('');

  // From drinks to standard drinks, in my country's: two glasses of wine, added to 1 November.
  await month.getByText('Work out standard drinks from what I drank').click();
  await month.getByLabel('A common drink').selectOption({ label: 'Glass of wine (175 ml, 12%)' });
  await month.getByLabel('How many').fill('2');
  await expect(month.getByText('That is 3.3 standard drinks.')).toBeVisible();
  await page.getByLabel('My standard drink').selectOption({ label: 'UK unit (8 g of alcohol)' });
  await expect(month.getByText('That is 4.1 UK units.')).toBeVisible();
  await month.getByLabel('Add it to the day').fill('2026-11-01');
  await month.getByRole('button', { name: 'Add to that day' }).click();
  await expect(month.getByText('November 1, 2026 now has 4.1 UK units.')).toBeVisible();
  await expect(month.getByLabel('1 (Sunday, November 1)')).toHaveValue('4.1');
  await screenshot(page, 'substance-use-month', hostName);

  // An earlier month is there to fill in too.
  await month.getByRole('button', { name: 'Previous month' }).click();
  await expect(page.getByRole('region', { name: 'Alcohol in October 2026' })).toBeVisible();
  await expectAccessibleInBothThemes(page, 'Substance use', hostName);
});
