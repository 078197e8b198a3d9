import { PageHeading } from '../../../components/page-heading';
import { sectionFields } from '../plan-fields';
import { SectionForm } from '../section-form';
import { planPageTitle } from '../plan-pages';

export function AboutPage() {
  return (
    <>
      <PageHeading description="What you are recovering from and what recovery means to you, in your own words.">
        {planPageTitle('about')}
      </PageHeading>
      <SectionForm section="about" fields={sectionFields.about} />
    </>
  );
}
