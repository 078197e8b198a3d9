// Run by kill-sweep.test.ts as its own process, killed with SIGKILL at a random moment. It says
// "ready" once the vault is open, then works until it is killed:
//   save <vault> <passphrase>              change a setting and a check-in, save, again and again
//   passwd <vault> <passphrase> <other>    change the passphrase back and forth, again and again
//   recovery-key <vault> <passphrase>      make a new recovery key and type it back, again and again
import { randomUUID } from 'node:crypto';
import { insertCheckIn } from '../../electron/check-ins/check-in-repository';
import { writeSettings } from '../../electron/settings/settings-repository';
import { weakestAllowedKdfParams } from '../../electron/vault/kdf-params';
import { VaultSession } from '../../electron/vault/vault-session';
import { checkInFields } from '../support/check-in-fields';

const [mode, vaultPath, passphrase, other] = process.argv.slice(2) as [string, string, string, string?];
const options = { program: 'cli' as const, kdfParams: weakestAllowedKdfParams, keepBackups: true, saveDelayMs: 0 };
const session = await VaultSession.open(vaultPath, passphrase, options);
process.stdout.write('ready\n');
if (mode === 'save') {
  for (let round = 0; ; round++) {
    session.change((db) => {
      writeSettings(db, { autoLockMinutes: round % 2 ? 10 : 15 });
      insertCheckIn(db, randomUUID(), checkInFields({ at: '2026-11-20T08:00:00.000Z', mood: round % 11 }), 0);
    });
    await session.flush();
  }
} else if (mode === 'recovery-key') {
  for (;;) await session.confirmRecoveryKey(await session.makeRecoveryKey(passphrase));
} else if (mode === 'passwd' && other) {
  let current = passphrase;
  for (;;) {
    const next = current === passphrase ? other : passphrase;
    await session.changePassphrase(current, next);
    current = next;
  }
}
