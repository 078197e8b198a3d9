import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ReminderPreferences } from '../../../shared/reminders/reminder-preferences';
import { ReminderOffer } from '../../../renderer/features/reminders/reminder-offer';
import { ReminderSettings } from '../../../renderer/features/reminders/reminder-settings';
import { AppProviders } from '../../../renderer/app/app-providers';
import { memoryVaultClient } from '../memory-vault-client';

/**
 * The offer as it appears after a check-in, with these reminder preferences stored; Settings →
 * Reminders beside it reads the same preferences, so once it shows them the offer has them too.
 */
async function offerWith(stored: Partial<ReminderPreferences>) {
  const vault = await memoryVaultClient();
  await vault.value('reminders.update', stored);
  render(
    <AppProviders client={vault.client}>
      <section aria-label="After my check-in">
        <ReminderOffer />
      </section>
      <ReminderSettings />
    </AppProviders>,
  );
  await screen.findByRole('button', { name: '+ Add a reminder time' });
  return { vault, offer: within(screen.getByRole('region', { name: 'After my check-in' })) };
}

describe('the reminder offer after a check-in', () => {
  it('is not made while a daily check-in reminder is on (it may be the one that opened this check-in)', async () => {
    const { offer } = await offerWith({ checkInTimes: ['20:00'] });
    expect(screen.getByLabelText('Reminder 1')).toHaveValue('20:00');
    expect(offer.queryByRole('heading', { name: 'Would a daily reminder help?' })).not.toBeInTheDocument();
  });

  it('is made when no check-in reminder is on, and "No thanks" says no reminders when none is on', async () => {
    const { vault, offer } = await offerWith({});
    await userEvent.click(offer.getByRole('button', { name: 'No thanks' }));
    expect(await offer.findByText(/^No reminders\./)).toBeInTheDocument();
    expect(await vault.value('reminders.get', {})).toMatchObject({ offered: true, checkInTimes: [] });
  });

  it('"No thanks" never says "No reminders" while another reminder is on', async () => {
    const { offer } = await offerWith({ doseDue: true });
    await userEvent.click(offer.getByRole('button', { name: 'No thanks' }));
    expect(
      await offer.findByText('No check-in reminder. My other reminders stay as they are, in Settings → Reminders.'),
    ).toBeInTheDocument();
    expect(offer.queryByText(/No reminders/)).not.toBeInTheDocument();
  });
});
