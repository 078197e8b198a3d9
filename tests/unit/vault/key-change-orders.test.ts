import { describe, it } from 'vitest';
import { everyOrder, runKeyOrder, type KeyOperation } from '../support/key-change-orders';
import { useTempFolders } from '../support/temp-folder';

const tempFolder = useTempFolders();

/**
 * A recovery key shown and not yet typed back, and a passphrase change or a removal of the recovery
 * key, in every order, each followed by an unlock with the recovery key. After every step, the
 * change's own account of what opens the vault and the file itself agree with what the person did.
 * The @slow sweep runs all 120 orders of the five key operations (tests/slow/key-change-orders.test.ts).
 */
describe('key changes in every order', () => {
  for (const change of ['change passphrase', 'remove key'] as const) {
    const orders = everyOrder<KeyOperation>(['make key', change, 'confirm key']).map((order) => [
      ...order,
      'unlock with key' as const,
    ]);
    it(`a recovery key made, typed back and "${change}" (${orders.length} orders): each change says what opens the vault, and only that opens it`, async () => {
      for (const order of orders) await runKeyOrder(await tempFolder(), order);
    });
  }
});
