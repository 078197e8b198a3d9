import { useState } from 'react';
import { anyReminderOn, type ReminderPreferences } from '../../../shared/reminders/reminder-preferences';
import { useReminders, useUpdateReminders } from './api';

/**
 * The reminder preferences, and a change that keeps Waypoint running in the tray the first time a
 * reminder is turned on (reminders need it running), saying so once.
 */
export function useReminderPreferences() {
  const query = useReminders();
  const { run } = useUpdateReminders();
  const [trayExplained, setTrayExplained] = useState(false);

  async function update(changes: Partial<ReminderPreferences>): Promise<string | undefined> {
    const current = query.data;
    if (!current) return 'The reminder settings are still loading.';
    const next = { ...current, ...changes };
    const turnsTrayOn = anyReminderOn(next) && !anyReminderOn(current) && !current.keepRunningInTray;
    const result = await run(turnsTrayOn ? { ...changes, keepRunningInTray: true } : changes);
    if (!result.ok) return result.error.message;
    if (turnsTrayOn) setTrayExplained(true);
    return undefined;
  }

  return { preferences: query.data, error: query.error?.message, update, trayExplained };
}

/** Said the first time a reminder turns on "keep running in the tray". */
export const trayExplanation =
  'So that reminders can come, Waypoint now keeps running in the tray (the menu bar on a Mac) when you close its window. It locks when the window closes, and shows nothing there. You can turn this off under "Keeping Waypoint running".';
