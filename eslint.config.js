// Lint: zero warnings (npm run lint passes --max-warnings 0), and the layer boundaries of
// docs/ARCHITECTURE.md: nothing below imports anything above, and the renderer knows only the
// API contract.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The db/api modules the renderer may import: pure TypeScript and zod, shared by both sides. */
const SHARED_API = [
  'contract',
  'validation',
  'bridge',
  'chart-schema',
  'clinical',
  'file-name',
  'home-care',
  'ndi',
  'progress',
];
const SHARED_API_FILES = SHARED_API.map((name) => `db/api/${name}.ts`);
/** What the shared modules may import of each other (validation is for the API's callers). */
const SHARED_API_IMPORTS = SHARED_API.filter((name) => name !== 'validation').join('|');

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_')).flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      '.native/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
      '.ci/node/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{ts,js,mjs}'],
    ignores: ['renderer/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the main process only through the API client.' },
            { name: 'better-sqlite3', message: 'The renderer never touches the database; use the API client.' },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a browser sandbox: no Node modules.',
            })),
          ],
          patterns: [
            {
              regex: `(^|/)db/(?!api/(${SHARED_API.join('|')})$)`,
              message: 'From db/ the renderer may import only the API contract and validation messages.',
            },
            { group: ['**/electron/**'], message: 'The renderer never imports the Electron shell.' },
          ],
        },
      ],
    },
  },
  {
    files: SHARED_API_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!zod$|\\./(${SHARED_API_IMPORTS})$)`,
              message: 'The contract is shared with the renderer: it may import zod and its own files only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    ignores: SHARED_API_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'db/ runs in plain Node too (tests, serve): no Electron.' }],
          patterns: [
            { group: ['**/electron/**', '**/renderer/**'], message: 'db/ must not import the layers above it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'The main process does not import renderer code.' }] },
      ],
    },
  },
);
