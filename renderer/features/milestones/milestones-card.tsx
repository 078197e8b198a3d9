import { Link } from 'react-router';
import { useCheckInToday } from '../../lib/check-in-clock';
import { formatDate } from '../../lib/format-date';
import { useMilestones } from '../../lib/shared-queries';
import { RecoveryCounts } from './recovery-counts';

/** The home screen's milestones: the counters, the latest milestones reached and the next one. */
export function MilestonesCard() {
  const today = useCheckInToday();
  const { data: view } = useMilestones(today);
  if (!view) return null;
  const recent = [
    ...view.reached.map((milestone) => ({ ...milestone, own: false })),
    ...view.own.filter((milestone) => milestone.date <= view.today).map((milestone) => ({ ...milestone, own: true })),
  ]
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .slice(0, 3);
  return (
    <section className="card milestones-card" aria-labelledby="milestones-card-title">
      <h2 id="milestones-card-title">Milestones</h2>
      {view.counts.length === 0 ? (
        <p className="empty-state">
          Add your recovery start date in <Link to="/plan/about">About me</Link> to count your days and celebrate
          milestones.
        </p>
      ) : (
        <RecoveryCounts view={view} />
      )}
      {recent.length > 0 && (
        <ul className="milestone-list">
          {recent.map((milestone) => (
            <li key={`${milestone.title}-${milestone.date}`}>
              <span aria-hidden="true">★ </span>
              <strong>{milestone.title}</strong> <span className="muted">{formatDate(milestone.date)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/progress#milestones">All my milestones and progress</Link>
      </p>
    </section>
  );
}
