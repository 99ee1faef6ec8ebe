import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['src/**/*.test.{ts,tsx}'];

const boundary = (group, message) => ({ group, message });

// Test helpers live in src/testing; they may import any part, and nothing shipped imports them.
const NO_TEST_HELPERS = boundary(
  ['**/testing/**'],
  'Production code does not import the test helpers.',
);

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

/**
 * A part's boundaries. A later config replaces an earlier one's `no-restricted-imports`, so each
 * file set gets exactly one: production files the part's rules plus NO_TEST_HELPERS, its tests
 * `testPatterns`.
 */
const part = (dir, patterns, testPatterns = patterns) => [
  restrict([`${dir}/**`], [...patterns, NO_TEST_HELPERS], TESTS),
  restrict([`${dir}/**/*.test.{ts,tsx}`], testPatterns),
];

/**
 * A feature imports only the app's shared layers and its own folder (the model and the embed
 * protocol live outside src/app); the pages compose features and pass them what they need.
 */
const FEATURES = readdirSync('src/app/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/app/features/${feature}`,
  from: './src/app',
  except: ['./api', './components', './lib', './i18n', `./features/${feature}`],
  message: 'A feature imports no other feature and no page; the page composes them.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: featureZones }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The three parts of src/ and their one shared piece: the model imports nothing of the others.
  ...part('src/model', [
    boundary(
      ['**/app/**', '**/bff/**', '**/fake-lightfield/**'],
      'The shared model imports neither the app nor the BFF.',
    ),
    boundary(
      ['react', 'react-dom', 'hono', 'hono/*', 'msw', 'msw/*'],
      'The shared model is framework-free.',
    ),
  ]),
  ...part(
    'src/app',
    [
      boundary(
        ['**/bff/**', '**/fake-lightfield/**'],
        'The browser app talks to the BFF over HTTP only.',
      ),
    ],
    [],
  ),
  ...part('src/bff', [boundary(['**/app/**'], 'The BFF does not import the browser app.')]),
  ...part('src/fake-lightfield', [
    boundary(['**/app/**', '**/bff/**'], 'The fake Lightfield stands alone, like the real one.'),
  ]),
  ...part('src/embed', []),
);
