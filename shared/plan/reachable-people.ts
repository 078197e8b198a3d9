import type { PlanDocument } from './plan-document';

/** Someone (or a service) in the plan with a way to reach them. */
export interface ReachablePerson {
  id: string;
  name: string;
  /** "crisis line", "sponsor", "GP"... */
  role: string;
  contact: string;
}

type Plan = Pick<PlanDocument, 'supportNetwork' | 'careTeam'>;

const crisisLines = (plan: Plan): ReachablePerson[] =>
  plan.supportNetwork.resources
    .filter((resource) => resource.kind === 'crisis-line')
    .map((resource) => ({
      id: resource.id,
      name: resource.name,
      role: 'crisis line',
      contact: resource.contact.trim(),
    }));

const otherResources = (plan: Plan): ReachablePerson[] =>
  plan.supportNetwork.resources
    .filter((resource) => resource.kind !== 'crisis-line')
    .map((resource) => ({ id: resource.id, name: resource.name, role: '', contact: resource.contact.trim() }));

const supportNetwork = (plan: Plan): ReachablePerson[] =>
  plan.supportNetwork.people.map((person) => ({
    id: person.id,
    name: person.name,
    role: person.relationship === 'other' ? '' : person.relationship,
    contact: person.contact.trim(),
  }));

const careTeam = (plan: Plan): ReachablePerson[] =>
  plan.careTeam.professionals.map((professional) => ({
    id: professional.id,
    name: professional.name,
    role: professional.role,
    contact: professional.contact.trim(),
  }));

/**
 * Everyone in the plan who has a number or address written down, crisis lines first, then the
 * support network, then the care team: what a hard moment needs, without retyping any of it.
 */
export function reachablePeople(plan: Plan): ReachablePerson[] {
  return [...crisisLines(plan), ...supportNetwork(plan), ...careTeam(plan)].filter((person) => person.contact !== '');
}

/** The entries a safety plan step picked, in the order picked, with or without a contact. */
export function pickedPeople(plan: Plan, ids: readonly string[]): ReachablePerson[] {
  const everyone = new Map(
    [...crisisLines(plan), ...otherResources(plan), ...supportNetwork(plan), ...careTeam(plan)].map((person) => [
      person.id,
      person,
    ]),
  );
  return ids.flatMap((id) => everyone.get(id) ?? []);
}
