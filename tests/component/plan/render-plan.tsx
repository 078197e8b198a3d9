import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PlanScreen } from '../../../renderer/features/plan/plan-screen';
import { IpcClientProvider } from '../../../renderer/lib/ipc-context';
import { SettingsProvider } from '../../../renderer/lib/settings-context';
import { DraftsProvider } from '../../../renderer/lib/drafts-context';
import { memoryVaultClient, type MemoryVaultClient } from '../memory-vault-client';

/** Renders the Plan area at `path` over main's real handlers and an in-memory vault. */
export async function renderPlan(path: string, vault?: MemoryVaultClient): Promise<MemoryVaultClient> {
  const client = vault ?? (await memoryVaultClient());
  render(
    <IpcClientProvider client={client.client}>
      <SettingsProvider>
        <DraftsProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="/plan/*" element={<PlanScreen />} />
            </Routes>
          </MemoryRouter>
        </DraftsProvider>
      </SettingsProvider>
    </IpcClientProvider>,
  );
  return client;
}
