// Every mounted form's flush (and the drafts store's), so locking can first send what was just typed.
const pendingFlushes = new Set<() => Promise<unknown>>();

/** Sends every change still waiting in a form; locking awaits this first. */
export async function flushPendingSaves(): Promise<void> {
  await Promise.all([...pendingFlushes].map((flush) => flush()));
}

/** Adds a flush that locking waits for (changes or drafts still on their way to main); returns its removal. */
export function addPendingFlush(flush: () => Promise<unknown>): () => void {
  pendingFlushes.add(flush);
  return () => pendingFlushes.delete(flush);
}
