import { useId, useState } from 'react';
import {
  maxCheckInReminders,
  timeOfDay,
  type ReminderPreferences,
} from '../../../shared/reminders/reminder-preferences';
import { spokenList } from '../../../shared/medications/medication-words';
import { CheckboxField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { formatTimeOfDay } from '../../../shared/dates/format-time';
import { trayExplanation, useReminderPreferences } from './use-reminder-preferences';

const defaultReminderTime = '20:00';

/** The plan reminders, each a switch: its preference, its label and what the confirmation calls it. */
const planSwitches = [
  { key: 'reviewDue', label: 'When my plan review is due', what: 'Review' },
  { key: 'actionStepsDue', label: 'When an action step is due', what: 'Action step' },
  {
    key: 'supportersDue',
    label: 'When it is time to reach out to someone in my support network',
    what: 'Support network',
  },
  { key: 'questionnaireDue', label: 'When a questionnaire I scheduled is due', what: 'Questionnaire' },
] as const;

/** Reminders about my medicines: each dose not answered yet, and a supply down to its refill level. */
function MedicineReminders({
  preferences,
  save,
}: {
  preferences: ReminderPreferences;
  save(changes: Partial<ReminderPreferences>, confirmation: string): Promise<void>;
}) {
  return (
    <fieldset>
      <legend>My medicines</legend>
      <CheckboxField
        label="At the time of each dose I have not answered yet"
        hint="The reminder says only “A reminder from Waypoint”, never the medicine. Clicking it opens today’s doses."
        checked={preferences.doseDue}
        onChange={(on) => void save({ doseDue: on }, `Dose reminders are ${on ? 'on' : 'off'}.`)}
      />
      <CheckboxField
        label="When a medicine I count is down to my refill level"
        hint="At the plan reminders’ time, each day until I write a new count. It says only “A reminder from Waypoint”."
        checked={preferences.refillDue}
        onChange={(on) => void save({ refillDue: on }, `Refill reminders are ${on ? 'on' : 'off'}.`)}
      />
    </fieldset>
  );
}

/**
 * Settings → Reminders: daily check-in times, reminders from the plan, and keeping Waypoint
 * running so they can come. Every change is saved at once (in main, beside the vault).
 */
export function ReminderSettings() {
  const id = useId();
  const { preferences, error, update, trayExplained } = useReminderPreferences();
  // Times as typed: a time input is empty while half-typed, and only complete times are saved.
  const [typedTimes, setTypedTimes] = useState<string[]>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  if (!preferences) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Reminders</h2>
        <p className="muted">{error ?? 'Loading…'}</p>
      </section>
    );
  }
  const times = typedTimes ?? preferences.checkInTimes;

  async function save(changes: Parameters<typeof update>[0], confirmation: string): Promise<void> {
    const refused = await update(changes);
    setMessage(refused ? { tone: 'error', text: refused } : { tone: 'success', text: confirmation });
  }

  async function saveTimes(next: string[]): Promise<void> {
    setTypedTimes(next);
    if (!next.every((time) => timeOfDay.safeParse(time).success)) return;
    if (new Set(next).size !== next.length) {
      return setMessage({ tone: 'error', text: 'Each reminder time can be chosen once.' });
    }
    await save(
      { checkInTimes: [...next].sort() },
      next.length === 0
        ? 'Daily check-in reminders are off.'
        : `I will remind you at ${spokenList([...next].sort().map((time) => formatTimeOfDay(time)))}.`,
    );
    setTypedTimes(undefined);
  }

  return (
    <section className="card reminder-settings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <p className="section-description">
        Reminders come as notifications from this computer. They never show what you wrote: only words such as “Time for
        your check-in.” A check-in reminder is skipped on a day you have already checked in.
      </p>

      <fieldset>
        <legend>Daily check-in</legend>
        {times.length === 0 && <p className="muted">No reminders. Add a time if a nudge would help.</p>}
        <ul className="reminder-times">
          {times.map((time, index) => (
            <li key={index}>
              <label htmlFor={`${id}-time-${index}`}>Reminder {index + 1}</label>
              <input
                id={`${id}-time-${index}`}
                type="time"
                value={time}
                onChange={(event) => void saveTimes(times.map((old, at) => (at === index ? event.target.value : old)))}
              />
              <button
                type="button"
                className="button-quiet button-small"
                aria-label={`Remove reminder ${index + 1}`}
                onClick={() => void saveTimes(times.filter((_, at) => at !== index))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        {times.length < maxCheckInReminders && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              const unused = ['20:00', '09:00', '13:00', '17:00'].find((time) => !times.includes(time));
              void saveTimes([...times, unused ?? defaultReminderTime]);
            }}
          >
            + Add a reminder time
          </button>
        )}
      </fieldset>

      <fieldset>
        <legend>From my plan</legend>
        {planSwitches.map(({ key, label, what }) => (
          <CheckboxField
            key={key}
            label={label}
            checked={preferences[key]}
            onChange={(on) => void save({ [key]: on }, `${what} reminders are ${on ? 'on' : 'off'}.`)}
          />
        ))}
        <div className="field">
          <label htmlFor={`${id}-plan-time`}>Plan reminders come at</label>
          <input
            id={`${id}-plan-time`}
            type="time"
            value={preferences.planTime}
            onChange={(event) => {
              if (timeOfDay.safeParse(event.target.value).success) {
                void save(
                  { planTime: event.target.value },
                  `Plan reminders come at ${formatTimeOfDay(event.target.value)}.`,
                );
              }
            }}
          />
        </div>
      </fieldset>

      <MedicineReminders preferences={preferences} save={save} />

      <fieldset>
        <legend>Keeping Waypoint running</legend>
        <CheckboxField
          label="Keep Waypoint running in the tray when I close its window"
          hint="Needed for reminders. Closing the window locks Waypoint. Quit from the tray icon’s menu."
          checked={preferences.keepRunningInTray}
          onChange={(keepRunningInTray) =>
            void save(
              { keepRunningInTray },
              keepRunningInTray
                ? 'Waypoint keeps running in the tray when its window closes.'
                : 'Closing the window quits Waypoint. Reminders come only while it is open.',
            )
          }
        />
        <CheckboxField
          label="Start Waypoint when I log in to this computer"
          hint="It starts locked, in the tray, ready to remind you."
          checked={preferences.openAtLogin}
          onChange={(openAtLogin) =>
            void save(
              { openAtLogin },
              openAtLogin ? 'Waypoint will start when you log in.' : 'Waypoint will not start at login.',
            )
          }
        />
      </fieldset>
      {trayExplained && <Notice tone="info">{trayExplanation}</Notice>}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
