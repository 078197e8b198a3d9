/**
 * Tells open screens that check-ins changed somewhere else (the quick check-in dialog over them),
 * so Today, the list and the counts show the new one without a reload.
 */
const listeners = new Set<() => void>();

export function onCheckInsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function checkInsChanged(): void {
  for (const listener of listeners) listener();
}
