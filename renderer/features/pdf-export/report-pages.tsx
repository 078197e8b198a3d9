import type { ReactNode } from 'react';
import { checkInDay } from '../../../shared/check-ins/check-in-day';
import type { DayRange } from '../../../shared/check-ins/check-in';
import type { ReportPart as ReportPartName } from '../../../shared/pdf-export/report-choices';
import type { ReportData, ReportJournalNote } from '../../../shared/pdf-export/report-data';
import { formatDate, formatDay } from '../../lib/format-date';
import { SessionSnapshotSection } from './session-snapshot-page';
import type { ContentsEntry } from '../../lib/slots';
import { formatTimeAt } from '../../../shared/dates/format-time';

/** "1 June 2026 to 21 November 2026" */
export function reportRangeText(range: DayRange): string {
  return `${formatDate(range.from)} to ${formatDate(range.to)}`;
}

/** The heading of each part, on its first page and in the title page's contents. */
export const reportPartTitles: Record<Exclude<ReportPartName, 'title'>, string> = {
  safetyPlan: 'My safety plan',
  questions: 'Questions and topics for my next session',
  changes: 'What changed since my last review',
  plan: 'My recovery plan',
  progress: 'My progress',
  medications: 'My medications',
  substanceUse: 'My substance use',
  questionnaires: 'My questionnaires',
  journalNotes: 'My check-in notes',
};

/**
 * One part of the document, with a heading the PDF's outline lists. Parts run on one after
 * another; page 1 and a safety plan put first keep pages of their own.
 */
export function ReportPart({ id, children }: { id: Exclude<ReportPartName, 'title'>; children: ReactNode }) {
  return (
    <section className={`report-part report-part-${id}`}>
      <h1 id={`report-${id}`}>{reportPartTitles[id]}</h1>
      {children}
    </section>
  );
}

/** A line of the contents: a part, or an area or block inside one, by the id of its heading. */

/** The contents: every part and what is in it, each a link, with its page once main knows it. */
function ReportContents({
  contents,
  leftOut,
  pageNumbers,
}: {
  contents: readonly ContentsEntry[];
  leftOut: readonly string[];
  pageNumbers: ReportData['pageNumbers'];
}) {
  const line = (entry: ContentsEntry) => (
    <a href={`#${entry.id}`} className="report-contents-line">
      <span>{entry.title}</span>
      <span className="report-contents-page">{pageNumbers?.[entry.id] ?? ''}</span>
    </a>
  );
  return (
    <nav className="report-contents" aria-labelledby="report-contents-title">
      <h2 id="report-contents-title" className="report-contents-title">
        In this document
      </h2>
      <ol className="report-contents-list">
        {contents.flatMap((entry) => [
          <li key={entry.id} className="report-contents-part">
            {line(entry)}
          </li>,
          ...(entry.entries ?? []).map((inner) => (
            <li key={inner.id} className="report-contents-inner">
              {line(inner)}
            </li>
          )),
        ])}
      </ol>
      {leftOut.length > 0 && (
        <p className="report-contents-note">Left out because nothing is written in them yet: {leftOut.join(', ')}.</p>
      )}
    </nav>
  );
}

/**
 * The first page: what this is, for whom, when it was made and the days it covers; with progress
 * included, the session snapshot follows on the same page. The contents closes it.
 */
export function TitlePage({
  report,
  contents,
  leftOut,
}: {
  report: ReportData;
  contents: readonly ContentsEntry[];
  leftOut: readonly string[];
}) {
  const { choices, range, snapshot } = report;
  const preparedFor = choices.preparedFor.trim();
  const tableOfContents = <ReportContents contents={contents} leftOut={leftOut} pageNumbers={report.pageNumbers} />;
  if (snapshot) {
    return (
      <section className="report-part report-snapshot-page" aria-labelledby="report-title">
        <p className="report-brand">Waypoint · private, personal health information</p>
        <h1 id="report-title">My recovery plan and progress{preparedFor ? ` · ${preparedFor}` : ''}</h1>
        <p className="report-lead">
          Made on {formatDate(choices.today)}. Check-ins from {range ? reportRangeText(range) : ''}.
        </p>
        <SessionSnapshotSection report={report} snapshot={snapshot} />
        {tableOfContents}
      </section>
    );
  }
  return (
    <section className="report-part report-title-page" aria-labelledby="report-title">
      <p className="report-brand">Waypoint · private, personal health information</p>
      <h1 id="report-title">My recovery plan{preparedFor ? ` · ${preparedFor}` : ''}</h1>
      <p className="report-lead">
        Made on {formatDate(choices.today)}.{range ? ` Check-ins from ${reportRangeText(range)}.` : ''} Written by me in
        Waypoint, to share with people I choose.
      </p>
      {tableOfContents}
    </section>
  );
}

/** "Questions and topics for my next session", as written on the Export screen. */
export function QuestionsPart({ text }: { text: string }) {
  return (
    <ReportPart id="questions">
      <p className="report-writing">{text.trim()}</p>
    </ReportPart>
  );
}

/** "Thu, Nov 12, 2026, 21:40"; a note written after midnight for the evening before says so. */
function noteMoment(note: ReportJournalNote): string {
  const instant = new Date(note.at);
  const time = formatTimeAt(instant, note.timeZone);
  const day = formatDay(note.day, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  // With the day starting at midnight, the check-in day is the calendar date it was written on.
  return checkInDay(instant, note.timeZone, 0) === note.day
    ? `${day}, ${time}`
    : `${day}, written at ${time} the next morning`;
}

/** Check-in notes from the range, oldest first; printed only when the person opted in. */
export function JournalNotesPart({ notes, range }: { notes: readonly ReportJournalNote[]; range: DayRange | null }) {
  return (
    <ReportPart id="journalNotes">
      {range && <p className="report-lead">Notes I wrote with my check-ins, {reportRangeText(range)}.</p>}
      {notes.length === 0 ? (
        <p className="print-empty">No notes in this range.</p>
      ) : (
        <ol className="journal-notes">
          {notes.map((note, index) => (
            <li key={`${note.at}-${index}`}>
              <p className="journal-when">{noteMoment(note)}</p>
              <p className="report-writing">{note.note.trim()}</p>
            </li>
          ))}
        </ol>
      )}
    </ReportPart>
  );
}
