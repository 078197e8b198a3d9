import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { usePlanStore } from '../plan-store';
import { planPageTitle } from '../plan-pages';

export function SupportPage() {
  const { supportNetwork } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="The people and places you can lean on, and how you keep in touch.">
        {planPageTitle('support')}
      </PageHeading>
      <div className="card">
        <EntryList
          list="people"
          entries={supportNetwork.people}
          heading="People"
          itemLabel="Person"
          emptyText="No one added yet. Even one person counts."
        />
      </div>
      <div className="card">
        <EntryList
          list="resources"
          entries={supportNetwork.resources}
          heading="Resources"
          description="Support groups, professional services, self-help tools, community organisations and crisis lines."
          itemLabel="Resource"
          emptyText="No resources added yet."
        />
      </div>
    </>
  );
}
