import { describe, expect, it } from 'vitest';
import { blankEntry } from '../../../shared/plan/plan-entries';
import type { PlanDocument } from '../../../shared/plan/plan-document';
import { reachablePeople } from '../../../shared/plan/reachable-people';

describe('people to reach in a hard moment', () => {
  it('are everyone with a number written down: crisis lines first, then the support network, then the care team', () => {
    const plan = {
      supportNetwork: {
        people: [
          { ...blankEntry('people'), id: 'p1', name: 'Alex', relationship: 'sponsor', contact: ' 07700 900456 ' },
          { ...blankEntry('people'), id: 'p2', name: 'No number', contact: '' },
        ],
        resources: [
          { ...blankEntry('resources'), id: 'r1', name: 'Meeting', kind: 'support-group', contact: 'Tuesdays' },
          { ...blankEntry('resources'), id: 'r2', name: 'Night line', kind: 'crisis-line', contact: '0800 000 0000' },
        ],
      },
      careTeam: {
        professionals: [
          { ...blankEntry('careProfessionals'), id: 'c1', name: 'Dr Rao', role: 'GP', contact: '01632 960000' },
        ],
        accountability: [],
      },
    } as unknown as PlanDocument;
    expect(reachablePeople(plan)).toEqual([
      { id: 'r2', name: 'Night line', role: 'crisis line', contact: '0800 000 0000' },
      { id: 'p1', name: 'Alex', role: 'sponsor', contact: '07700 900456' },
      { id: 'c1', name: 'Dr Rao', role: 'GP', contact: '01632 960000' },
    ]);
  });
});
