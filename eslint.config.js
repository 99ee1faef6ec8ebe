import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const boundary = (group, message) => ({ group, message });

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
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // The three parts of src/ and their one shared piece: the model imports nothing of the others.
  restrict(
    ['src/model/**'],
    [
      boundary(
        ['**/app/**', '**/bff/**', '**/fake-lightfield/**', '**/test/**'],
        'The shared model imports neither the app nor the BFF.',
      ),
      boundary(
        ['react', 'react-dom', 'hono', 'hono/*', 'msw', 'msw/*'],
        'The shared model is framework-free.',
      ),
    ],
  ),
  restrict(
    ['src/app/**'],
    [
      boundary(
        ['**/bff/**', '**/fake-lightfield/**'],
        'The browser app talks to the BFF over HTTP only.',
      ),
    ],
    ['src/app/**/*.test.{ts,tsx}'],
  ),
  restrict(['src/bff/**'], [boundary(['**/app/**'], 'The BFF does not import the browser app.')]),
  restrict(
    ['src/fake-lightfield/**'],
    [boundary(['**/app/**', '**/bff/**'], 'The fake Lightfield stands alone, like the real one.')],
  ),
);
