import type { ReportGoal } from '../../../shared/pdf-export/report-data';
import { measureAmount } from '../../lib/measure-amount';
import { goalStatusLabels } from './plan-labels';

/** How a goal's measure went, in one sentence: early and late in the range, or its average. */
function measuredText({ metric, first, last }: NonNullable<ReportGoal['measured']>): string {
  if (first.mean !== null && last.mean !== null) {
    return `${metric.label}: ${measureAmount(metric, first.mean)} in the first four weeks of these dates, ${measureAmount(metric, last.mean)} in the last four (${first.days} and ${last.days} days).`;
  }
  if (last.mean !== null) return `${metric.label}: ${measureAmount(metric, last.mean)} over ${last.days} days.`;
  return `No ${metric.label.toLowerCase()} recorded in these dates.`;
}

/** The progress pages' goals: each one's status and target, and its measure where one follows it. */
export function GoalProgressPrint({ goals }: { goals: readonly ReportGoal[] }) {
  return (
    <section className="print-block" aria-labelledby="print-goals">
      <h2 id="print-goals">Goal progress</h2>
      <ul className="print-goals">
        {goals.map((goal) => (
          <li key={goal.id}>
            <strong>{goal.statement || 'A goal'}</strong> · {goalStatusLabels[goal.status]}
            {goal.target.trim() ? ` · target: ${goal.target.trim()}` : ''}
            {goal.measured && <span className="print-goal-measure"> {measuredText(goal.measured)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
