import type { ReactNode } from 'react';
import { checkInDay, wallClockTime } from '../../../shared/check-ins/check-in-day';
import type { DayRange } from '../../../shared/check-ins/check-in';
import type { ReportPart as ReportPartName } from '../../../shared/pdf-export/report-choices';
import type { ReportData, ReportJournalNote } from '../../../shared/pdf-export/report-data';
import { formatDate, formatDay } from '../../lib/format-date';
import { SessionSnapshotSection } from './session-snapshot-page';

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
  journalNotes: 'My check-in notes',
};

/** One part of the document: starts on a new page, with a heading the PDF's outline lists. */
export function ReportPart({ id, children }: { id: Exclude<ReportPartName, 'title'>; children: ReactNode }) {
  return (
    <section className={`report-part report-part-${id}`} aria-labelledby={`report-${id}`}>
      <h1 id={`report-${id}`}>{reportPartTitles[id]}</h1>
      {children}
    </section>
  );
}

/**
 * The first page: what this is, for whom, when it was made and the days it covers; with progress
 * included, the session snapshot follows on the same page.
 */
export function TitlePage({ report }: { report: ReportData }) {
  const { choices, range, snapshot } = report;
  if (snapshot) {
    return (
      <section className="report-part report-snapshot-page" aria-labelledby="report-title">
        <p className="report-brand">Waypoint · private, personal health information</p>
        <h1 id="report-title">
          My recovery plan and progress{choices.preparedFor.trim() ? ` · ${choices.preparedFor.trim()}` : ''}
        </h1>
        <p className="report-lead">
          Made on {formatDate(choices.today)}. Check-ins from {range ? reportRangeText(range) : ''}. Also in this
          document: {report.parts.flatMap((part) => (part === 'title' ? [] : [reportPartTitles[part]])).join('; ')}.
        </p>
        <SessionSnapshotSection report={report} snapshot={snapshot} />
      </section>
    );
  }
  return (
    <section className="report-part report-title-page" aria-labelledby="report-title">
      <p className="report-brand">Waypoint</p>
      <h1 id="report-title">My recovery plan{report.progress ? ' and progress' : ''}</h1>
      {choices.preparedFor.trim() && <p className="report-for">{choices.preparedFor.trim()}</p>}
      <dl className="report-facts">
        <div>
          <dt>Made on</dt>
          <dd>{formatDate(choices.today)}</dd>
        </div>
        {range && (
          <div>
            <dt>Check-ins from</dt>
            <dd>{reportRangeText(range)}</dd>
          </div>
        )}
      </dl>
      <h2 className="report-contents-title">In this document</h2>
      <ol className="report-contents">
        {report.parts.flatMap((part) => (part === 'title' ? [] : [<li key={part}>{reportPartTitles[part]}</li>]))}
      </ol>
      <p className="report-private">
        Private — personal health information. Written by me in Waypoint, to share with people I choose.
      </p>
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
  const time = wallClockTime(instant, note.timeZone);
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
