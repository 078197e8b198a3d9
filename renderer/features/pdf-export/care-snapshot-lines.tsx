import { isMedicationEvent, type DatedEvent } from '../../../shared/care-events/care-event';
import type { ReportData, ReportMedications, ReportUse, UseTally } from '../../../shared/pdf-export/report-data';
import type { Substance } from '../../../shared/substance-use/substance-use';
import { amountWords } from '../../../shared/substance-use/substance-words';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { SectionHeading } from './snapshot-heading';

/** How many events of care page 1 names; the rest are listed with the charts. */
const eventsNamed = 5;

const percentOf = (share: number | null) => (share === null ? '' : ` (${Math.round(share * 100)}%)`);

/** Medications started, changed or stopped in the last 30 days, and each one's doses on time. */
function medicationLine({ changes: allChanges, recent, recentAdherence }: ReportMedications): string {
  const changes = allChanges.filter((change) => change.day >= recent.from);
  const changed =
    changes.length === 0
      ? 'No medication started, changed or stopped in the last 30 days.'
      : `In the last 30 days: ${changes.map((change) => `${change.title} (${formatDate(change.day)})`).join('; ')}.`;
  if (recentAdherence.medications.length === 0) return changed;
  const taken = recentAdherence.medications
    .map(({ name, total }) => `${name} ${total.takenOnTime} of ${plural(total.due, 'dose')}${percentOf(total.share)}`)
    .join('; ');
  return `${changed} Doses taken on time (${recentAdherence.onTimeWindow}), ${formatDate(recent.from)} to ${formatDate(recentAdherence.through)}: ${taken}.`;
}

function tallyWords(tally: UseTally, substance: Substance, use: ReportUse): string {
  if (tally.daysWritten === 0) return 'no day written';
  const written = `the ${plural(tally.daysWritten, 'day')} written`;
  if (tally.daysUsed === 0) return `not used on ${written}`;
  return `used on ${tally.daysUsed} of ${written}, ${amountWords(tally.amount, substance, use.standardDrink)} in all`;
}

/** Each substance's days used and amount in the last 30 days, against the 30 before. */
const substanceUseLine = (use: ReportUse): string =>
  use.tallies
    .map(({ substanceId, recent, before }) => {
      const substance = use.substances.find((candidate) => candidate.id === substanceId)!;
      return `${substance.name}, the last 30 days: ${tallyWords(recent, substance, use)}; the 30 before: ${tallyWords(before, substance, use)}.`;
    })
    .join(' ');

/** My events of care in these dates, the latest first (medication changes are on their own line). */
function eventLine(events: readonly DatedEvent[]): string {
  const care = events.filter((event) => !isMedicationEvent(event)).reverse();
  if (care.length === 0) return 'None written in these dates.';
  const named = care.slice(0, eventsNamed);
  const when = (event: DatedEvent) =>
    event.until && event.until !== event.day
      ? `${formatDate(event.day)} to ${formatDate(event.until)}`
      : formatDate(event.day);
  const rest = care.length - named.length;
  return `${named.map((event) => `${when(event)}: ${event.title}`).join('; ')}${rest > 0 ? `; and ${rest} earlier, listed with the charts.` : '.'}`;
}

/**
 * Page 1's lines on care, one row each, when shared: my medications (what changed in the last 30
 * days, doses taken on time), my substance use against the 30 days before, and my events of care.
 */
export function CareLines({ report }: { report: ReportData }) {
  const rows = [
    report.medications && {
      detail: 'report-medications',
      title: 'Medications',
      text: medicationLine(report.medications),
    },
    report.substanceUse && {
      detail: 'report-substanceUse',
      title: 'Substance use',
      text: substanceUseLine(report.substanceUse),
    },
    report.progress && { detail: 'print-events', title: 'Events of care', text: eventLine(report.progress.events) },
  ].filter((row) => !!row);
  return (
    <>
      <SectionHeading>My care</SectionHeading>
      <table className="snapshot-table snapshot-care">
        <tbody>
          {rows.map((row) => (
            <tr key={row.detail}>
              <th scope="row">
                <a href={`#${row.detail}`}>{row.title}</a>
              </th>
              <td>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
