import { useState } from 'react';
import { entryTitle, type PlanListName } from '../../../shared/plan/plan-entries';
import { formatDate } from '../../lib/format-date';
import { usePlanStore } from './plan-store';

/**
 * Entries of one list taken out of the plan while past check-ins pointed at them. They stay out
 * of the check-in form; each can be put back in the plan.
 */
export function ArchivedEntries({ list }: { list: PlanListName }) {
  const { view, perform, announce } = usePlanStore();
  const [error, setError] = useState<string>();
  const archived = view.archived.filter((entry) => entry.list === list);
  if (archived.length === 0) return null;
  async function restore(id: string, title: string): Promise<void> {
    const result = await perform('plan.restoreArchived', { id });
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    announce(`“${title}” is back in my plan.`);
  }
  return (
    <details className="archived-entries">
      <summary>Archived ({archived.length})</summary>
      <p className="section-description">
        These left my plan after I had noted them in check-ins, so those check-ins keep their words. They are not
        offered in new check-ins.
      </p>
      <ul>
        {archived.map((entry) => {
          const title = entryTitle(entry.list, entry.data);
          return (
            <li key={entry.id}>
              <span>
                {title} <span className="muted">· archived {formatDate(entry.archivedOn)}</span>
              </span>
              <button
                type="button"
                className="button-secondary button-small"
                onClick={() => void restore(entry.id, title)}
                aria-label={`Put “${title}” back in my plan`}
              >
                Put back in my plan
              </button>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
