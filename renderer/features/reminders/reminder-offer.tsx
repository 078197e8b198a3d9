import { useId, useState } from 'react';
import { anyReminderOn, timeOfDay, type ReminderPreferences } from '../../../shared/reminders/reminder-preferences';
import { Notice } from '../../components/notice';
import { trayExplanation, useReminderPreferences } from './use-reminder-preferences';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

/**
 * Offered once, gently, after a first check-in: a daily reminder at a time the person picks. Never
 * offered while a check-in reminder is already on (set in Settings, or the one that opened this
 * check-in). Either answer is final; Settings → Reminders is there for any change of mind.
 */
export function ReminderOffer() {
  const id = useId();
  const { preferences, update, trayExplained } = useReminderPreferences();
  const [time, setTime] = useState('20:00');
  const [answer, setAnswer] = useState<string>();
  if (!preferences || (!answer && !offerWanted(preferences))) return null;
  // Narrowed here, for the answers below.
  const current = preferences;
  if (answer) {
    return (
      <Notice tone="success">
        <p>{answer}</p>
        {trayExplained && <p>{trayExplanation}</p>}
      </Notice>
    );
  }

  async function accept(): Promise<void> {
    if (!timeOfDay.safeParse(time).success) return;
    const refused = await update({ offered: true, checkInTimes: [time] });
    setAnswer(
      refused ?? `I will remind you at ${formatTimeOfDay(time)} each day. You can change this in Settings → Reminders.`,
    );
  }

  async function decline(): Promise<void> {
    const refused = await update({ offered: true });
    setAnswer(refused ?? declinedWords(current));
  }

  return (
    <section className="reminder-offer" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Would a daily reminder help?</h3>
      <p>A small nudge at a time you choose. It only ever says “Time for your check-in.”</p>
      <div className="form-actions">
        <label htmlFor={`${id}-time`}>Remind me at</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        <button type="button" className="button-primary button-small" onClick={() => void accept()}>
          Remind me
        </button>
        <button type="button" className="button-quiet button-small" onClick={() => void decline()}>
          No thanks
        </button>
      </div>
    </section>
  );
}

/** The offer is for someone with no check-in reminder who has not answered it yet. */
function offerWanted(preferences: ReminderPreferences): boolean {
  return !preferences.offered && preferences.checkInTimes.length === 0;
}

/** What "No thanks" did: no check-in reminder; other reminders that are on stay on, and it says so. */
export function declinedWords(preferences: ReminderPreferences): string {
  return anyReminderOn(preferences)
    ? 'No check-in reminder. My other reminders stay as they are, in Settings → Reminders.'
    : 'No reminders. If you change your mind, they are in Settings → Reminders.';
}
