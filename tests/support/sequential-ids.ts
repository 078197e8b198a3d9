/**
 * Ids for the data a test makes, the same every run (`demo-000001`, `demo-000002`, ...): what the
 * app orders by id (a check-in's links, ties on a day) comes out in the same order every time.
 */
export function sequentialIds(prefix: string): () => string {
  let made = 0;
  return () => `${prefix}-${String(++made).padStart(6, '0')}`;
}
