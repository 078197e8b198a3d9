import type { ArchivedEntry } from '../../shared/plan/archived-entry';
import {
  assemblePlan,
  entriesOfPlan,
  sectionsOfPlan,
  type PlanDocument,
  type PlanEntry,
} from '../../shared/plan/plan-document';
import { childListParents, planListSchemas, type PlanListName } from '../../shared/plan/plan-entries';
import type { EntryUpdate, NewEntry, SectionUpdate } from '../../shared/plan/plan-requests';
import {
  blankSections,
  planSectionNames,
  planSectionSchemas,
  type PlanSections,
} from '../../shared/plan/plan-sections';
import { inTransaction, selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

interface EntryRow {
  id: string;
  list: PlanListName;
  parentId: string | null;
  position: number;
  dataJson: string;
}

/** What a delete removed (or archived), kept so it can be put back exactly where it was. */
export interface DeletedEntries {
  rows: EntryRow[];
  /** True when check-ins pointed at the entry, so it was archived rather than deleted. */
  archived: boolean;
  /** Coping strategies that pointed at a deleted trigger, with the links they had. */
  unlinkedStrategies: { id: string; dataJson: string }[];
}

const entryColumnTypes = {
  id: 'text',
  list: 'text',
  parentId: 'text?',
  position: 'integer',
  dataJson: 'text',
} as const;

const isPlanList = (list: string): list is PlanListName => Object.hasOwn(planListSchemas, list);

/** Plan entry rows of a query that selects `entryColumns`. */
function selectEntryRows(db: ReadableDatabase, sql: string, params: (string | number | null)[] = []): EntryRow[] {
  return selectRows(db, sql, params, entryColumnTypes).map((row) => {
    const { list } = row;
    if (!isPlanList(list)) throw new Error(`A plan entry is in an unknown list (${list}).`);
    return { ...row, list };
  });
}

const entryColumns = 'id, list, parent_id AS parentId, position, data_json AS dataJson';

function entryFromRow(row: EntryRow): PlanEntry {
  const data = planListSchemas[row.list].parse(JSON.parse(row.dataJson));
  return { id: row.id, list: row.list, parentId: row.parentId, data } as PlanEntry;
}

/** Entries in the plan; archived ones are only read by `readArchivedEntries`. */
const inPlan = 'archived_on IS NULL';

function findRow(db: ReadableDatabase, id: string): EntryRow {
  const row = selectEntryRows(db, `SELECT ${entryColumns} FROM plan_entries WHERE id = ? AND ${inPlan}`, [id])[0];
  if (!row) throw new RequestError('NOT_FOUND', 'That part of your plan no longer exists. It may have been deleted.');
  return row;
}

function siblingsOf(db: ReadableDatabase, list: PlanListName, parentId: string | null): EntryRow[] {
  return selectEntryRows(
    db,
    `SELECT ${entryColumns} FROM plan_entries WHERE list = ? AND parent_id IS ? AND ${inPlan} ORDER BY position, rowid`,
    [list, parentId],
  );
}

function insertRow(db: WritableDatabase, row: EntryRow): void {
  db.run('INSERT INTO plan_entries (id, list, parent_id, position, data_json) VALUES (?, ?, ?, ?, ?)', [
    row.id,
    row.list,
    row.parentId,
    row.position,
    row.dataJson,
  ]);
}

export function readPlanSections(db: ReadableDatabase): PlanSections {
  const sections = blankSections();
  const rows = selectRows(db, 'SELECT name, value_json AS valueJson FROM plan_sections', [], {
    name: 'text',
    valueJson: 'text',
  });
  for (const { name, valueJson } of rows) {
    const sectionName = planSectionNames.find((candidate) => candidate === name);
    if (!sectionName) continue;
    const parsed = planSectionSchemas[sectionName].safeParse(JSON.parse(valueJson));
    if (parsed.success) (sections as Record<string, unknown>)[sectionName] = parsed.data;
  }
  return sections;
}

/** The ids of the entries in some lists of the plan (to check what a check-in links to). */
export function readPlanEntryIds(db: ReadableDatabase, lists: readonly PlanListName[]): string[] {
  const placeholders = lists.map(() => '?').join(', ');
  return selectRows(db, `SELECT id FROM plan_entries WHERE list IN (${placeholders}) AND ${inPlan}`, lists, {
    id: 'text',
  }).map((row) => row.id);
}

/** The whole plan, every list in its order (archived entries are not part of it). */
export function readPlan(db: ReadableDatabase): PlanDocument {
  const rows = selectEntryRows(db, `SELECT ${entryColumns} FROM plan_entries WHERE ${inPlan} ORDER BY position, rowid`);
  return assemblePlan(readPlanSections(db), rows.map(entryFromRow));
}

/** Entries archived because check-ins point at them, most recently archived first. */
export function readArchivedEntries(db: ReadableDatabase): ArchivedEntry[] {
  const rows = selectRows(
    db,
    `SELECT id, list, archived_on AS archivedOn, data_json AS dataJson FROM plan_entries
      WHERE archived_on IS NOT NULL ORDER BY archived_on DESC, rowid DESC`,
    [],
    { id: 'text', list: 'text', archivedOn: 'text', dataJson: 'text' },
  );
  return rows.map(({ id, list, archivedOn, dataJson }) => {
    if (!isPlanList(list)) throw new Error(`A plan entry is in an unknown list (${list}).`);
    return { id, list, archivedOn, data: planListSchemas[list].parse(JSON.parse(dataJson)) } as ArchivedEntry;
  });
}

function isReferencedByCheckIns(db: ReadableDatabase, id: string): boolean {
  return (
    selectRow(db, 'SELECT 1 AS found FROM checkin_links WHERE entry_id = ? LIMIT 1', [id], { found: 'integer' }) !==
    undefined
  );
}

export function readPlanStartedOn(db: ReadableDatabase): string | null {
  const row = selectRow(db, "SELECT value FROM vault_meta WHERE key = 'planStartedOn'", [], { value: 'text' });
  return row?.value ?? null;
}

export function markPlanStarted(db: WritableDatabase, today: string): void {
  db.run("INSERT OR IGNORE INTO vault_meta (key, value) VALUES ('planStartedOn', ?)", [today]);
}

export function updatePlanSection(db: WritableDatabase, update: SectionUpdate): void {
  db.run(
    'INSERT INTO plan_sections (name, value_json) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value_json = excluded.value_json',
    [update.section, JSON.stringify(update.value)],
  );
}

function checkTriggerLinks(db: ReadableDatabase, entry: { list: PlanListName; data: unknown }): void {
  if (entry.list !== 'copingStrategies') return;
  const { triggerIds } = entry.data as { triggerIds: string[] };
  const known = new Set(siblingsOf(db, 'triggers', null).map((row) => row.id));
  if (triggerIds.some((id) => !known.has(id))) {
    throw new RequestError('INVALID_INPUT', 'A coping strategy can only answer triggers that are in your plan.');
  }
}

/** Adds an entry at the end of its list and returns its id. */
export function addPlanEntry(db: WritableDatabase, entry: NewEntry, id: string): string {
  return inTransaction(db, () => {
    const parentList = childListParents[entry.list];
    if (parentList) {
      if (entry.parentId === null || findRow(db, entry.parentId).list !== parentList) {
        throw new RequestError('INVALID_INPUT', 'An action step has to belong to one of your goals.');
      }
    } else if (entry.parentId !== null) {
      throw new RequestError('INVALID_INPUT', 'This kind of entry cannot belong to another one.');
    }
    checkTriggerLinks(db, entry);
    const last = siblingsOf(db, entry.list, entry.parentId).at(-1);
    insertRow(db, {
      id,
      list: entry.list,
      parentId: entry.parentId,
      position: (last?.position ?? -1) + 1,
      dataJson: JSON.stringify(entry.data),
    });
    return id;
  });
}

export function updatePlanEntry(db: WritableDatabase, update: EntryUpdate): void {
  inTransaction(db, () => {
    const row = findRow(db, update.id);
    if (row.list !== update.list) {
      throw new RequestError('INVALID_INPUT', 'That change was sent for a different part of the plan.');
    }
    checkTriggerLinks(db, update);
    db.run('UPDATE plan_entries SET data_json = ? WHERE id = ?', [JSON.stringify(update.data), update.id]);
  });
}

/** Moves an entry to `toIndex` among its siblings (clamped to the list); the rest keep their order. */
export function movePlanEntry(db: WritableDatabase, id: string, toIndex: number): void {
  inTransaction(db, () => {
    const row = findRow(db, id);
    const siblings = siblingsOf(db, row.list, row.parentId).filter((sibling) => sibling.id !== id);
    siblings.splice(Math.min(toIndex, siblings.length), 0, row);
    siblings.forEach((sibling, position) => {
      db.run('UPDATE plan_entries SET position = ? WHERE id = ?', [position, sibling.id]);
    });
  });
}

/**
 * Deletes an entry and what belongs to it (a goal's action steps), returning what it removed. An
 * entry that check-ins point at is archived on `today` instead, so they keep its words.
 */
export function deletePlanEntry(db: WritableDatabase, id: string, today: string): DeletedEntries {
  return inTransaction(db, () => {
    const row = findRow(db, id);
    const archived = isReferencedByCheckIns(db, id);
    const children = selectEntryRows(
      db,
      `SELECT ${entryColumns} FROM plan_entries WHERE parent_id = ? ORDER BY position`,
      [id],
    );
    const unlinkedStrategies: DeletedEntries['unlinkedStrategies'] = [];
    if (row.list === 'triggers') {
      for (const strategy of siblingsOf(db, 'copingStrategies', null)) {
        const data = JSON.parse(strategy.dataJson) as { triggerIds: string[] };
        if (!data.triggerIds.includes(id)) continue;
        unlinkedStrategies.push({ id: strategy.id, dataJson: strategy.dataJson });
        const unlinked = { ...data, triggerIds: data.triggerIds.filter((triggerId) => triggerId !== id) };
        db.run('UPDATE plan_entries SET data_json = ? WHERE id = ?', [JSON.stringify(unlinked), strategy.id]);
      }
    }
    if (archived) {
      db.run('UPDATE plan_entries SET archived_on = ? WHERE id = ?', [today, id]);
      return { rows: [row], archived, unlinkedStrategies };
    }
    db.run('DELETE FROM plan_entries WHERE parent_id = ?', [id]);
    db.run('DELETE FROM plan_entries WHERE id = ?', [id]);
    return { rows: [row, ...children], archived, unlinkedStrategies };
  });
}

/** Makes room at `position` among an entry's siblings in the plan. */
function makeRoomFor(db: WritableDatabase, entry: EntryRow): void {
  db.run(
    `UPDATE plan_entries SET position = position + 1 WHERE list = ? AND parent_id IS ? AND position >= ? AND ${inPlan}`,
    [entry.list, entry.parentId, entry.position],
  );
}

/** Puts back what `deletePlanEntry` removed or archived, in its old place. */
export function restorePlanEntries(db: WritableDatabase, deleted: DeletedEntries): void {
  inTransaction(db, () => {
    const [entry, ...children] = deleted.rows;
    if (!entry) return;
    if (entry.parentId !== null) findRow(db, entry.parentId); // its goal may have gone since
    makeRoomFor(db, entry);
    if (deleted.archived)
      db.run('UPDATE plan_entries SET archived_on = NULL, position = ? WHERE id = ?', [entry.position, entry.id]);
    else insertRow(db, entry);
    for (const child of children) insertRow(db, child);
    for (const strategy of deleted.unlinkedStrategies) {
      db.run('UPDATE plan_entries SET data_json = ? WHERE id = ?', [strategy.dataJson, strategy.id]);
    }
  });
}

/** Puts an archived entry back at the end of its list in the plan. */
export function restoreArchivedEntry(db: WritableDatabase, id: string): void {
  inTransaction(db, () => {
    const row = selectEntryRows(
      db,
      `SELECT ${entryColumns} FROM plan_entries WHERE id = ? AND archived_on IS NOT NULL`,
      [id],
    )[0];
    if (!row)
      throw new RequestError('NOT_FOUND', 'That entry is no longer archived. It may already be back in your plan.');
    const last = siblingsOf(db, row.list, row.parentId).at(-1);
    db.run('UPDATE plan_entries SET archived_on = NULL, position = ? WHERE id = ?', [(last?.position ?? -1) + 1, id]);
  });
}

/** Adds archived entries as an export carried them. */
export function insertArchivedEntries(db: WritableDatabase, entries: readonly ArchivedEntry[]): void {
  entries.forEach((entry, position) => {
    db.run(
      'INSERT INTO plan_entries (id, list, parent_id, position, data_json, archived_on) VALUES (?, ?, NULL, ?, ?, ?)',
      [entry.id, entry.list, position, JSON.stringify(entry.data), entry.archivedOn],
    );
  });
}

/**
 * Replaces the whole plan (an import, or a template's suggestions added to it). Archived entries
 * stay archived: past check-ins still point at them.
 */
export function replacePlan(db: WritableDatabase, plan: PlanDocument): void {
  inTransaction(db, () => {
    db.run(`DELETE FROM plan_entries WHERE ${inPlan}`);
    const sections = sectionsOfPlan(plan);
    for (const section of planSectionNames) {
      updatePlanSection(db, { section, value: sections[section] } as SectionUpdate);
    }
    const positions = new Map<string, number>();
    for (const entry of entriesOfPlan(plan)) {
      const siblingsKey = `${entry.list}:${entry.parentId ?? ''}`;
      const position = positions.get(siblingsKey) ?? 0;
      positions.set(siblingsKey, position + 1);
      insertRow(db, { ...entry, position, dataJson: JSON.stringify(entry.data) });
    }
  });
}
