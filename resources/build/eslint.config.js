// Lint rules, including the dependency rule from DESIGN: renderer -> shared <- electron,
// only two files import Electron, and no renderer feature imports another.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '../..');
const features = ['check-in-import', 'check-ins', 'pdf-export', 'plan', 'progress', 'settings', 'vault'];
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'module', 'url', 'util', 'stream', 'events'];

const importRule = (patterns, paths = []) => ['error', { paths, patterns }];
const forbid = (group, message) => ({ group, message });
const mainOnly = 'Main never imports renderer code (the print view is loaded by URL).';

/** What every renderer file is held to; folders below add their own limits. */
const rendererBasics = [
  forbid(['electron', 'electron/*', '**/electron/**'], 'The renderer reaches main only through the typed IPC client.'),
  forbid(['node:*', ...nodeBuiltins], 'The renderer is sandboxed: no Node modules.'),
];

export default tseslint.config(
  { basePath: root },
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': importRule([
        forbid(['electron', 'electron/*'], 'shared/ runs in main and renderer alike: no Electron.'),
        forbid(['node:*', ...nodeBuiltins], 'shared/ runs in the renderer too: no Node modules.'),
        forbid(['react', 'react-dom', 'react-dom/*', 'react-router'], 'shared/ holds no UI code.'),
        forbid(['**/electron/**', '**/renderer/**'], 'shared/ imports no app code.'),
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule([...rendererBasics]),
    },
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}', 'renderer/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule([
        ...rendererBasics,
        forbid(
          ['**/features/**', '**/app/**'],
          'components/ and lib/ sit below features and app: they import neither.',
        ),
      ]),
    },
  },
  ...features.map((feature) => ({
    files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': importRule([
        ...rendererBasics,
        forbid(
          features
            .filter((other) => other !== feature)
            .flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]),
          'Features do not import each other: move what they share to components/ or lib/.',
        ),
        forbid(['**/app/**'], 'Features sit below app/: they do not import it.'),
      ]),
    },
  })),
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': importRule([
        forbid(
          ['electron', 'electron/*'],
          'Only electron/main/index.ts and electron/preload/index.ts import Electron; put OS needs behind the Host port.',
        ),
        forbid(['**/renderer/**', 'react', 'react-dom'], mainOnly),
      ]),
    },
  },
  {
    files: ['electron/main/index.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': importRule([forbid(['**/renderer/**', 'react', 'react-dom'], mainOnly)]),
    },
  },
);
