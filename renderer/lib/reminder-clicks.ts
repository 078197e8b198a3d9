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

/**
 * Calls `look` with a reminder clicked and not yet acted on, now and at each click, without taking
 * it: the lock screen opens its check-in for one, and the unlocked app still acts on it after.
 */
export function watchReminderClicks(look: (target: ReminderTarget) => void): () => void {
  const peek = () => {
    if (pending) look(pending);
  };
  listeners.add(peek);
  peek();
  return () => listeners.delete(peek);
}

/** The reminder was answered where it was (a check-in sealed while locked): nothing left to act on. */
export function dropReminderClick(): void {
  pending = undefined;
}
