import { useId } from 'react';
import { CheckboxField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { useChooseLockScreenSafetyPlan, useLockScreenChoice } from './api';
import { useOptInChoice } from './opt-in-choice';

/**
 * Opt-in, informed: what becomes readable without the passphrase (the safety plan's text and the
 * people it names), who could read it, and where it is kept. Turning it off deletes the copy at
 * once, whether or not the vault can be saved just then.
 */
export function LockScreenSafetyPlanSetting({ filePath }: { filePath: string }) {
  const id = useId();
  const choice = useLockScreenChoice();
  const chooseSafetyPlan = useChooseLockScreenSafetyPlan();
  const { checked, ready, message, choose } = useOptInChoice(
    { data: choice.data?.shown, error: choice.error },
    (on) => chooseSafetyPlan.run({ shown: on }),
    {
      on: 'My safety plan will show on the lock screen. A copy is kept beside my vault.',
      off: 'My safety plan no longer shows on the lock screen. The copy beside my vault is deleted.',
    },
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>My safety plan when Waypoint is locked</h2>
      <p>
        The lock screen always shows how to reach emergency help. It can also show my safety plan, so I can read it
        without typing my passphrase on a hard day.
      </p>
      <ul className="plain-list">
        <li>
          <strong>What becomes readable without my passphrase:</strong> the text of my safety plan, and the names and
          numbers of the people and services it lists. Nothing else: my check-ins, notes and the rest of my plan stay
          encrypted.
        </li>
        <li>
          <strong>Who could read it:</strong> anyone who can use this computer account, since the copy is not encrypted.
        </li>
        <li>
          <strong>Where it is kept:</strong> <code>{filePath}</code>, updated when my safety plan changes and deleted
          when I turn this off.
        </li>
      </ul>
      <CheckboxField
        label="Show my safety plan on the lock screen"
        checked={checked}
        disabled={!ready}
        onChange={(on) => void choose(on)}
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
