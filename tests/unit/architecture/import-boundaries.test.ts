import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'resources/build/eslint.config.js') });

async function boundaryErrors(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return result?.messages.filter((message) => message.ruleId === 'no-restricted-imports').length ?? 0;
}

const importing = (specifier: string) => `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('the dependency rule in DESIGN is enforced by lint', () => {
  it.each([
    ['shared/vault/x.ts', 'node:fs', 'shared importing Node'],
    ['shared/vault/x.ts', 'electron', 'shared importing Electron'],
    ['shared/vault/x.ts', 'react', 'shared importing React'],
    ['shared/vault/x.ts', '../../electron/vault/vault-file', 'shared importing main code'],
    ['shared/vault/x.ts', '../../renderer/lib/ipc-client', 'shared importing renderer code'],
    ['renderer/lib/x.ts', '../../electron/vault/vault-file', 'renderer importing main code'],
    ['renderer/lib/x.ts', 'electron', 'renderer importing Electron'],
    ['renderer/lib/x.ts', 'node:path', 'renderer importing Node'],
    ['renderer/components/x.tsx', '../features/plan/plan-screen', 'a component importing a feature'],
    ['renderer/features/plan/x.tsx', '../check-ins/check-ins-screen', 'one feature importing another'],
    [
      'renderer/features/plan/components/x.tsx',
      '../../check-ins/check-ins-screen',
      'a nested feature file importing another',
    ],
    ['renderer/features/plan/x.tsx', '../../app/app-shell', 'a feature importing app'],
    ['electron/vault/x.ts', 'electron', 'a main module other than the two entry files importing Electron'],
    ['electron/ipc/x.ts', '../../renderer/lib/ipc-client', 'main importing renderer code'],
  ])('%s may not import %s (%s)', async (file, specifier) => {
    expect(await boundaryErrors(file, importing(specifier))).toBeGreaterThan(0);
  });

  it.each([
    ['renderer/features/plan/x.tsx', '../../components/notice'],
    ['renderer/features/plan/x.tsx', '../../../shared/ipc/contract'],
    ['renderer/features/plan/x.tsx', './plan-section'],
    ['electron/vault/x.ts', '../../shared/ipc/error-codes'],
    ['electron/main/index.ts', 'electron'],
    ['electron/preload/index.ts', 'electron'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await boundaryErrors(file, importing(specifier))).toBe(0);
  });
});
