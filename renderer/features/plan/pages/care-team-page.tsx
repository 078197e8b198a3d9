import { Link } from 'react-router';
import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';
import { planPageTitle } from '../plan-pages';

export function CareTeamPage() {
  const { careTeam } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="The professionals who help with your care, and the people who help you stay on track.">
        {planPageTitle('care-team')}
      </PageHeading>
      <div className="card">
        <EntryList
          list="careProfessionals"
          entries={careTeam.professionals}
          heading="Healthcare professionals"
          itemLabel="Professional"
          emptyText="No one added yet."
        />
        <p>
          What they prescribe goes in <Link to="/plan/medications">my medications</Link>, with its dose and its history.
        </p>
      </div>
      <div className="card">
        {/* Kept as `accountabilityCheckIns`; on screen a catch-up, so it is never taken for a mood check-in. */}
        <EntryList
          list="accountabilityCheckIns"
          entries={careTeam.accountability}
          heading="Regular catch-ups"
          description="Someone I meet or call regularly to stay on track: a sponsor, a coach, a key worker. My daily check-ins are on the Check-ins screen."
          itemLabel="Catch-up"
          emptyText="No regular catch-ups yet."
        />
      </div>
    </>
  );
}
