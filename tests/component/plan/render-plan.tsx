import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PlanScreen } from '../../../renderer/features/plan/plan-screen';
import { AppProviders } from '../../../renderer/app/app-providers';
import { DraftsProvider } from '../../../renderer/lib/drafts-context';
import { memoryVaultClient, type MemoryVaultClient } from '../memory-vault-client';

/** Renders the Plan area at `path` over main's real handlers and an in-memory vault. */
export async function renderPlan(path: string, vault?: MemoryVaultClient): Promise<MemoryVaultClient> {
  const client = vault ?? (await memoryVaultClient());
  render(
    <AppProviders client={client.client}>
      <DraftsProvider>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/plan/*" element={<PlanScreen />} />
          </Routes>
        </MemoryRouter>
      </DraftsProvider>
    </AppProviders>,
  );
  return client;
}
