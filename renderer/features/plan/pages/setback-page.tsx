import { PageHeading } from '../../../components/page-heading';
import { sectionFields } from '../plan-fields';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

export function SetbackPage() {
  return (
    <>
      <PageHeading description="A lapse is part of many recoveries, not the end of one. Decide now, calmly, what you will do.">
        {planPageTitle('setback')}
      </PageHeading>
      <SectionForm section="setbackPlan" fields={sectionFields.setbackPlan} />
    </>
  );
}
