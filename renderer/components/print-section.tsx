import type { ReactNode } from 'react';
import { formatDate } from '../lib/format-date';

/**
 * One titled part of the PDF's later pages, named by its heading for screen readers. When `empty`
 * is given it is said instead of the content ("No side effect noted from …"). A part is kept on
 * one page unless `breaks` says it may run over (long tables by week).
 */
export function PrintSection({
  id,
  title,
  empty = null,
  breaks = false,
  children,
}: {
  id: string;
  title: string;
  empty?: string | null;
  breaks?: boolean;
  children?: ReactNode;
}) {
  return (
    <section className={breaks ? undefined : 'print-block'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty === null ? children : <p className="print-empty">{empty}</p>}
    </section>
  );
}

/** Something that happened on a day, or over days (a hospital stay). */
export interface DatedLine {
  key: string;
  day: string;
  until?: string | null;
  title: string;
}

/** A list of dated lines, the date first. */
export function DatedList({ lines }: { lines: readonly DatedLine[] }) {
  return (
    <ul className="print-milestones">
      {lines.map((line) => (
        <li key={line.key}>
          <span className="print-date">
            {formatDate(line.day)}
            {line.until && line.until !== line.day && ` to ${formatDate(line.until)}`}
          </span>{' '}
          {line.title}
        </li>
      ))}
    </ul>
  );
}
