import { resolutionFor } from '../../shared/progress/daily-series';
import type { ProgressRequest, ProgressView } from '../../shared/progress/progress-days';
import { summarizeProgress } from '../../shared/progress/progress-summary';
import type { Database } from '../database/sqlite';
import { readPlan } from '../plan/plan-repository';
import { readCheckInSpan, readProgressDays } from './progress-repository';

/** A range of check-ins summarised for a chart `pixels` wide, with the plan's strategies and goals. */
export function readProgressView(db: Database, request: ProgressRequest): ProgressView {
  const plan = readPlan(db);
  const goalMetrics = plan.goals.flatMap((goal) => (goal.metric ? [goal.metric] : []));
  const days = readProgressDays(db, request, {
    metrics: ['mood', ...request.metrics, ...goalMetrics],
    withCheckIns: resolutionFor(request.from, request.to, request.pixels) === 'day',
  });
  return summarizeProgress(
    days,
    request,
    {
      strategyIds: plan.copingStrategies.map((strategy) => strategy.id),
      goals: plan.goals.map((goal) => ({ id: goal.id, metric: goal.metric })),
    },
    readCheckInSpan(db),
  );
}
