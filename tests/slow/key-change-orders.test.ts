import { describe, it } from 'vitest';
import { everyOrder, keyOperations, runKeyOrder } from '../unit/support/key-change-orders';
import { useTempFolders } from '../unit/support/temp-folder';

/**
 * @slow: the five things a person can do to the keys that open their vault (make a recovery key,
 * type it back, change the passphrase, remove the recovery key, unlock with it) in all 120 orders.
 * After every step, the change's own account of what opens the vault and the file itself agree
 * with what the person did (tests/unit/support/key-change-orders.ts). The unit suite runs the 24
 * orders of the four changes made inside one session.
 */
const tempFolder = useTempFolders();

describe('@slow key changes in every order', () => {
  const orders = everyOrder(keyOperations);
  for (const first of keyOperations) {
    const starting = orders.filter((order) => order[0] === first);
    it(`@slow starting with "${first}" (${starting.length} orders): each change says what opens the vault, and only that opens it`, async () => {
      for (const order of starting) await runKeyOrder(await tempFolder(), order);
    }, 120_000);
  }
});
