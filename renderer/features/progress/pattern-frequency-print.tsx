import type { PatternCount, SessionSnapshot } from '../../../shared/pdf-export/session-snapshot';
import { formatDay } from '../../lib/format-date';
import { PrintSection } from '../../components/print-section';

const stageNames = { early: 'early', worsening: 'getting worse', crisis: 'crisis' } as const;

function periodLabel(period: string, kind: 'month' | 'year'): string {
  return kind === 'year' ? period : formatDay(`${period}-01`, { month: 'short' });
}

function FrequencyTable({
  caption,
  noun,
  counts,
  frequency,
}: {
  caption: string;
  noun: string;
  counts: readonly PatternCount[];
  frequency: SessionSnapshot['frequency'];
}) {
  return (
    <table className="print-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{noun}</th>
          <th scope="col">Days</th>
          {frequency.periods.map((period) => (
            <th key={period} scope="col" className="print-number">
              {periodLabel(period, frequency.period)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {counts.map((count) => (
          <tr key={count.id}>
            <th scope="row">
              {count.name || '(no name)'}
              {count.stage && <span className="print-muted"> ({stageNames[count.stage]})</span>}
            </th>
            <td className="print-number">{count.total}</td>
            {frequency.periods.map((period) => (
              <td key={period} className="print-number">
                {count.byPeriod[period] ?? '·'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The progress pages' trigger and warning-sign frequency: days in the range, and by month (or year). */
export function PatternFrequencyPrint({ frequency }: { frequency: SessionSnapshot['frequency'] }) {
  const by = frequency.period === 'month' ? 'by month' : 'by year';
  return (
    <PrintSection
      id="print-patterns"
      title="Triggers and warning signs"
      empty={
        frequency.triggers.length + frequency.warningSigns.length === 0
          ? 'No trigger or warning sign noted in these dates.'
          : null
      }
    >
      <p className="print-note">Days on which I noted each one, in total and {by}; · is none.</p>
      {frequency.triggers.length > 0 && (
        <FrequencyTable caption="Triggers I met" noun="Trigger" counts={frequency.triggers} frequency={frequency} />
      )}
      {frequency.warningSigns.length > 0 && (
        <FrequencyTable
          caption="Warning signs I noticed"
          noun="Warning sign"
          counts={frequency.warningSigns}
          frequency={frequency}
        />
      )}
    </PrintSection>
  );
}
