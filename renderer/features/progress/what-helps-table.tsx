import type { SampledMean, StrategyComparison } from '../../../shared/progress/what-helps';

/** Fewer days than this behind a figure, and the table says to read it with care. */
const smallSample = 7;

function Figure({ sample }: { sample: SampledMean }) {
  if (sample.mean === null) return <td className="muted">no days</td>;
  return (
    <td>
      <strong>{sample.mean.toFixed(1)}</strong>{' '}
      <span className={sample.days < smallSample ? 'few-days' : 'muted'}>
        ({sample.days} {sample.days === 1 ? 'day' : 'days'}
        {sample.days < smallSample ? ', too few to read much into' : ''})
      </span>
    </td>
  );
}

/** For each coping strategy: mood on days it was used, on other days, and the day after. */
export function WhatHelpsTable({
  comparisons,
  titles,
}: {
  comparisons: readonly StrategyComparison[];
  titles: ReadonlyMap<string, string>;
}) {
  return (
    <section className="card what-helps" aria-labelledby="what-helps-title">
      <h2 id="what-helps-title">What helps</h2>
      <p className="muted">
        Average mood on days you used each coping strategy, on days you did not, and the day after. These are patterns,
        not proof: other things happen on the same days.
      </p>
      {comparisons.length === 0 ? (
        <p className="empty-state">Add coping strategies to your plan and tick them in check-ins to see this.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="What helps">
          <table>
            <thead>
              <tr>
                <th scope="col">Coping strategy</th>
                <th scope="col">Mood on days used</th>
                <th scope="col">Mood on other days</th>
                <th scope="col">Mood the day after</th>
              </tr>
            </thead>
            <tbody>
              {comparisons.map((comparison) => (
                <tr key={comparison.strategyId}>
                  <th scope="row">{titles.get(comparison.strategyId)}</th>
                  <Figure sample={comparison.usedDays} />
                  <Figure sample={comparison.otherDays} />
                  <Figure sample={comparison.nextDays} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
