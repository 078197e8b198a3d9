import sodiumModule from 'libsodium-wrappers-sumo';

export type Sodium = typeof sodiumModule;

let ready: Promise<Sodium> | undefined;

/** libsodium compiles its WebAssembly once per process; every caller awaits the same promise. */
export function loadSodium(): Promise<Sodium> {
  ready ??= sodiumModule.ready.then(() => sodiumModule);
  return ready;
}

/**
 * Zeroes a decrypted database image. Keys go through `sodium.memzero`; for megabyte images a
 * native fill is ~50x faster here (memzero loops element by element over a JS array) and as final.
 */
export function wipePlaintext(bytes: Uint8Array): void {
  bytes.fill(0);
}
