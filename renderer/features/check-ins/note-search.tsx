import { useId, useState, type ReactNode } from 'react';
import { searchWords, type NoteSearchMatch } from '../../../shared/check-ins/check-in-search';
import { formatDate } from '../../lib/format-date';
import { formatTimeAt } from '../../../shared/dates/format-time';
import { useNoteSearch } from './api';

/**
 * "Search my notes" on the Check-ins screen: words typed, Enter (or Search), and the check-ins whose
 * note has every one of them, newest first, with the words marked. Each opens that check-in.
 */
export function NoteSearch({ onOpen }: { onOpen(match: NoteSearchMatch): void }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [asked, setAsked] = useState<string>();
  const search = useNoteSearch(asked);
  const result = asked ? search.data : undefined;

  return (
    <section className="card note-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Search my notes</h2>
      <form
        role="search"
        aria-label="My check-in notes"
        className="note-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const words = typed.trim().slice(0, 100);
          setAsked(words === '' ? undefined : words);
        }}
      >
        <label htmlFor={`${id}-words`}>Words in my notes</label>
        <input
          id={`${id}-words`}
          type="search"
          value={typed}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button-secondary">
          Search
        </button>
      </form>
      {asked && search.error && <p className="field-error">{search.error.message}</p>}
      {result && (
        <div role="status" aria-live="polite">
          {result.matches.length === 0 ? (
            <p className="muted">No check-in note has these words.</p>
          ) : (
            <p className="muted">{foundWords(result.matches.length, result.more)}</p>
          )}
        </div>
      )}
      {result && result.matches.length > 0 && (
        <ol className="note-search-results">
          {result.matches.map((match) => (
            <li key={match.id}>
              <button type="button" className="button-secondary note-search-open" onClick={() => onOpen(match)}>
                <span className="note-search-when">
                  {formatDate(match.day)}, {formatTimeAt(match.at, match.timeZone)}
                </span>
                <span className="note-search-note">{marked(match.note, searchWords(asked!))}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function foundWords(listed: number, more: number): string {
  const notes = `${listed} ${listed === 1 ? 'note' : 'notes'}`;
  return more > 0 ? `${notes}, newest first, and ${more} more. More words find fewer.` : `${notes}, newest first.`;
}

/** The note with each word looked for marked wherever it appears, case ignored. */
export function marked(note: string, words: readonly string[]): ReactNode[] {
  const escaped = words.map((word) => word.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (escaped.length === 0) return [note];
  const pattern = new RegExp(`(${escaped.join('|')})`, 'giu');
  return note
    .split(pattern)
    .map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))
    .filter((part) => part !== '');
}
