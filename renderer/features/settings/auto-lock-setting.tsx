import { useEffect, useId, useState } from 'react';
import { autoLockMinuteChoices, type Settings } from '../../../shared/settings/settings';
import { Notice } from '../../components/notice';
import { useIpcClient } from '../../lib/ipc-context';

export function AutoLockSetting() {
  const ipc = useIpcClient();
  const id = useId();
  const [settings, setSettings] = useState<Settings>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  useEffect(() => {
    void ipc.invoke('settings.get', {}).then((result) => {
      if (result.ok) setSettings(result.value);
      else setMessage({ tone: 'error', text: result.error.message });
    });
  }, [ipc]);

  async function choose(minutes: number): Promise<void> {
    setSettings((previous) => previous && { ...previous, autoLockMinutes: minutes });
    const result = await ipc.invoke('settings.update', { autoLockMinutes: minutes });
    if (result.ok) {
      setSettings(result.value);
      setMessage({
        tone: 'success',
        text: `Waypoint will lock after ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} without activity.`,
      });
    } else {
      setMessage({ tone: 'error', text: result.error.message });
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Auto-lock</h2>
      <div className="field">
        <label htmlFor={id}>Lock Waypoint after this long without activity</label>
        <select
          id={id}
          value={settings?.autoLockMinutes ?? ''}
          disabled={!settings}
          onChange={(event) => void choose(Number(event.target.value))}
        >
          {!settings && <option value="">Loading…</option>}
          {autoLockMinuteChoices.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} {minutes === 1 ? 'minute' : 'minutes'}
            </option>
          ))}
        </select>
        <p className="field-hint">Waypoint also locks when the computer sleeps or the screen locks.</p>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
