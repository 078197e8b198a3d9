import { AreaIntro } from '../../components/area-intro';

export function PlanScreen() {
  return (
    <AreaIntro
      title="My plan"
      description="Goals, support network, coping strategies, triggers and warning signs, and what to do after a setback."
    >
      <p>Your plan has not been started yet. Writing it is the next step Waypoint will help you with.</p>
    </AreaIntro>
  );
}
