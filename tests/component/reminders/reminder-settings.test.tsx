import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatTimeOfDay } from '../../../shared/dates/format-time';
import { ReminderSettings } from '../../../renderer/features/reminders/reminder-settings';
import { AppProviders } from '../../../renderer/app/app-providers';
import { memoryVaultClient } from '../memory-vault-client';

describe('Settings → Reminders', () => {
  it('adds a daily time, turns on "keep running" once with an explanation, and switches plan reminders', async () => {
    const vault = await memoryVaultClient();
    render(
      <AppProviders client={vault.client}>
        <ReminderSettings />
      </AppProviders>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '+ Add a reminder time' }));
    expect(await screen.findByLabelText('Reminder 1')).toHaveValue('20:00');
    expect(await screen.findByText(/Waypoint now keeps running in the tray/)).toBeInTheDocument();
    expect(screen.getByLabelText('Keep Waypoint running in the tray when I close its window')).toBeChecked();
    await user.click(screen.getByLabelText('When my plan review is due'));
    expect(screen.getByLabelText('When my plan review is due')).toBeChecked();
    expect(await screen.findByText('Review reminders are on.')).toBeInTheDocument();
    expect(await vault.value('reminders.get', {})).toMatchObject({
      checkInTimes: ['20:00'],
      reviewDue: true,
      keepRunningInTray: true,
    });
    // A time said back is written as the system writes times (7:30 AM here, 07:30 in Britain).
    fireEvent.change(screen.getByLabelText('Plan reminders come at'), { target: { value: '07:30' } });
    expect(await screen.findByText(`Plan reminders come at ${formatTimeOfDay('07:30')}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove reminder 1' }));
    expect(await screen.findByText('Daily check-in reminders are off.')).toBeInTheDocument();
    expect(await vault.value('reminders.get', {})).toMatchObject({ checkInTimes: [] });
  });
});
