import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Session } from 'node:inspector/promises';

/**
 * Every ArrayBuffer this thread can still reach, after a full garbage collection (the inspector's
 * queryObjects collects first), and the buffer of every WebAssembly memory (sql.js's heap,
 * libsodium's): where a plaintext page or a key would be if one outlived a lock.
 */
export async function reachableArrayBuffers(): Promise<ArrayBuffer[]> {
  const session = new Session();
  session.connect();
  const handOver = `__reachable_${randomUUID().replaceAll('-', '')}`;
  try {
    const found: ArrayBuffer[] = [];
    for (const prototype of ['ArrayBuffer.prototype', 'WebAssembly.Memory.prototype']) {
      const { result } = await session.post('Runtime.evaluate', { expression: prototype });
      const { objects } = await session.post('Runtime.queryObjects', { prototypeObjectId: result.objectId! });
      await session.post('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: `function () { globalThis.${handOver} = this; }`,
      });
      const handed = (globalThis as Record<string, unknown>)[handOver] as (ArrayBuffer | WebAssembly.Memory)[];
      Reflect.deleteProperty(globalThis, handOver);
      for (const object of handed) found.push(object instanceof ArrayBuffer ? object : object.buffer);
    }
    return found;
  } finally {
    session.disconnect();
  }
}

/** The buffers among `buffers` that contain `needle` anywhere. */
export function buffersContaining(buffers: ArrayBuffer[], needle: Uint8Array, except: ArrayBuffer[] = []): number {
  return buffers.filter(
    (buffer) => !except.includes(buffer) && buffer.byteLength > 0 && Buffer.from(buffer).indexOf(needle) !== -1,
  ).length;
}

/**
 * The data key of a vault file, as hex, worked out in a separate process: deriving it here would put
 * it in this process's libsodium heap, the very place a test then searches.
 */
export function dataKeyHexOf(vaultPath: string, passphrase: string): string {
  const script = `
    import { readFileSync } from 'node:fs';
    import { loadSodium } from './electron/vault/sodium';
    import { parseVaultFile, unwrapDataKey } from './electron/vault/vault-file';
    void loadSodium().then((sodium) => {
      const vault = parseVaultFile(sodium, new Uint8Array(readFileSync(process.argv[1])));
      process.stdout.write(sodium.to_hex(unwrapDataKey(sodium, vault.slots, process.argv[2])));
    });
  `;
  return execFileSync('npx', ['tsx', '--eval', script, vaultPath, passphrase], { encoding: 'utf8' }).trim();
}
