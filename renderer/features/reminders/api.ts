import { useIpcChange, useIpcQuery } from '../../lib/ipc-query';

/** When Waypoint reminds me, and whether it keeps running in the tray. */
export const useReminders = () => useIpcQuery('reminders.get', {});
export const useUpdateReminders = () => useIpcChange('reminders.update', { serial: 'reminders' });
