import { describe, it } from 'vitest';
import { everyOrder, runKeyOrder, type KeyOperation } from '../support/key-change-orders';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

/**
 * The four key changes made inside one unlocked session (a recovery key made, typed back, the
 * passphrase changed, the recovery key removed) in every one of their 24 orders, each followed by
 * an unlock with the recovery key. After every step, the change's own account of what opens the
 * vault and the file itself agree with what the person did. The @slow sweep runs all 120 orders
 * of the five (tests/slow/key-change-orders.test.ts).
 */
const inSession: KeyOperation[] = ['make key', 'confirm key', 'change passphrase', 'remove key'];

describe('key changes in every order', () => {
  for (const first of inSession) {
    const orders = everyOrder(inSession.filter((operation) => operation !== first)).map((rest) => [
      first,
      ...rest,
      'unlock with key' as const,
    ]);
    it(`starting with "${first}" (${orders.length} orders): each change says what opens the vault, and only that opens it`, async () => {
      for (const order of orders) await runKeyOrder(await tempFolder(), order);
    });
  }
});
