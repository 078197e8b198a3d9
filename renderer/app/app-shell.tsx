import { lazy, Suspense, useEffect } from 'react';
import { HashRouter, Link, NavLink, Navigate, Route, Routes, useNavigate } from 'react-router';
import type { VaultStatus } from '../../shared/vault/vault-status';
import { CheckInsScreen } from '../features/check-ins/check-ins-screen';
import { PlanScreen } from '../features/plan/plan-screen';
import { MilestonesCard } from '../features/progress/milestones-card';
import { SettingsScreen } from '../features/settings/settings-screen';
import { ScreenLoading } from '../components/screen-loading';
import { SettingsProvider } from '../lib/settings-context';
import { lockShortcut, safetyPlanShortcut } from '../lib/shortcuts';
import { SaveStatus } from './save-status';
import { useActivityPings } from './use-activity-pings';

// The chart stack (and the PDF document, which draws charts) loads with the screens that use it.
const ProgressScreen = lazy(() =>
  import('../features/progress/progress-screen').then((module) => ({ default: module.ProgressScreen })),
);
const ExportArea = lazy(() => import('./export-area').then((module) => ({ default: module.ExportArea })));

const areas = [
  { path: '/plan', label: 'Plan' },
  { path: '/check-ins', label: 'Check-ins' },
  { path: '/progress', label: 'Progress' },
  { path: '/export', label: 'Export' },
  { path: '/settings', label: 'Settings' },
] as const;

const safetyPlanPath = '/plan/safety';
const newCheckInPath = '/check-ins?new';

/** App-wide shortcuts from any screen: lock (Ctrl/⌘+L), the safety plan (Ctrl/⌘+Shift+S), a new check-in (Ctrl/⌘+K). */
function ShellShortcuts({ onLock }: { onLock(): void }) {
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
        void navigate(newCheckInPath);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onLock, navigate]);
  return null;
}

/** The unlocked app: navigation, the Lock button and shortcut, and one area at a time. */
export function AppShell({ status, onLock }: { status: VaultStatus; onLock(): void }) {
  useActivityPings(true);
  return (
    <SettingsProvider>
      <HashRouter>
        <ShellShortcuts onLock={onLock} />
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
          <main id="main-content" className="content" tabIndex={-1}>
            <Suspense fallback={<ScreenLoading />}>
              <Routes>
                <Route path="/plan/*" element={<PlanScreen homeExtras={<MilestonesCard />} />} />
                <Route path="/check-ins" element={<CheckInsScreen />} />
                <Route path="/progress" element={<ProgressScreen />} />
                <Route path="/export" element={<ExportArea />} />
                <Route
                  path="/settings"
                  element={<SettingsScreen vaultPath={status.vaultPath} backupFolder={status.backupFolder} />}
                />
                <Route path="*" element={<Navigate to="/plan" replace />} />
              </Routes>
            </Suspense>
          </main>
        </div>
      </HashRouter>
    </SettingsProvider>
  );
}
