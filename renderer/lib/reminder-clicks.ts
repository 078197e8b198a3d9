import type { ReminderTarget } from '../../shared/reminders/reminder-preferences';

/**
 * A clicked reminder waits here until the unlocked app can act on it: at once if it is open, or
 * right after the unlock if Waypoint was locked. Only where to go is kept, never any content.
 */
let pending: ReminderTarget | undefined;
const listeners = new Set<() => void>();

export function reminderClicked(target: ReminderTarget): void {
  pending = target;
  for (const listener of listeners) listener();
}

/** Runs `act` for a reminder clicked before now, and for each one clicked later. */
export function onReminderClicked(act: (target: ReminderTarget) => void): () => void {
  const take = () => {
    const target = pending;
    pending = undefined;
    if (target) act(target);
  };
  listeners.add(take);
  take();
  return () => listeners.delete(take);
}
