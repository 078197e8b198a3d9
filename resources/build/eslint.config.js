// Lint rules, including the dependency rule from DESIGN: renderer -> shared <- electron,
// only two files import Electron, no renderer feature imports another, no import cycles, and
// main is reached only from each feature's api module (and lib/, which holds the data layer).
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '../..');
// Every folder of renderer/features is a feature: one added tomorrow is held to the rule at once.
const features = readdirSync(path.join(root, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'module', 'url', 'util', 'stream', 'events'];

const importRule = (patterns, paths = []) => ['error', { paths, patterns }];
const forbid = (group, message, importNames) => ({ group, message, ...(importNames && { importNames }) });
const mainOnly = 'Main never imports renderer code (the print view is loaded by URL).';

/** A screen reads and changes main's data through its feature's api module, never by itself. */
const dataThroughApi = [
  forbid(
    ['**/lib/ipc-context'],
    'Only api modules and lib/ reach main: ask the feature’s api.ts for a query or a change.',
    ['useIpcClient'],
  ),
  forbid(
    ['**/lib/ipc-query'],
    'Queries and changes are declared in the feature’s api.ts (see lib/data-flow.ts for what a change makes stale).',
    ['useIpcQuery', 'useIpcChange', 'useIpcChanges'],
  ),
];
const invokeOnlyInApi = [
  'error',
  {
    selector: "CallExpression[callee.property.name='invoke']",
    message: 'Only api modules and lib/ call main: ask the feature’s api.ts for a query or a change.',
  },
];

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
      'no-restricted-imports': importRule([...rendererBasics, ...dataThroughApi]),
      'no-restricted-syntax': invokeOnlyInApi,
    },
  },
  {
    files: ['renderer/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule([
        ...rendererBasics,
        forbid(
          ['**/features/**', '**/app/**'],
          'components/ and lib/ sit below features and app: they import neither.',
        ),
      ]),
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: ['renderer/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': importRule([
        ...rendererBasics,
        ...dataThroughApi,
        forbid(
          ['**/features/**', '**/app/**'],
          'components/ and lib/ sit below features and app: they import neither.',
        ),
      ]),
    },
  },
  ...features.flatMap((feature) => {
    const boundary = [
      ...rendererBasics,
      forbid(
        features
          .filter((other) => other !== feature)
          .flatMap((other) => [`**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]),
        'Features do not import each other: move what they share to components/ or lib/, or ask app/ for a slot (lib/slots.tsx).',
      ),
      forbid(['**/app/**'], 'Features sit below app/: they do not import it.'),
    ];
    return [
      {
        files: [`renderer/features/${feature}/**/*.{ts,tsx}`],
        rules: { 'no-restricted-imports': importRule([...boundary, ...dataThroughApi]) },
      },
      {
        files: [`renderer/features/${feature}/api.ts`],
        rules: { 'no-restricted-imports': importRule(boundary), 'no-restricted-syntax': 'off' },
      },
    ];
  }),
  {
    files: ['renderer/app/api.ts'],
    rules: { 'no-restricted-imports': importRule(rendererBasics), 'no-restricted-syntax': 'off' },
  },
  {
    // No import cycles anywhere: a cycle is two modules that cannot be understood apart.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // A function a newcomer can hold in mind: a longer one is split into named parts.
    files: ['**/*.{ts,tsx}'],
    ignores: ['tests/**'],
    rules: { 'max-lines-per-function': ['error', { max: 150 }] },
  },
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
