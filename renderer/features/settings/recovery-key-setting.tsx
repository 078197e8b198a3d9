import { useState } from 'react';
import { Notice } from '../../components/notice';
import { useIpcQuery } from '../../lib/use-ipc-query';
import { RecoveryKeyMaker } from '../../components/recovery-key-maker';

/** Settings → My recovery key: whether there is one, and making one (or a new one). */
export function RecoveryKeySetting() {
  const recoveryKey = useIpcQuery('vault.recoveryKey', {});
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState(false);
  const exists = recoveryKey.data?.exists;

  return (
    <section className="card" aria-labelledby="recovery-key-title">
      <h2 id="recovery-key-title">My recovery key</h2>
      {exists === undefined ? null : exists ? (
        <p>
          I have a recovery key. If I forget my passphrase, it opens my vault and I choose a new passphrase. If I have
          lost the page, or someone else may have seen it, I make a new one: the old one then stops working.
        </p>
      ) : (
        <p>
          A recovery key opens my vault if I forget my passphrase. Without one, a forgotten passphrase means nobody can
          open my vault, not even the makers of Waypoint. It is a code of 32 letters and digits to write down or print.
        </p>
      )}
      {made && !making && (
        <Notice tone="success">
          My recovery key is ready. I keep the page somewhere safe, away from this computer.
        </Notice>
      )}
      {making ? (
        <RecoveryKeyMaker
          replacing={exists === true}
          onDone={() => {
            setMaking(false);
            setMade(true);
            recoveryKey.reload();
          }}
          onCancel={() => setMaking(false)}
        />
      ) : (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setMade(false);
            setMaking(true);
          }}
        >
          {exists ? 'Make a new recovery key' : 'Make a recovery key'}
        </button>
      )}
    </section>
  );
}
