import type { ReactNode } from 'react';
import type { MetricKind } from '../../../shared/metrics/metric-key';
import { minimumChange } from '../../../shared/progress/measure-change';
import {
  byDifference,
  factorDifference,
  standingOut,
  type FactorComparison,
  type FactorKind,
  type SampledMean,
  type WhatHelps,
  type WhatHelpsFactor,
} from '../../../shared/progress/what-helps';

/** Fewer days than this behind a figure, and the table says to read it with care. */
const smallSample = 7;

const kindHeadings: Record<FactorKind, string> = {
  coping: 'Coping strategies I used',
  trigger: 'Triggers I met',
  measure: 'Yes/no measures answered yes',
  medication: 'My medicines: days I took all the doses due (other days: days with one missed)',
};

/** The measure being compared, named and read the way its values are kept. */
export interface ComparedMeasure {
  key: string;
  label: string;
  kind: MetricKind;
  min: number;
  max: number;
}

/** A measure's value as the table shows it: a yes/no measure as a share of days. */
const shown = (measure: ComparedMeasure, mean: number) =>
  measure.kind === 'yes-no' ? `yes on ${Math.round(mean * 100)}%` : mean.toFixed(1);

/** "+1.7", "−0.4", or for a yes/no measure "+12 points". */
function differenceText(measure: ComparedMeasure, difference: number): string {
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '±';
  const size = Math.abs(difference);
  return measure.kind === 'yes-no' ? `${sign}${Math.round(size * 100)} points` : `${sign}${size.toFixed(1)}`;
}

/** How the table's sentence says a day had the factor. */
const onDaysWith: Record<FactorKind, (title: string) => string> = {
  coping: (title) => `on days I used ${title}`,
  trigger: (title) => `on days I met ${title}`,
  measure: (title) => `on days I answered yes to ${title}`,
  medication: (title) => `on days with ${title}`,
};

/**
 * "My mood was higher on days I used A brisk walk (6.8 against 5.1 on other days, 40 and 120 days)
 * — an association, not proof it caused it."
 */
export function standOutSentence(
  measure: ComparedMeasure,
  factor: WhatHelpsFactor,
  comparison: FactorComparison,
): string {
  const { usedDays, otherDays } = comparison;
  const direction = usedDays.mean! > otherDays.mean! ? 'higher' : 'lower';
  return (
    `My ${measure.label.toLowerCase()} was ${direction} ${onDaysWith[factor.kind](factor.title)} ` +
    `(${shown(measure, usedDays.mean!)} against ${shown(measure, otherDays.mean!)} on other days, ` +
    `${usedDays.days} and ${otherDays.days} days) — an association, not proof it caused it.`
  );
}

function DifferenceFigure({ comparison, measure }: { comparison: FactorComparison; measure: ComparedMeasure }) {
  const difference = factorDifference(comparison);
  if (difference === null) return <td className="muted">—</td>;
  const days = Math.min(comparison.usedDays.days, comparison.otherDays.days);
  return (
    <td>
      <strong>{differenceText(measure, difference)}</strong>{' '}
      <span className={days < smallSample ? 'few-days' : 'muted'}>
        ({comparison.usedDays.days} against {comparison.otherDays.days} days)
      </span>
    </td>
  );
}

function Figure({ sample, measure }: { sample: SampledMean; measure: ComparedMeasure }) {
  if (sample.mean === null) return <td className="muted">no days</td>;
  const value = shown(measure, sample.mean);
  return (
    <td>
      <strong>{value}</strong>{' '}
      <span className={sample.days < smallSample ? 'few-days' : 'muted'}>
        ({sample.days} {sample.days === 1 ? 'day' : 'days'}
        {sample.days < smallSample ? ', too few to read much into' : ''})
      </span>
    </td>
  );
}

/**
 * For each coping strategy, trigger and yes/no measure: a chosen measure on days with it, on other
 * days, and the day after, each with the days behind it. `children` holds the screen's choice of
 * measure; print has none.
 */
export function WhatHelpsTable({
  whatHelps,
  factors,
  measure,
  children,
}: {
  whatHelps: WhatHelps;
  factors: readonly WhatHelpsFactor[];
  measure: ComparedMeasure;
  children?: ReactNode;
}) {
  const byKey = new Map(whatHelps.comparisons.map((comparison) => [comparison.factor, comparison]));
  const compared = factors.filter((factor) => byKey.has(factor.key));
  // A factor on no day of the range has nothing to compare: named once below the table, not a row of blanks.
  const noted = compared.filter((factor) => byKey.get(factor.key)!.usedDays.days > 0);
  // A medicine not due on any day of the range is not a factor there at all.
  const notNoted = compared.filter((factor) => {
    const { usedDays, otherDays } = byKey.get(factor.key)!;
    return usedDays.days === 0 && (factor.kind !== 'medication' || otherDays.days > 0);
  });
  // Within each group, the largest difference either way first; thin samples after.
  const order = new Map(
    byDifference(noted.map((factor) => byKey.get(factor.key)!)).map((row, index) => [row.factor, index]),
  );
  const groups = (Object.keys(kindHeadings) as FactorKind[])
    .map((kind) => ({
      kind,
      rows: noted.filter((factor) => factor.kind === kind).sort((a, b) => order.get(a.key)! - order.get(b.key)!),
    }))
    .filter((group) => group.rows.length > 0);
  const factorOf = new Map(noted.map((factor) => [factor.key, factor]));
  const standOut = standingOut(
    noted.map((factor) => byKey.get(factor.key)!),
    minimumChange(measure),
  );
  const name = measure.label.toLowerCase();
  return (
    <section className="card what-helps" aria-labelledby="what-helps-title">
      <h2 id="what-helps-title">What helps</h2>
      {children}
      <p className="muted">
        Average {name} on days with each coping strategy, trigger, yes/no measure or medicine taken, on days without it,
        the difference, and the day after; the largest differences first. These are patterns, not proof: other things
        happen on the same days.
      </p>
      {compared.length === 0 ? (
        <p className="empty-state">Add coping strategies to your plan and tick them in check-ins to see this.</p>
      ) : groups.length === 0 ? (
        <p className="empty-state">
          None of my coping strategies, triggers or yes/no measures was noted on a day with {name} in this range.
        </p>
      ) : (
        <>
          {standOut.length > 0 && (
            <ul className="what-stands-out" aria-label="What stands out">
              {standOut.map((comparison) => (
                <li key={comparison.factor}>
                  {standOutSentence(measure, factorOf.get(comparison.factor)!, comparison)}
                </li>
              ))}
            </ul>
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`What helps: ${name}`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">On days with</th>
                  <th scope="col">{measure.label} on those days</th>
                  <th scope="col">{measure.label} on other days</th>
                  <th scope="col">Difference (days behind it)</th>
                  <th scope="col">{measure.label} the day after</th>
                </tr>
              </thead>
              {groups.map((group) => (
                <tbody key={group.kind}>
                  <tr className="what-helps-group">
                    <th scope="colgroup" colSpan={5}>
                      {kindHeadings[group.kind]}
                    </th>
                  </tr>
                  {group.rows.map((factor) => {
                    const comparison = byKey.get(factor.key)!;
                    return (
                      <tr key={factor.key}>
                        <th scope="row">{factor.title}</th>
                        <Figure sample={comparison.usedDays} measure={measure} />
                        <Figure sample={comparison.otherDays} measure={measure} />
                        <DifferenceFigure comparison={comparison} measure={measure} />
                        <Figure sample={comparison.nextDays} measure={measure} />
                      </tr>
                    );
                  })}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
      {groups.length > 0 && notNoted.length > 0 && (
        <p className="muted">
          Not noted on any day with {name} in this range: {notNoted.map((factor) => factor.title).join('; ')}.
        </p>
      )}
    </section>
  );
}
