import { useState } from 'react';
import type { ReachablePerson } from '../../shared/plan/reachable-people';

/**
 * People and services to reach, their numbers large, each with a Copy button. Nothing is dialled
 * or sent: the person calls from their own phone.
 */
export function PeopleToReach({ people, emptyText }: { people: readonly ReachablePerson[]; emptyText: string }) {
  const [copied, setCopied] = useState<string>();
  if (people.length === 0) return <p className="muted">{emptyText}</p>;

  async function copy(person: ReachablePerson): Promise<void> {
    try {
      await navigator.clipboard.writeText(person.contact);
      setCopied(`Copied ${person.name}’s number.`);
    } catch {
      setCopied(`Could not copy. ${person.name}: ${person.contact}`);
    }
  }

  return (
    <>
      <ul className="people-to-reach">
        {people.map((person) => (
          <li key={person.id}>
            <span className="person-name">
              {person.name}
              {person.role && <span className="muted"> · {person.role}</span>}
            </span>
            {person.contact ? (
              <>
                <span className="person-contact">{person.contact}</span>
                <button type="button" className="button-secondary button-small" onClick={() => void copy(person)}>
                  Copy<span className="visually-hidden"> {person.name}’s number</span>
                </button>
              </>
            ) : (
              <span className="muted">No number written down</span>
            )}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {copied}
      </p>
    </>
  );
}
