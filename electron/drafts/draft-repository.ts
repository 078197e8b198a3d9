import { maxDrafts, type FormDrafts } from '../../shared/drafts/form-draft';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** Every kept draft by form. A row that no longer parses is skipped, never fatal. */
export function readDrafts(db: ReadableDatabase): FormDrafts {
  const drafts: FormDrafts = {};
  for (const { form, draftJson } of selectRows(
    db,
    'SELECT form, draft_json AS draftJson FROM drafts ORDER BY form',
    [],
    {
      form: 'text',
      draftJson: 'text',
    },
  )) {
    try {
      const draft: unknown = JSON.parse(draftJson);
      if (draft && typeof draft === 'object' && !Array.isArray(draft)) drafts[form] = draft as Record<string, unknown>;
    } catch {
      // A damaged draft is dropped rather than blocking the forms.
    }
  }
  return drafts;
}

export function keepDraft(db: WritableDatabase, form: string, draft: Record<string, unknown>, savedAt: string): void {
  const exists = selectRow(db, 'SELECT 1 AS found FROM drafts WHERE form = ?', [form], { found: 'integer' });
  const { count } = selectRow(db, 'SELECT count(*) AS count FROM drafts', [], { count: 'integer' })!;
  if (!exists && count >= maxDrafts) {
    throw new RequestError('INVALID_INPUT', 'Too many unfinished forms are kept. Save or discard some first.');
  }
  db.run(
    `INSERT INTO drafts (form, draft_json, saved_at) VALUES (?, ?, ?)
       ON CONFLICT(form) DO UPDATE SET draft_json = excluded.draft_json, saved_at = excluded.saved_at`,
    [form, JSON.stringify(draft), savedAt],
  );
}

export function dropDraft(db: WritableDatabase, form: string): void {
  db.run('DELETE FROM drafts WHERE form = ?', [form]);
}
