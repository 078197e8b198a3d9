import { useId } from 'react';
import { CheckboxField } from '../../components/form-fields';
import { Notice } from '../../components/notice';
import { useChooseLockedCheckIn, useLockedCheckInChoice } from './api';
import { useOptInChoice } from './opt-in-choice';

/**
 * Opt-in, informed, like the lock screen's safety plan: what checking in while locked keeps beside
 * the vault (a public key and sealed entries, readable by nobody), what it cannot protect against
 * (someone at this computer writing in my name), and that I keep or discard each at the unlock.
 */
export function LockedCheckInSetting() {
  const id = useId();
  const choice = useLockedCheckInChoice();
  const choose = useChooseLockedCheckIn();
  const {
    checked,
    ready,
    message,
    choose: change,
  } = useOptInChoice({ data: choice.data?.on, error: choice.error }, (on) => choose.run({ on }), {
    on: 'The lock screen now lets me check in without my passphrase.',
    off: 'Checking in now needs my passphrase again. The key beside my vault is deleted.',
  });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Checking in while Waypoint is locked</h2>
      <p>
        Waypoint locks itself when I step away. With this on, the lock screen lets me write my mood and one line without
        typing my passphrase.
      </p>
      <ul className="plain-list">
        <li>
          <strong>Sealed at once:</strong> what I write is locked with a key only my vault can open. Nobody can read it
          until I unlock, not Waypoint, not anyone at this computer.
        </li>
        <li>
          <strong>What is kept beside my vault:</strong> the public half of that key, and the sealed check-ins until my
          next unlock. Nothing else.
        </li>
        <li>
          <strong>At my next unlock:</strong> I see each check-in written while locked and keep it or discard it, since
          someone else at this computer could have written one.
        </li>
      </ul>
      <CheckboxField
        label="Let me check in without unlocking"
        checked={checked}
        disabled={!ready}
        onChange={(on) => void change(on)}
      />
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </section>
  );
}
