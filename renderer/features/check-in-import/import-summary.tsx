import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ImportSummary } from '../../../shared/check-in-import/import-record';
import { PageHeading } from '../../components/page-heading';
import { plural } from '../../lib/plural';

/** How many skipped lines the summary shows before "Show all". */
const firstShown = 20;

/** What an import did: added, already present, and each skipped line with why; all of them on request. */
export function ImportSummaryView({
  fileName,
  summary,
  onAnother,
}: {
  fileName: string;
  summary: ImportSummary;
  onAnother(): void;
}) {
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { added, alreadyPresent, skipped, doses } = summary;
  const shown = showAll ? skipped : skipped.slice(0, firstShown);
  return (
    <>
      <PageHeading>Bring in check-ins from another app</PageHeading>
      <section className="card" aria-labelledby="import-done-title">
        <h2 id="import-done-title" tabIndex={-1} ref={heading}>
          {added > 0 ? `${plural(added, 'check-in')} added from ${fileName}` : `Nothing new in ${fileName}`}
        </h2>
        <ul className="import-counts">
          <li>
            <strong>{added.toLocaleString()}</strong> added
          </li>
          <li>
            <strong>{alreadyPresent.toLocaleString()}</strong> already in my vault, so not added again
          </li>
          <li>
            <strong>{skipped.length.toLocaleString()}</strong> skipped
          </li>
          {doses > 0 && (
            <li>
              <strong>{doses.toLocaleString()}</strong> {doses === 1 ? 'dose' : 'doses'} of my medications written as
              taken at their planned times
            </li>
          )}
        </ul>
        {added > 0 && (
          <p>
            They are in my check-ins, charts and “What helps” like any other. If this was not what I wanted, Settings →
            Check-ins from another app removes this import as a whole.
          </p>
        )}
        {skipped.length > 0 && (
          <>
            <h3 id="import-skipped-title">Lines that were skipped</h3>
            <ul className="import-skipped" aria-labelledby="import-skipped-title" tabIndex={0}>
              {shown.map((row) => (
                <li key={`${row.line}-${row.reason}`}>{row.reason}</li>
              ))}
            </ul>
            {skipped.length > firstShown && (
              <button
                type="button"
                className="button-quiet"
                aria-expanded={showAll}
                onClick={() => setShowAll((open) => !open)}
              >
                {showAll
                  ? `Show the first ${firstShown} only`
                  : `Show all ${skipped.length.toLocaleString()} skipped lines`}
              </button>
            )}
          </>
        )}
        <div className="button-row">
          {added > 0 && (
            <Link className="button-primary" to="/check-ins">
              See my check-ins
            </Link>
          )}
          {added > 0 && (
            <Link className="button-secondary" to="/progress">
              See my progress
            </Link>
          )}
          <button type="button" className="button-secondary" onClick={onAnother}>
            Bring in another file
          </button>
          <Link className="button-secondary" to="/settings">
            Back to Settings
          </Link>
        </div>
      </section>
    </>
  );
}
