import { AreaIntro } from '../../components/area-intro';

export function ProgressScreen() {
  return (
    <AreaIntro title="Progress" description="Mood, milestones and what helps, over months and years.">
      <p>Progress appears here once you have a few check-ins.</p>
    </AreaIntro>
  );
}
