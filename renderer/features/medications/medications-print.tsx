import type { MedicationAdherence } from '../../../shared/medications/adherence';
import { versionWords } from '../../../shared/medications/medication-words';
import { reportWeeksShown, type ReportMedications } from '../../../shared/pdf-export/report-data';
import { formatDate, formatDay } from '../../lib/format-date';
import { DatedList, PrintSection } from '../../components/print-section';
import { adherenceWords } from './adherence-panel';
import { formatTimeOfDay } from '../../../shared/dates/format-time';

const weekDate = (day: string) => formatDay(day, { day: 'numeric', month: 'short' });
/** The most weeks across one table of doses by week, so 26 weeks take two short tables. */
const weeksPerRow = 13;

/** The list: each medication as I took it at the end of these dates, who prescribed it and since when. */
function MedicationList({ medications }: { medications: ReportMedications }) {
  return (
    <PrintSection id="print-medication-list" title="What I take">
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">Medication</th>
            <th scope="col">How I take it</th>
            <th scope="col">What it is for</th>
            <th scope="col">Prescribed by</th>
            <th scope="col">Taken</th>
          </tr>
        </thead>
        <tbody>
          {medications.list.map(({ medication, current, prescriber }) => (
            <tr key={medication.id}>
              <th scope="row">
                {medication.name}
                {medication.strength && <span className="print-muted"> ({medication.strength})</span>}
              </th>
              <td>{versionWords(current, formatTimeOfDay)}</td>
              <td>{medication.purpose}</td>
              <td>{prescriber}</td>
              <td>
                since {formatDate(medication.startedOn)}
                {medication.stoppedOn && `; stopped ${formatDate(medication.stoppedOn)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

/** Starts, changes and stops in these dates, dated: the list's history. */
function MedicationChanges({ medications, rangeText }: { medications: ReportMedications; rangeText: string }) {
  return (
    <PrintSection
      id="print-medication-changes"
      title="Changes to my medications"
      empty={medications.changes.length === 0 ? `No medication started, changed or stopped from ${rangeText}.` : null}
    >
      <DatedList lines={medications.changes.map((change) => ({ ...change, key: `${change.day} ${change.title}` }))} />
    </PrintSection>
  );
}

/**
 * Doses taken on time by week: a row a week (the last `reportWeeksShown` of these dates), a column
 * a medication, each cell "on time of due"; then the whole range in words.
 */
function AdherenceByWeek({ medications, rangeText }: { medications: ReportMedications; rangeText: string }) {
  const { adherence } = medications;
  if (adherence.medications.length === 0) {
    return (
      <PrintSection
        id="print-adherence"
        title="Doses taken on time"
        empty={`No scheduled dose was due from ${rangeText}.`}
      />
    );
  }
  const weekStarts = [...new Set(adherence.medications.flatMap((entry) => entry.weeks.map((week) => week.weekStart)))]
    .sort()
    .slice(-reportWeeksShown);
  // As many tables as needed, each as wide as the others: 14 weeks are two of 7, not 13 and 1.
  const perTable = Math.ceil(weekStarts.length / Math.ceil(weekStarts.length / weeksPerRow));
  const rows: string[][] = [];
  for (let index = 0; index < weekStarts.length; index += perTable)
    rows.push(weekStarts.slice(index, index + perTable));
  const cell = (entry: MedicationAdherence, weekStart: string) => {
    const week = entry.weeks.find((candidate) => candidate.weekStart === weekStart);
    return !week || week.due === 0 ? '·' : `${week.takenOnTime}/${week.due}`;
  };
  return (
    <PrintSection id="print-adherence" title="Doses taken on time" breaks>
      <p className="print-note">
        A dose counts as on time when I took it {adherence.onTimeWindow}; counted up to {formatDate(adherence.through)}.
      </p>
      <ul className="print-milestones">
        {adherence.medications.map((entry) => (
          <li key={entry.medicationId}>
            <strong>{entry.name}</strong>: {adherenceWords(entry, rangeText)}
          </li>
        ))}
      </ul>
      {rows.map((weeks, index) => (
        <table key={weeks[0]} className="print-table print-weeks">
          {index === 0 && (
            <caption>
              By week{weekStarts.length === reportWeeksShown ? `, the last ${reportWeeksShown} weeks` : ''}: doses taken
              on time of those due, under the Monday each week starts on (· none due)
            </caption>
          )}
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {weeks.map((weekStart) => (
                <th key={weekStart} scope="col" className="print-number">
                  {weekDate(weekStart)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {adherence.medications.map((entry) => (
              <tr key={entry.medicationId}>
                <th scope="row">{entry.name}</th>
                {weeks.map((weekStart) => (
                  <td key={weekStart} className="print-number">
                    {cell(entry, weekStart)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </PrintSection>
  );
}

function SideEffects({ medications, rangeText }: { medications: ReportMedications; rangeText: string }) {
  return (
    <PrintSection
      id="print-side-effects"
      title="Side effects I noted"
      empty={medications.sideEffects.length === 0 ? `No side effect noted from ${rangeText}.` : null}
    >
      <table className="print-table">
        <caption>How much each bothered me, from 0 (not at all) to 10 (the most), the latest first</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Medication</th>
            <th scope="col" className="print-number">
              Bother
            </th>
            <th scope="col">In my words</th>
          </tr>
        </thead>
        <tbody>
          {medications.sideEffects.map((effect) => (
            <tr key={`${effect.medicationId} ${effect.day}`}>
              <th scope="row">{formatDate(effect.day)}</th>
              <td>{effect.name}</td>
              <td className="print-number">{effect.bother}</td>
              <td>{effect.words}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

/** The medications part of the PDF: the list, its changes, doses taken on time by week, side effects. */
export function MedicationsPrint({ medications, rangeText }: { medications: ReportMedications; rangeText: string }) {
  return (
    <>
      <MedicationList medications={medications} />
      <MedicationChanges medications={medications} rangeText={rangeText} />
      <AdherenceByWeek medications={medications} rangeText={rangeText} />
      <SideEffects medications={medications} rangeText={rangeText} />
    </>
  );
}
