import { useState } from 'react';
import type { MedicationAdherence } from '../../../shared/medications/adherence';
import type { DayRange } from '../../../shared/check-ins/check-in';
import { Notice } from '../../components/notice';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { useAdherence } from './api';

/** A share as a whole percentage; — when nothing was due. */
export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** "86% of doses on time over the last 3 months: 48 of 56; 4 taken at another time, 2 skipped, 2 not written." */
export function adherenceWords({ total }: MedicationAdherence, rangeText: string): string {
  const rest = [
    total.takenLate > 0 ? `${total.takenLate} taken at another time` : '',
    total.skipped > 0 ? `${total.skipped} skipped` : '',
    total.notRecorded > 0 ? `${total.notRecorded} not written` : '',
  ].filter(Boolean);
  return (
    `${percent(total.share)} of doses on time over ${rangeText}: ${total.takenOnTime} of ${plural(total.due, 'dose')} due` +
    (rest.length > 0 ? `; ${rest.join(', ')}.` : '.')
  );
}

function WeekTable({ adherence }: { adherence: MedicationAdherence }) {
  const [open, setOpen] = useState(false);
  const weeks = adherence.weeks.filter((week) => week.due > 0).reverse();
  return (
    <details className="chart-table" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Show {adherence.name} week by week</summary>
      {open && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={`${adherence.name} week by week`}>
          <table>
            <caption className="visually-hidden">{adherence.name}: doses by week, the latest first</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Due</th>
                <th scope="col">On time</th>
                <th scope="col">At another time</th>
                <th scope="col">Skipped</th>
                <th scope="col">Not written</th>
                <th scope="col">Share on time</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.weekStart}>
                  <th scope="row">{formatDate(week.weekStart)}</th>
                  <td>{week.due}</td>
                  <td>{week.takenOnTime}</td>
                  <td>{week.takenLate}</td>
                  <td>{week.skipped}</td>
                  <td>{week.notRecorded}</td>
                  <td>{percent(week.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/**
 * On Progress: for each medication with doses due in the range, the share taken on time with the
 * rule for "on time" stated, and its weeks as a table. Nothing shows when no dose was due.
 */
export function AdherencePanel({ range, rangeText }: { range: DayRange; rangeText: string }) {
  const query = useAdherence(range);
  if (query.error)
    return (
      <Notice tone="error" title="My medicines taken could not be shown.">
        <p>{query.error.message}</p>
      </Notice>
    );
  const view = query.data;
  if (!view || view.medications.length === 0) return null;
  return (
    <section className="card" aria-labelledby="adherence-title">
      <h2 id="adherence-title">My medicines, taken on time</h2>
      <p className="muted">
        A dose counts as on time when I took it {view.onTimeWindow}. Counted up to {formatDate(view.through)}: today
        counts once it is over.
      </p>
      {view.medications.map((adherence) => (
        <section key={adherence.medicationId} aria-labelledby={`adherence-${adherence.medicationId}`}>
          <h3 id={`adherence-${adherence.medicationId}`}>{adherence.name}</h3>
          <p>{adherenceWords(adherence, rangeText)}</p>
          <WeekTable adherence={adherence} />
        </section>
      ))}
    </section>
  );
}
