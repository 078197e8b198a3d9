import { rememberedChoicesSchema, type RememberedChoices } from '../../shared/pdf-export/report-choices';
import { selectRow, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';

/** Where the Export screen's choices are kept, inside the vault like everything the person writes. */
const choicesKey = 'exportChoices';

/**
 * The choices as the person last left them, questions for the session included. Choices kept by
 * an older Waypoint that no longer fit today's shape are dropped (null): the screen then starts
 * from the defaults rather than from something it cannot read.
 */
export function readRememberedChoices(db: ReadableDatabase): RememberedChoices | null {
  const kept = selectRow(db, 'SELECT value FROM vault_meta WHERE key = ?', [choicesKey], { value: 'text' })?.value;
  if (kept === undefined) return null;
  try {
    const parsed = rememberedChoicesSchema.safeParse(JSON.parse(kept));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeRememberedChoices(db: WritableDatabase, choices: RememberedChoices): void {
  db.run('INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [
    choicesKey,
    JSON.stringify(choices),
  ]);
}
