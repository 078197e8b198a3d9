import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PlanScreen } from '../../../renderer/features/plan/plan-screen';
import { IpcClientProvider } from '../../../renderer/lib/ipc-context';
import { fakePlanService } from '../fake-plan-service';

/** Renders the Plan area at `path` over an in-memory plan service. */
export function renderPlan(path: string, service = fakePlanService()) {
  render(
    <IpcClientProvider client={service.client}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/plan/*" element={<PlanScreen />} />
        </Routes>
      </MemoryRouter>
    </IpcClientProvider>,
  );
  return service;
}
