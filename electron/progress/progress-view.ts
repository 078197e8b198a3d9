import { resolutionFor } from '../../shared/progress/daily-series';
import type { ProgressRequest, ProgressView } from '../../shared/progress/progress-days';
import { summarizeProgress } from '../../shared/progress/progress-summary';
import { whatHelpsFactors } from '../../shared/progress/what-helps';
import { readTrackedMetrics } from '../metrics/metric-repository';
import type { ReadableDatabase } from '../database/sqlite';
import { readDatedEvents } from '../care-events/dated-events';
import { medicationsOnDays } from '../../shared/medications/adherence';
import { readDoses, readMedications } from '../medications/medication-repository';
import { readSettings } from '../settings/settings-repository';
import { readPlan } from '../plan/plan-repository';
import { readCheckInSpan, readProgressDays } from './progress-repository';

/**
 * A range of check-ins summarised for a chart `pixels` wide, with what helps, the plan's goals and
 * the dated events the charts mark.
 */
export function readProgressView(db: ReadableDatabase, request: ProgressRequest): ProgressView {
  const plan = readPlan(db);
  const tracked = readTrackedMetrics(db);
  const medications = readMedications(db);
  const scheduled = medications.filter((medication) =>
    medication.versions.some((version) => version.schedule.kind === 'scheduled'),
  );
  const factors = whatHelpsFactors(plan, tracked, scheduled);
  const goalMetrics = plan.goals.flatMap((goal) => (goal.metric ? [goal.metric] : []));
  const factorMetrics = factors.filter((factor) => factor.kind === 'measure').map((factor) => factor.id);
  const days = readProgressDays(db, request, {
    metrics: ['mood', request.whatHelpsMeasure ?? 'mood', ...request.metrics, ...goalMetrics, ...factorMetrics],
    withCheckIns: resolutionFor(request.from, request.to, request.pixels) === 'day',
  });
  if (scheduled.length > 0) {
    const boundary = readSettings(db).dayBoundaryMinutes;
    const doses = readDoses(db, request.from, request.to);
    const onDays = medicationsOnDays(
      scheduled,
      doses,
      days.map((day) => day.day),
      boundary,
    );
    for (const day of days) {
      day.medicationsDue = onDays.get(day.day)!.due;
      day.medicationsTaken = onDays.get(day.day)!.taken;
    }
  }
  const summary = summarizeProgress(
    days,
    request,
    {
      factors: factors.map((factor) => factor.key),
      goals: plan.goals.map((goal) => ({ id: goal.id, metric: goal.metric })),
    },
    readCheckInSpan(db),
    Object.fromEntries(tracked.map((metric) => [metric.key, { min: metric.min, max: metric.max }])),
  );
  return { ...summary, events: readDatedEvents(db, request, medications), whatHelpsFactors: factors };
}
