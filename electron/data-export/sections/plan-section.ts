import { z } from 'zod';
import { checkPlanReferences, planDocumentShape } from '../../../shared/plan/plan-document';
import { planReviewSchema } from '../../../shared/plan/plan-review';
import { optionalCalendarDate } from '../../../shared/plan/plan-text';
import { markPlanStarted, readPlan, readPlanStartedOn, replacePlan } from '../../plan/plan-repository';
import { insertPlanReview, readPlanReviews } from '../../plan/plan-review-repository';
import { exportSection } from '../export-section';

const planExportSchema = planDocumentShape
  .extend({
    startedOn: optionalCalendarDate,
    reviews: z.array(planReviewSchema).max(10_000),
  })
  .superRefine((plan, context) => {
    checkPlanReferences(plan, context);
    const reviewIds = plan.reviews.map((review) => review.id);
    if (new Set(reviewIds).size !== reviewIds.length) {
      context.addIssue({ code: 'custom', message: 'Two reviews have the same id.' });
    }
  });

/** The plan, its start date and every review with its snapshot (docs/export-format.md). */
export const planExportSection = exportSection({
  key: 'plan',
  schema: planExportSchema,
  read: (db) => ({ ...readPlan(db), startedOn: readPlanStartedOn(db), reviews: readPlanReviews(db) }),
  write: (db, { startedOn, reviews, ...plan }) => {
    replacePlan(db, plan);
    if (startedOn) markPlanStarted(db, startedOn);
    for (const review of reviews) insertPlanReview(db, review);
  },
});
