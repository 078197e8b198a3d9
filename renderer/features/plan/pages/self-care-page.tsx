import { PageHeading } from '../../../components/page-heading';
import { sectionFields } from '../plan-fields';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

export function SelfCarePage() {
  return (
    <>
      <PageHeading description="The everyday routines that keep you steady, and the small wins worth noticing.">
        {planPageTitle('self-care')}
      </PageHeading>
      <SectionForm section="selfCare" fields={sectionFields.selfCare} />
    </>
  );
}
