import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';

export function CopingPage() {
  const { copingStrategies } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="What you can do when things get hard, and which triggers each one answers.">
        Coping strategies
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
