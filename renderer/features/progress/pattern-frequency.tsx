import type { ProgressView } from '../../../shared/progress/progress-days';
import { pointLabel } from './metric-chart';

interface Item {
  id: string;
  title: string;
}

type Patterns = ProgressView['patterns'];

/** On how many days each trigger was met (or sign noticed), in total and per week or month. */
function FrequencyTable({
  caption,
  noun,
  items,
  patterns,
}: {
  caption: string;
  noun: string;
  items: readonly Item[];
  patterns: Patterns;
}) {
  const peak = Math.max(1, ...items.flatMap((item) => Object.values(patterns.counts[item.id]?.byBucket ?? {})));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="frequency-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{noun}</th>
            <th scope="col">Days in this range</th>
            <th scope="col">Over time (by {patterns.resolution})</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const count = patterns.counts[item.id];
            const busiest = count && Object.entries(count.byBucket).sort((a, b) => b[1] - a[1])[0];
            return (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td>{count?.total ?? 0}</td>
                <td>
                  <span className="sparkbars" aria-hidden="true">
                    {patterns.buckets.map((bucket) => (
                      <span key={bucket} style={{ height: `${((count?.byBucket[bucket] ?? 0) / peak) * 100}%` }} />
                    ))}
                  </span>
                  <span className="visually-hidden">
                    {busiest ? `Most in ${pointLabel(busiest[0], patterns.resolution)} (${busiest[1]} days).` : 'None.'}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Trigger and warning-sign frequency over the range. */
export function PatternFrequency({
  patterns,
  triggers,
  warningSigns,
}: {
  patterns: Patterns;
  triggers: readonly Item[];
  warningSigns: readonly Item[];
}) {
  return (
    <section className="card below-chart" aria-labelledby="patterns-title">
      <h2 id="patterns-title">Triggers and warning signs</h2>
      {triggers.length + warningSigns.length === 0 ? (
        <p className="empty-state">
          Add triggers and warning signs to your plan and note them in check-ins to see this.
        </p>
      ) : (
        <>
          {triggers.length > 0 && (
            <FrequencyTable caption="Triggers met" noun="Trigger" items={triggers} patterns={patterns} />
          )}
          {warningSigns.length > 0 && (
            <FrequencyTable
              caption="Warning signs noticed"
              noun="Warning sign"
              items={warningSigns}
              patterns={patterns}
            />
          )}
        </>
      )}
    </section>
  );
}
