import type { Milestone, MilestoneFields, MilestoneMark } from '../../shared/milestones/milestone';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';

/** The person's own milestones, by date. */
export function readMilestones(db: ReadableDatabase): Milestone[] {
  return selectRows(db, 'SELECT id, title, date, goal_id AS goalId FROM milestones ORDER BY date, title, id', [], {
    id: 'text',
    title: 'text',
    date: 'text',
    goalId: 'text?',
  });
}

export function insertMilestone(db: WritableDatabase, milestone: Milestone): void {
  db.run('INSERT INTO milestones (id, title, date, goal_id) VALUES (?, ?, ?, ?)', [
    milestone.id,
    milestone.title,
    milestone.date,
    milestone.goalId,
  ]);
}

export function updateMilestone(db: WritableDatabase, id: string, fields: MilestoneFields): void {
  requireMilestone(db, id);
  db.run('UPDATE milestones SET title = ?, date = ?, goal_id = ? WHERE id = ?', [
    fields.title,
    fields.date,
    fields.goalId,
    id,
  ]);
}

export function deleteMilestone(db: WritableDatabase, id: string): Milestone {
  const milestone = requireMilestone(db, id);
  db.run('DELETE FROM milestones WHERE id = ?', [id]);
  return milestone;
}

function requireMilestone(db: ReadableDatabase, id: string): Milestone {
  const milestone = readMilestones(db).find((candidate) => candidate.id === id);
  if (!milestone) throw new RequestError('NOT_FOUND', 'That milestone no longer exists.');
  return milestone;
}

/** True when some milestone already marks this goal (so achieving it twice adds one milestone). */
export function goalHasMilestone(db: ReadableDatabase, goalId: string): boolean {
  return (
    selectRow(db, 'SELECT 1 AS found FROM milestones WHERE goal_id = ? LIMIT 1', [goalId], { found: 'integer' }) !==
    undefined
  );
}

/** The milestones the home screen has marked, by key. */
export function readMilestoneMarks(db: ReadableDatabase): Map<string, MilestoneMark> {
  const rows = selectRows(db, 'SELECT milestone, marked_at AS markedAt, note FROM milestone_marks', [], {
    milestone: 'text',
    markedAt: 'text',
    note: 'text',
  });
  return new Map(rows.map(({ milestone, ...mark }) => [milestone, mark]));
}

/** Marks a reached milestone once; marking it again only changes the note. */
export function markMilestone(
  db: WritableDatabase,
  key: string,
  reached: string,
  markedAt: string,
  note: string,
): void {
  db.run(
    `INSERT INTO milestone_marks (milestone, reached, marked_at, note) VALUES (?, ?, ?, ?)
       ON CONFLICT(milestone) DO UPDATE SET note = excluded.note`,
    [key, reached, markedAt, note],
  );
}
