import { warningSignListByStage, warningStages } from '../../../../shared/plan/plan-entries';
import { PageHeading } from '../../../components/page-heading';
import { EntryList } from '../entry-list';
import { sectionFields } from '../plan-fields';
import { usePlanStore } from '../plan-store';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

const stageText = {
  early: {
    heading: 'Early warning signs',
    item: 'Early sign',
    hint: 'The first small signs that things are slipping.',
  },
  worsening: { heading: 'Worsening signs', item: 'Worsening sign', hint: 'Signs that things are getting harder.' },
  crisis: { heading: 'Crisis signs', item: 'Crisis sign', hint: 'Signs that you need help now.' },
} as const;

export function TriggersPage() {
  const { triggers, warningSigns } = usePlanStore().view.plan;
  return (
    <>
      <PageHeading description="What sets things off for you, the signs that things are slipping, and what you will do at each stage.">
        {planPageTitle('triggers')}
      </PageHeading>
      <EntryList
        list="triggers"
        entries={triggers}
        heading="My triggers"
        description="People, places, feelings, situations or times that make things harder."
        itemLabel="Trigger"
        emptyText="No triggers written yet."
      />
      {warningStages.map((stage) => (
        <div key={stage} className={`card stage stage-${stage}`}>
          <EntryList
            list={warningSignListByStage[stage]}
            entries={warningSigns[stage].signs}
            heading={stageText[stage].heading}
            description={stageText[stage].hint}
            itemLabel={stageText[stage].item}
            inline
          />
          <SectionForm
            section="warningResponses"
            fields={sectionFields.warningResponses.filter((spec) => spec.name.startsWith(`${stage}.`))}
          />
        </div>
      ))}
    </>
  );
}
