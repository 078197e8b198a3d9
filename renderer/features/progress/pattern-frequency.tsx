import type { ProgressDay } from '../../../shared/progress/progress-days';
import { bucketStart, type Resolution } from '../../../shared/progress/daily-series';
import { pointLabel } from './metric-chart';

interface Item {
  id: string;
  title: string;
}

/** On how many days each trigger was met (or sign noticed), in total and per week or month. */
function FrequencyTable({
  caption,
  items,
  days,
  field,
  resolution,
}: {
  caption: string;
  items: readonly Item[];
  days: readonly ProgressDay[];
  field: 'triggerIds' | 'warningSignIds';
  resolution: Resolution;
}) {
  const buckets = [...new Set(days.map((day) => bucketStart(day.day, resolution)))].sort();
  const counts = new Map<string, Map<string, number>>();
  for (const day of days) {
    const bucket = bucketStart(day.day, resolution);
    for (const id of day[field]) {
      const byBucket = counts.get(id) ?? new Map<string, number>();
      byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + 1);
      counts.set(id, byBucket);
    }
  }
  const peak = Math.max(1, ...[...counts.values()].flatMap((byBucket) => [...byBucket.values()]));
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="frequency-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{field === 'triggerIds' ? 'Trigger' : 'Warning sign'}</th>
            <th scope="col">Days in this range</th>
            <th scope="col">Over time (by {resolution === 'day' ? 'day' : resolution})</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const byBucket = counts.get(item.id);
            const total = [...(byBucket?.values() ?? [])].reduce((sum, count) => sum + count, 0);
            const busiest = byBucket && [...byBucket.entries()].sort((a, b) => b[1] - a[1])[0];
            return (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td>{total}</td>
                <td>
                  <span className="sparkbars" aria-hidden="true">
                    {buckets.map((bucket) => (
                      <span key={bucket} style={{ height: `${((byBucket?.get(bucket) ?? 0) / peak) * 100}%` }} />
                    ))}
                  </span>
                  <span className="visually-hidden">
                    {busiest ? `Most in ${pointLabel(busiest[0], resolution)} (${busiest[1]} days).` : 'None.'}
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
  days,
  triggers,
  warningSigns,
  resolution,
}: {
  days: readonly ProgressDay[];
  triggers: readonly Item[];
  warningSigns: readonly Item[];
  resolution: Resolution;
}) {
  // Days are too fine for a row of bars; weeks are the finest this shows.
  const bucket: Resolution = resolution === 'day' ? 'week' : resolution;
  return (
    <section className="card" aria-labelledby="patterns-title">
      <h2 id="patterns-title">Triggers and warning signs</h2>
      {triggers.length + warningSigns.length === 0 ? (
        <p className="empty-state">Add triggers and warning signs to your plan and note them in check-ins to see this.</p>
      ) : (
        <>
          {triggers.length > 0 && (
            <FrequencyTable caption="Triggers met" items={triggers} days={days} field="triggerIds" resolution={bucket} />
          )}
          {warningSigns.length > 0 && (
            <FrequencyTable
              caption="Warning signs noticed"
              items={warningSigns}
              days={days}
              field="warningSignIds"
              resolution={bucket}
            />
          )}
        </>
      )}
    </section>
  );
}
