import { addDays } from '../../../shared/dates/calendar-date';
import { amountText } from '../../../shared/medications/medication-words';
import type { ReportUse } from '../../../shared/pdf-export/report-data';
import { isLapse, type Substance } from '../../../shared/substance-use/substance-use';
import { goalWords, unitLabel } from '../../../shared/substance-use/substance-words';
import { formatDay, weekdayNames } from '../../lib/format-date';
import { PrintSection } from '../../components/print-section';

const weekdays = weekdayNames('short');
const weekDate = (day: string) => formatDay(day, { day: 'numeric', month: 'short', year: '2-digit' });
/** The mark of a day against my goal, in the cell and the key: a shape that prints in grey as well. */
const lapseMark = '◆';

/** One substance's weeks: a row a week, a cell a day (its amount, 0 for none, · not written). */
function UseCalendar({ use, substance }: { use: ReportUse; substance: Substance }) {
  const amounts = new Map(
    use.days.filter((day) => day.substanceId === substance.id).map((day) => [day.day, day.amount] as const),
  );
  const weeks: string[] = [];
  for (let monday = use.calendar.from; monday <= use.calendar.to; monday = addDays(monday, 7)) weeks.push(monday);
  const cell = (day: string) => {
    const amount = amounts.get(day);
    if (amount === undefined) return '·';
    const against = use.marksLapses && isLapse(substance.goal, amount);
    return against ? `${amountText(amount)} ${lapseMark}` : amountText(amount);
  };
  // Weeks with nothing written run together into one row, so a calendar of empty weeks stays short.
  const runs: { weeks: string[]; written: boolean }[] = [];
  for (const monday of weeks) {
    const written = weekdays.some((_, index) => amounts.has(addDays(monday, index)));
    const last = runs.at(-1);
    if (last && !written && !last.written) last.weeks.push(monday);
    else runs.push({ weeks: [monday], written });
  }
  return (
    <table className="print-table print-use-calendar">
      <caption>
        {substance.name}, in {unitLabel(substance, use.standardDrink)} by day: · not written
        {use.marksLapses && `, ${lapseMark} against my goal`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          {weekdays.map((weekday) => (
            <th key={weekday} scope="col" className="print-number">
              {weekday}
            </th>
          ))}
          <th scope="col" className="print-number">
            Days used
          </th>
          <th scope="col" className="print-number">
            In all
          </th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) =>
          run.written ? (
            <WeekRow key={run.weeks[0]} monday={run.weeks[0]!} amounts={amounts} cell={cell} />
          ) : (
            <tr key={run.weeks[0]}>
              <th scope="row">{weekDate(run.weeks[0]!)}</th>
              <td colSpan={weekdays.length + 2} className="print-muted">
                {run.weeks.length === 1
                  ? 'Nothing written this week.'
                  : `Nothing written for ${run.weeks.length} weeks, to ${weekDate(addDays(run.weeks.at(-1)!, 6))}.`}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** A week with something written: its days, the days used and the amount in all. */
function WeekRow({
  monday,
  amounts,
  cell,
}: {
  monday: string;
  amounts: ReadonlyMap<string, number>;
  cell(day: string): string;
}) {
  const days = weekdays.map((_, index) => addDays(monday, index));
  const written = days.flatMap((day) => {
    const amount = amounts.get(day);
    return amount === undefined ? [] : [amount];
  });
  return (
    <tr>
      <th scope="row">{weekDate(monday)}</th>
      {days.map((day) => (
        <td key={day} className="print-number">
          {cell(day)}
        </td>
      ))}
      <td className="print-number">{written.filter((amount) => amount > 0).length}</td>
      <td className="print-number">{amountText(written.reduce((total, amount) => total + amount, 0))}</td>
    </tr>
  );
}

/** The substance use part of the PDF: per substance, my goal and a calendar of its weeks. */
export function UsePrint({ use }: { use: ReportUse }) {
  const drinks = use.substances.some((substance) => substance.kind === 'alcohol');
  return (
    <>
      {drinks && <p className="report-lead">Alcohol is counted in the {use.standardDrink.name}.</p>}
      {use.substances.map((substance) => (
        <PrintSection key={substance.id} id={`print-use-${substance.id}`} title={substance.name} breaks>
          <p>{goalWords(substance, use.standardDrink)}</p>
          <UseCalendar use={use} substance={substance} />
        </PrintSection>
      ))}
    </>
  );
}
