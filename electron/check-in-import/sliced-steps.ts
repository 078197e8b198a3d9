/**
 * Long work written once as steps (a generator that yields between them), run either in one go or
 * in slices of main's time: an import of 50,000 entries, or removing one.
 */
export type Steps<T> = Generator<void, T, undefined>;

/**
 * The longest a slice holds main, in ms, before the work lets other events run. Well under what a
 * person notices (~100 ms), and long enough that yielding costs little: a slice is hundreds of entries.
 */
export const sliceMs = 40;

/** Runs every step at once (in a transaction the caller holds), and answers the result. */
export function runWhole<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, awaiting `nextSlice` whenever they have held main for `sliceMs`. If `nextSlice`
 * throws (the vault is locking), the error is thrown into the steps, so their `finally` blocks
 * let go of what they hold, and then out of here: the caller rolls its transaction back.
 */
export async function runInSlices<T>(steps: Steps<T>, nextSlice: () => Promise<void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      try {
        await nextSlice();
      } catch (error) {
        steps.throw(error);
        throw error;
      }
      sliceStart = performance.now();
    }
  }
}
