import { AreaIntro } from '../../components/area-intro';

export function CheckInsScreen() {
  return (
    <AreaIntro
      title="Check-ins"
      description="A quick record of how you are doing: mood, sleep, cravings and what helped."
    >
      <p>No check-ins yet.</p>
    </AreaIntro>
  );
}
