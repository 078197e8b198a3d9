import type { z } from 'zod';
import type { ReadableDatabase, WritableDatabase } from '../database/sqlite';

/**
 * One top-level key of the JSON export. Each feature owns its section (plan, check-ins, ...):
 * how to read it from the vault, the schema that checks it on import, and how to write it back.
 */
export interface ExportSection<Value> {
  key: string;
  schema: z.ZodType<Value>;
  read(db: ReadableDatabase): Value;
  /** Called inside the import transaction on a freshly migrated, empty vault. */
  write(db: WritableDatabase, value: Value): void;
}

/** Lets a list hold sections of different value types while each keeps its own checks. */
export function exportSection<Value>(section: ExportSection<Value>): ExportSection<unknown> {
  return section as ExportSection<unknown>;
}
