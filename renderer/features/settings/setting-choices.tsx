import { useId, useState } from 'react';
import { autoLockMinuteChoices, dayBoundaryChoices, type Settings } from '../../../shared/settings/settings';
import { Notice } from '../../components/notice';
import { useSettings } from '../../lib/settings';
import { formatMinutesOfDay } from '../../../shared/dates/format-time';

type NumberSetting = {
  [K in keyof Settings]: Settings[K] extends number ? K : never;
}[keyof Settings];

interface SettingChoiceProps<K extends NumberSetting> {
  setting: K;
  title: string;
  label: string;
  hint: string;
  choices: readonly number[];
  describe(value: number): string;
  /** What the person is told once main stored the choice. */
  confirmation(value: number): string;
}

/** One setting chosen from a closed list, saved as soon as it changes, with a spoken confirmation. */
function SettingChoice<K extends NumberSetting>(props: SettingChoiceProps<K>) {
  const { setting, choices, describe } = props;
  const id = useId();
  const { settings: stored, error, update } = useSettings();
  // The choice shows at once; the stored settings catch up when main has saved it.
  const [chosen, setChosen] = useState<number>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const settings: Settings | undefined = stored && chosen !== undefined ? { ...stored, [setting]: chosen } : stored;
  const shown = message ?? (error ? { tone: 'error' as const, text: error } : undefined);

  async function choose(value: number): Promise<void> {
    setChosen(value);
    const refused = await update({ [setting]: value });
    setChosen(undefined);
    setMessage(refused ? { tone: 'error', text: refused } : { tone: 'success', text: props.confirmation(value) });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <select
          id={id}
          value={settings?.[setting] ?? ''}
          disabled={!settings}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void choose(Number(event.target.value))}
        >
          {!settings && <option value="">Loading…</option>}
          {choices.map((value) => (
            <option key={value} value={value}>
              {describe(value)}
            </option>
          ))}
        </select>
        <p className="field-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </div>
      {shown && <Notice tone={shown.tone}>{shown.text}</Notice>}
    </section>
  );
}

const minutesText = (minutes: number) => `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;

export function AutoLockSetting() {
  return (
    <SettingChoice
      setting="autoLockMinutes"
      title="Auto-lock"
      label="Lock Waypoint after this long without activity"
      hint="Waypoint also locks when the computer sleeps or the screen locks."
      choices={autoLockMinuteChoices}
      describe={minutesText}
      confirmation={(minutes) => `Waypoint will lock after ${minutesText(minutes)} without activity.`}
    />
  );
}

export function DayBoundarySetting() {
  return (
    <SettingChoice
      setting="dayBoundaryMinutes"
      title="When a new day starts"
      label="A check-in counts for the next day from"
      hint="A late-night check-in before this time counts for the evening before. Changing it moves existing check-ins to match."
      choices={dayBoundaryChoices}
      describe={(minutes) => (minutes === 0 ? `${formatMinutesOfDay(0)} (midnight)` : formatMinutesOfDay(minutes))}
      confirmation={(minutes) =>
        `Check-ins written before ${formatMinutesOfDay(minutes)} now count for the day before.`
      }
    />
  );
}
