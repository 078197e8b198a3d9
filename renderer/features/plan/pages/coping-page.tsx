import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';
import { planPageTitle } from '../plan-pages';

export function CopingPage() {
  const { copingStrategies } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="What you can do when things get hard, and which triggers each one answers.">
        {planPageTitle('coping')}
      </PageHeading>
      <EntryList
        list="copingStrategies"
        entries={copingStrategies}
        heading="What helps me cope"
        itemLabel="Coping strategy"
        emptyText="No coping strategies yet."
      />
    </>
  );
}
