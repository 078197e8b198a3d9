import { useState } from 'react';
import { Link } from 'react-router';
import { importSourceNames, type ImportListing } from '../../../shared/check-in-import/import-record';
import { ConfirmPanel } from '../../components/confirm-panel';
import { Notice } from '../../components/notice';
import { formatDate, formatMoment } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { useImports, useRemoveImport } from './api';

const named = (listing: ImportListing) => `${listing.fileName} (${formatMoment(listing.importedAt)})`;

/**
 * Settings → Check-ins from another app: where an import starts, and every import still in the
 * vault (when, which file, how many check-ins) with "Remove this import".
 */
export function ImportsSetting() {
  const imports = useImports();
  const removeImport = useRemoveImport();
  const working = removeImport.pending;
  const [asking, setAsking] = useState<ImportListing>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  function ask(listing: ImportListing): void {
    setError(undefined);
    setDone(undefined);
    setAsking(listing);
  }

  async function remove(listing: ImportListing): Promise<void> {
    const result = await removeImport.run({ id: listing.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const { checkIns, measures, planEntries, doses } = result.value;
    const alsoRemoved = [
      measures.length > 0 && `${plural(measures.length, 'yes/no measure')} (${measures.join(', ')})`,
      planEntries.length > 0 &&
        `${plural(planEntries.length, 'plan entry', 'plan entries')} (${planEntries.join(', ')})`,
      doses > 0 && `${plural(doses, 'dose')} of my medications`,
    ].filter(Boolean);
    setDone(
      `Removed ${plural(checkIns, 'check-in')} from ${listing.fileName}${alsoRemoved.length ? `, and the ${alsoRemoved.join(' and ')} it had added` : ''}.`,
    );
    setAsking(undefined);
  }

  const list = imports.data;
  return (
    <section className="card" aria-labelledby="imports-title">
      <h2 id="imports-title">Check-ins from another app</h2>
      <p>
        My mood diary from Daylio can become check-ins here, so my history comes with me. I see what the file holds and
        decide what it becomes before anything is written.
      </p>
      <div className="button-row">
        <Link className="button-secondary" to="/settings/import">
          Bring in check-ins from another app
        </Link>
      </div>
      {imports.error && <Notice tone="error">{imports.error.message}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
      {list && list.length > 0 && (
        <div className="table-scroll">
          <table className="imports-table">
            <caption>My imports, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Imported on</th>
                <th scope="col">File</th>
                <th scope="col">Check-ins</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((listing) => (
                <tr key={listing.id}>
                  <th scope="row">{formatMoment(listing.importedAt)}</th>
                  <td>
                    {listing.fileName}
                    <span className="field-hint"> · {importSourceNames[listing.source]}</span>
                  </td>
                  <td>
                    {listing.checkIns.toLocaleString()}
                    {listing.firstDay && listing.lastDay && (
                      <span className="field-hint">
                        {' '}
                        · {formatDate(listing.firstDay)} to {formatDate(listing.lastDay)}
                      </span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-quiet button-small"
                      onClick={() => ask(listing)}
                      disabled={working}
                      aria-label={`Remove the import of ${named(listing)}`}
                    >
                      Remove this import
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {asking && (
        <ConfirmPanel
          key={asking.id}
          question={`Remove the ${plural(asking.checkIns, 'check-in')} imported from ${asking.fileName}?`}
          error={error}
          working={working}
          confirmLabel="Remove this import"
          workingLabel="Removing…"
          cancelLabel="Keep it"
          tone="danger"
          onConfirm={() => void remove(asking)}
          onCancel={() => setAsking(undefined)}
        >
          <p>
            Exactly the check-ins this import added leave my vault, with the yes/no measures and plan entries it made
            that I have not changed or used since, and the doses it wrote as taken that I have not answered again.
            Check-ins I wrote myself stay. I can import the file again later.
          </p>
        </ConfirmPanel>
      )}
    </section>
  );
}
