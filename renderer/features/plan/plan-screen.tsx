import { NavLink, Navigate, Route, Routes } from 'react-router';
import { AboutPage } from './pages/about-page';
import { AssessmentPage } from './pages/assessment-page';
import { CareTeamPage } from './pages/care-team-page';
import { CopingPage } from './pages/coping-page';
import { GoalsPage } from './pages/goals-page';
import { PlanOverview } from './pages/plan-overview';
import { ReviewsPage } from './pages/reviews-page';
import { SafetyPage } from './pages/safety-page';
import { SelfCarePage } from './pages/self-care-page';
import { SetbackPage } from './pages/setback-page';
import { SupportPage } from './pages/support-page';
import { TriggersPage } from './pages/triggers-page';
import { planPages, type PlanPagePath } from './plan-pages';
import { PlanStoreProvider } from './plan-store';
import { UndoBar } from './undo-bar';
import { useSlots } from '../../lib/slots';

const pageElements: Record<PlanPagePath, React.JSX.Element> = {
  about: <AboutPage />,
  assessment: <AssessmentPage />,
  goals: <GoalsPage />,
  support: <SupportPage />,
  coping: <CopingPage />,
  triggers: <TriggersPage />,
  setback: <SetbackPage />,
  safety: <SafetyPage />,
  'self-care': <SelfCarePage />,
  'care-team': <CareTeamPage />,
  reviews: <ReviewsPage />,
};

/**
 * The Plan area: its own section menu, one page per part of the plan, and undo after a delete.
 * `homeExtras` is shown on the overview (the home screen) by areas this one does not import.
 */
export function PlanScreen({ homeExtras }: { homeExtras?: React.ReactNode }) {
  const { extraPlanPages } = useSlots();
  return (
    <PlanStoreProvider>
      <div className="plan-layout">
        <nav className="plan-nav" aria-label="Plan sections">
          <ul>
            <li>
              <NavLink to="/plan" end>
                Overview
              </NavLink>
            </li>
            {[...planPages, ...extraPlanPages].map((page) => (
              <li key={page.path}>
                <NavLink to={`/plan/${page.path}`}>{page.title}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="plan-page">
          <Routes>
            <Route index element={<PlanOverview extras={homeExtras} />} />
            {planPages.map((page) => (
              <Route key={page.path} path={page.path} element={pageElements[page.path]} />
            ))}
            {extraPlanPages.map(({ path, Page }) => (
              <Route key={path} path={path} element={<Page />} />
            ))}
            <Route path="*" element={<Navigate to="/plan" replace />} />
          </Routes>
        </div>
      </div>
      <UndoBar />
    </PlanStoreProvider>
  );
}
