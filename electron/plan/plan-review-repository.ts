import { planDocumentSchema, type PlanDocument } from '../../shared/plan/plan-document';
import type { PlanReview, PlanReviewSummary, ReviewNotes } from '../../shared/plan/plan-review';
import { nextReviewAfter } from '../../shared/plan/review-schedule';
import { selectRow, selectRows, type ReadableDatabase, type WritableDatabase } from '../database/sqlite';
import { RequestError } from '../ipc/request-error';
import { readPlan, readPlanSections, updatePlanSection } from './plan-repository';

const summaryColumns =
  'id, reviewed_on AS reviewedOn, recorded_at AS recordedAt, working, not_working AS notWorking, changes';
const summaryColumnTypes = {
  id: 'text',
  reviewedOn: 'text',
  recordedAt: 'text',
  working: 'text',
  notWorking: 'text',
  changes: 'text',
} as const;

/** Every review, newest first, without the snapshots. */
export function listPlanReviews(db: ReadableDatabase): PlanReviewSummary[] {
  return selectRows(
    db,
    `SELECT ${summaryColumns} FROM plan_reviews ORDER BY reviewed_on DESC, recorded_at DESC`,
    [],
    summaryColumnTypes,
  );
}

export function readReviewSnapshot(db: ReadableDatabase, id: string): PlanDocument {
  const row = selectRow(db, 'SELECT snapshot_json AS snapshotJson FROM plan_reviews WHERE id = ?', [id], {
    snapshotJson: 'text',
  });
  if (!row) throw new RequestError('NOT_FOUND', 'That review no longer exists.');
  return planDocumentSchema.parse(JSON.parse(row.snapshotJson));
}

/** Every review with its snapshot, oldest first (the export's order). */
export function readPlanReviews(db: ReadableDatabase): PlanReview[] {
  return listPlanReviews(db)
    .reverse()
    .map((summary) => ({ ...summary, snapshot: readReviewSnapshot(db, summary.id) }));
}

export function insertPlanReview(db: WritableDatabase, review: PlanReview): void {
  db.run(
    'INSERT INTO plan_reviews (id, reviewed_on, recorded_at, working, not_working, changes, snapshot_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [
      review.id,
      review.reviewedOn,
      review.recordedAt,
      review.working,
      review.notWorking,
      review.changes,
      JSON.stringify(review.snapshot),
    ],
  );
}

/**
 * Records a review with a snapshot of the plan, after moving the next review on by the plan's
 * cadence (counted from this review's date, unless a later review already exists), so the
 * snapshot already shows the new date.
 */
export function recordPlanReview(db: WritableDatabase, notes: ReviewNotes, id: string, recordedAt: Date): void {
  const latest = listPlanReviews(db)[0];
  if (!latest || latest.reviewedOn <= notes.reviewedOn) {
    const schedule = readPlanSections(db).reviewSchedule;
    updatePlanSection(db, {
      section: 'reviewSchedule',
      value: { ...schedule, nextReviewOn: nextReviewAfter(notes.reviewedOn, schedule.cadence) },
    });
  }
  insertPlanReview(db, { ...notes, id, recordedAt: recordedAt.toISOString(), snapshot: readPlan(db) });
}

/** Changes a review's notes and date; its snapshot stays the plan as it stood when it was recorded. */
export function updatePlanReview(db: WritableDatabase, id: string, notes: ReviewNotes): void {
  db.run('UPDATE plan_reviews SET reviewed_on = ?, working = ?, not_working = ?, changes = ? WHERE id = ?', [
    notes.reviewedOn,
    notes.working,
    notes.notWorking,
    notes.changes,
    id,
  ]);
  if (db.getRowsModified() === 0) throw new RequestError('NOT_FOUND', 'That review no longer exists.');
}

/** Deletes a review and answers it whole (with its snapshot), so Undo can put it back as it was. */
export function deletePlanReview(db: WritableDatabase, id: string): PlanReview {
  const summary = listPlanReviews(db).find((review) => review.id === id);
  if (!summary) throw new RequestError('NOT_FOUND', 'That review no longer exists.');
  const review = { ...summary, snapshot: readReviewSnapshot(db, id) };
  db.run('DELETE FROM plan_reviews WHERE id = ?', [id]);
  return review;
}
