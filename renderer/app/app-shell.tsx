import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createHashRouter, Link, Navigate, NavLink, Outlet, RouterProvider, useNavigate } from 'react-router';
import type { VaultStatus } from '../../shared/vault/vault-status';
import { CheckInsScreen } from '../features/check-ins/check-ins-screen';
import { PlanScreen } from '../features/plan/plan-screen';
import { MilestonesCard } from '../features/milestones/milestones-card';
import { TodayPanel } from '../features/today/today-panel';
import { ScreenLoading } from '../components/screen-loading';
import { DraftsProvider } from '../lib/drafts-context';
import { LockedCheckInsReview } from '../features/check-ins/locked-check-ins-review';
import { SlotsProvider } from '../lib/slots';
import { featureSlots } from './feature-slots';
import { onReminderClicked } from '../lib/reminder-clicks';
import { QuickCheckInDialog } from '../features/check-ins/quick-check-in-dialog';
import { checkInShortcut, lockShortcut, safetyPlanShortcut, strugglingShortcut } from '../lib/shortcuts';
import { StrugglingView } from '../features/crisis/struggling-view';
import { SaveProblem, SaveStatus } from './save-status';
import { SettingsArea } from './settings-area';
import { useActivityPings } from './use-activity-pings';

// The chart stack (and the PDF document, which draws charts) loads with the screens that use it.
const ProgressScreen = lazy(() =>
  import('../features/progress/progress-screen').then((module) => ({ default: module.ProgressScreen })),
);
const PdfExportScreen = lazy(() =>
  import('../features/pdf-export/pdf-export-screen').then((module) => ({ default: module.PdfExportScreen })),
);
// Questionnaires are answered every week or two: loaded when opened.
const QuestionnairesScreen = lazy(() =>
  import('../features/questionnaires/questionnaires-screen').then((module) => ({
    default: module.QuestionnairesScreen,
  })),
);
// Used once or twice in a vault's life: loaded when opened, not with every start.
const ImportScreen = lazy(() =>
  import('../features/check-in-import/import-screen').then((module) => ({ default: module.ImportScreen })),
);

const areas = [
  { path: '/plan', label: 'Plan' },
  { path: '/check-ins', label: 'Check-ins' },
  { path: '/progress', label: 'Progress' },
  { path: '/questionnaires', label: 'Questionnaires' },
  { path: '/export', label: 'Export' },
  { path: '/settings', label: 'Settings' },
] as const;

const safetyPlanPath = '/plan/safety';

/**
 * App-wide shortcuts from any screen: lock (Ctrl/⌘+L), the safety plan (Ctrl/⌘+Shift+S), the
 * quick check-in (Ctrl/⌘+K).
 */
function ShellShortcuts({
  onLock,
  onQuickCheckIn,
  onStruggling,
}: {
  onLock(): void;
  onQuickCheckIn(): void;
  onStruggling(): void;
}) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'l' && !event.shiftKey) {
        event.preventDefault();
        onLock();
      } else if (key === 's' && event.shiftKey) {
        event.preventDefault();
        void navigate(safetyPlanPath);
      } else if (key === 'k' && !event.shiftKey) {
        event.preventDefault();
        onQuickCheckIn();
      } else if (key === 'h' && event.shiftKey) {
        event.preventDefault();
        onStruggling();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock, onQuickCheckIn, onStruggling, navigate]);
  return null;
}

interface ShellProps {
  status: VaultStatus;
  onLock(): void;
  /** A backup (or another program's version) replaced the vault's contents: the gate shows `message` and builds the app again. */
  onContentsReplaced(message: string): void;
}

const ShellContext = createContext<ShellProps | undefined>(undefined);

/**
 * The unlocked app: navigation, the Lock button and shortcut, and one area at a time. A data
 * router, so a screen with unsaved writing can ask before the person navigates away.
 */
export function AppShell(props: ShellProps) {
  useActivityPings(true);
  const router = useMemo(
    () =>
      createHashRouter([
        {
          element: <ShellLayout />,
          children: [
            {
              path: '/plan/*',
              element: (
                <PlanScreen
                  homeExtras={
                    <>
                      <TodayPanel />
                      <MilestonesCard />
                    </>
                  }
                />
              ),
            },
            { path: '/check-ins', element: <CheckInsScreen /> },
            { path: '/progress', element: <ProgressScreen /> },
            { path: '/questionnaires', element: <QuestionnairesScreen /> },
            { path: '/questionnaires/:form', element: <QuestionnairesScreen /> },
            { path: '/export', element: <PdfExportScreen /> },
            { path: '/settings', element: <SettingsRoute /> },
            { path: '/settings/import', element: <ImportScreen /> },
            { path: '*', element: <Navigate to="/plan" replace /> },
          ],
        },
      ]),
    [],
  );
  return (
    <ShellContext.Provider value={props}>
      <SlotsProvider slots={featureSlots}>
        <DraftsProvider>
          <RouterProvider router={router} />
        </DraftsProvider>
      </SlotsProvider>
    </ShellContext.Provider>
  );
}

function useShell(): ShellProps {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('The shell layout needs the AppShell above it.');
  return shell;
}

function SettingsRoute() {
  const { status, onContentsReplaced } = useShell();
  return <SettingsArea status={status} onRestored={onContentsReplaced} />;
}

function ShellLayout() {
  const { onLock, onContentsReplaced } = useShell();
  const [quickCheckInOpen, setQuickCheckInOpen] = useState(false);
  const [strugglingOpen, setStrugglingOpen] = useState(false);
  const openStruggling = useCallback(() => setStrugglingOpen(true), []);
  const openQuickCheckIn = useCallback(() => setQuickCheckInOpen(true), []);
  const navigate = useNavigate();
  useEffect(
    () =>
      onReminderClicked((target) => {
        if (target === 'quick-check-in') openQuickCheckIn();
        else void navigate('/plan');
      }),
    [openQuickCheckIn, navigate],
  );
  return (
    <>
      <ShellShortcuts onLock={onLock} onQuickCheckIn={openQuickCheckIn} onStruggling={openStruggling} />
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to content
      </a>
      <div className="shell">
        <header className="topbar">
          <span className="brand">Waypoint</span>
          <nav aria-label="Main">
            <ul>
              {areas.map((area) => (
                <li key={area.path}>
                  <NavLink to={area.path}>{area.label}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="topbar-end">
            <SaveStatus />
            <button
              type="button"
              className="button-secondary"
              onClick={openQuickCheckIn}
              aria-keyshortcuts={checkInShortcut.aria}
              title={`A quick check-in from anywhere (${checkInShortcut.label})`}
            >
              Check in <kbd>{checkInShortcut.label}</kbd>
            </button>
            <button
              type="button"
              className="struggling-button"
              onClick={openStruggling}
              aria-keyshortcuts={strugglingShortcut.aria}
              title={`My plan for a hard moment, from anywhere (${strugglingShortcut.label})`}
            >
              I’m struggling
            </button>
            <Link
              to={safetyPlanPath}
              className="safety-plan-link"
              aria-keyshortcuts={safetyPlanShortcut.aria}
              title={`Open your safety plan from anywhere (${safetyPlanShortcut.label})`}
            >
              Safety plan
            </Link>
            <button type="button" className="button-secondary" onClick={onLock} aria-keyshortcuts={lockShortcut.aria}>
              Lock <kbd>{lockShortcut.label}</kbd>
            </button>
          </div>
        </header>
        <SaveProblem onContentsReplaced={onContentsReplaced} />
        <main id="main-content" className="content" tabIndex={-1}>
          <LockedCheckInsReview />
          <Suspense fallback={<ScreenLoading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      {quickCheckInOpen && <QuickCheckInDialog onClose={() => setQuickCheckInOpen(false)} />}
      {strugglingOpen && <StrugglingView onClose={() => setStrugglingOpen(false)} />}
    </>
  );
}
