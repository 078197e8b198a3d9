import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';
import { planPageTitle } from '../plan-pages';

export function AssessmentPage() {
  const { assessment } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="An honest look at where you are now. Add to these lists whenever something comes to mind.">
        {planPageTitle('assessment')}
      </PageHeading>
      <div className="card">
        <EntryList list="strengths" entries={assessment.strengths} heading="My strengths" itemLabel="Strength" inline />
      </div>
      <div className="card">
        <EntryList
          list="challenges"
          entries={assessment.challenges}
          heading="My challenges"
          itemLabel="Challenge"
          inline
        />
      </div>
      <div className="card">
        <EntryList
          list="areasForGrowth"
          entries={assessment.areasForGrowth}
          heading="Areas for growth"
          itemLabel="Area for growth"
          inline
        />
      </div>
      <div className="card">
        <EntryList
          list="currentSituation"
          entries={assessment.currentSituation}
          heading="My current situation"
          description="Home, work, health, relationships: whatever shapes your days right now."
          itemLabel="Fact about now"
          inline
        />
      </div>
    </>
  );
}
