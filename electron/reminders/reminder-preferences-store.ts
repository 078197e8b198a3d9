import type { ReminderPreferences } from '../../shared/reminders/reminder-preferences';
import {
  readReminderPreferences,
  storedReminderPreference,
  writeReminderPreferences,
} from './reminder-preferences-file';

/**
 * The preferences beside the vault (preferences.json), read once at start and changed one change
 * at a time; `apply` acts on them as read and after each change is written.
 */
export class ReminderPreferencesStore {
  /** The preferences as read at start. */
  readonly loaded: Promise<ReminderPreferences>;
  private current: Promise<ReminderPreferences>;

  constructor(
    private readonly userDataDir: string,
    private readonly apply: (preferences: ReminderPreferences) => void,
  ) {
    this.loaded = readReminderPreferences(userDataDir).then((stored) => {
      apply(stored);
      return stored;
    });
    this.current = this.loaded;
  }

  /** The preferences once every change asked for so far is written. */
  latest(): Promise<ReminderPreferences> {
    return this.current;
  }

  /** Changes the preferences, after the changes before it, and acts on them. */
  update(
    change: (current: ReminderPreferences) => Promise<Partial<ReminderPreferences>> | Partial<ReminderPreferences>,
  ): Promise<ReminderPreferences> {
    this.current = this.current.then(async (current) => {
      const updated = { ...current, ...(await change(current)) };
      await writeReminderPreferences(this.userDataDir, updated);
      this.apply(updated);
      return updated;
    });
    return this.current;
  }

  /** Whether the file holds a value for `key` (a value from before that key existed is the default). */
  isStored(key: keyof ReminderPreferences): Promise<boolean> {
    return storedReminderPreference(this.userDataDir, key);
  }
}
