import type { MilestonesView } from '../../../shared/milestones/milestone';
import { countsInWords } from '../../lib/milestone-words';

/** Each count once, as a headline and its details: on the home screen and on Progress. */
export function RecoveryCounts({ view }: { view: Pick<MilestonesView, 'counts' | 'countedAs' | 'lapseDays'> }) {
  return (
    <div className="counts">
      {countsInWords(view).map(({ kind, headline, details }) => (
        <div key={kind} className="count">
          <p className="count-headline">{headline}</p>
          {details.map((detail) => (
            <p key={detail} className="muted">
              {detail}
            </p>
          ))}
        </div>
      ))}
    </div>
  );
}
