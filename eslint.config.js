import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Architecture: only src/state talks to zustand; only src/data knows URLs and fetches.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'zustand', message: 'Only src/state/ imports zustand.' }] }],
    },
  },
  {
    // Selectors and domain are pure: no React, no store, no fetching.
    files: ['src/selectors/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'Selectors and domain are pure functions.' },
            { name: 'zustand', message: 'Selectors and domain are pure functions.' },
          ],
          patterns: [{ group: ['../components/*', '../state/ui-store', '../data/*'], message: 'Selectors and domain do not depend on UI or fetching.' }],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document'],
    },
  },
);
