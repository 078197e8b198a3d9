import type { DayRange } from '../../../shared/checkins/check-in';
import { addDays, daysBetween } from '../../../shared/dates/calendar-date';
import type { TrackedMetric } from '../../../shared/metrics/custom-metric';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import type { ProgressDay } from '../../../shared/progress/progress-days';

const window = 28;

function meanOf(days: readonly ProgressDay[], metric: string): { mean: number; days: number } | null {
  const values = days.flatMap((day) => (day.values[metric] ? [day.values[metric].mean] : []));
  if (values.length === 0) return null;
  return { mean: values.reduce((sum, value) => sum + value, 0) / values.length, days: values.length };
}

const round = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

/** Goals measured by a check-in measure: its average in the first and the last four weeks of the range. */
export function GoalProgress({
  goals,
  days,
  metrics,
  range,
}: {
  range: DayRange;
  goals: PlanDocument['goals'];
  days: readonly ProgressDay[];
  metrics: readonly TrackedMetric[];
}) {
  const measured = goals.filter((goal) => goal.metric && metrics.some((metric) => metric.key === goal.metric));
  return (
    <section className="card" aria-labelledby="goal-progress-title">
      <h2 id="goal-progress-title">Goal progress</h2>
      {measured.length === 0 ? (
        <p className="empty-state">
          Choose “measure progress with” on a goal in your plan to follow it here.
        </p>
      ) : (
        <ul className="goal-progress">
          {measured.map((goal) => {
            const metric = metrics.find((candidate) => candidate.key === goal.metric)!;
            const first = meanOf(
              days.filter((day) => day.day < addDays(range.from, window)),
              metric.key,
            );
            const last = meanOf(
              days.filter((day) => day.day > addDays(range.to, -window)),
              metric.key,
            );
            return (
              <li key={goal.id}>
                <p className="goal-progress-title">{goal.statement}</p>
                {goal.target && <p className="muted">Target: {goal.target}</p>}
                {first && last && daysBetween(range.from, range.to) >= 2 * window ? (
                  <p>
                    {metric.label}: <strong>{round(first.mean)}</strong> in the first four weeks of this range,{' '}
                    <strong>{round(last.mean)}</strong> in the last four ({first.days} and {last.days} days).
                  </p>
                ) : last ? (
                  <p>
                    {metric.label}: average <strong>{round(last.mean)}</strong> over {last.days} days.
                  </p>
                ) : (
                  <p className="muted">No {metric.label.toLowerCase()} recorded in this range yet.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
