import type { PlanDocument } from './plan-document';

/** Someone (or a service) in the plan with a way to reach them. */
export interface ReachablePerson {
  id: string;
  name: string;
  /** "crisis line", "sponsor", "GP"... */
  role: string;
  contact: string;
}

/**
 * Everyone in the plan who has a number or address written down, crisis lines first, then the
 * support network, then the care team: what a hard moment needs, without retyping any of it.
 */
export function reachablePeople(plan: PlanDocument): ReachablePerson[] {
  const withContact = <T extends { contact: string }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.contact.trim() !== '');
  return [
    ...withContact(plan.supportNetwork.resources.filter((resource) => resource.kind === 'crisis-line')).map(
      (resource) => ({ id: resource.id, name: resource.name, role: 'crisis line', contact: resource.contact.trim() }),
    ),
    ...withContact(plan.supportNetwork.people).map((person) => ({
      id: person.id,
      name: person.name,
      role: person.relationship === 'other' ? '' : person.relationship,
      contact: person.contact.trim(),
    })),
    ...withContact(plan.careTeam.professionals).map((professional) => ({
      id: professional.id,
      name: professional.name,
      role: professional.role,
      contact: professional.contact.trim(),
    })),
  ];
}
