import type { z } from 'zod';

type IssuePath = (string | number)[];

/**
 * Refuses records that repeat a key an earlier record has (a table's primary key or unique
 * index), at the repeat's `field`; a record whose key is null is not counted. On import a repeat
 * would replace the earlier record, so the document would not come back as it was.
 */
export function findRepeats<Row>(
  context: z.core.$RefinementCtx,
  records: readonly Row[],
  keyOf: (record: Row) => string | null,
  where: IssuePath,
  field: string,
  message: string,
): void {
  const seen = new Set<string>();
  records.forEach((record, index) => {
    const key = keyOf(record);
    if (key === null) return;
    if (seen.has(key)) context.addIssue({ code: 'custom', path: [...where, index, field], message });
    seen.add(key);
  });
}

/** Refuses a record that names something (`what`, by `id`) the document does not hold at `list`. */
export function missingReference(
  context: z.core.$RefinementCtx,
  path: IssuePath,
  what: string,
  id: string,
  list: string,
): void {
  context.addIssue({ code: 'custom', path, message: `This names ${what} (${id}) that is not in "${list}".` });
}
