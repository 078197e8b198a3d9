import { AreaIntro } from '../../components/area-intro';

export function ExportScreen() {
  return (
    <AreaIntro title="Export" description="A PDF of your plan and progress to bring to therapy.">
      <p>There is nothing to export yet.</p>
    </AreaIntro>
  );
}
