import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The app's zod is configured for the Content-Security-Policy (no eval) before any schema exists.
const ZOD_VIA_DOMAIN = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Import z from src/domain/zod.ts (configured for the CSP: no eval).',
};

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
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zustand', message: 'Only src/state/ imports zustand.' }, ZOD_VIA_DOMAIN],
          // Its subpaths too (zustand/react/shallow…): src/state offers useUiPick for several values.
          patterns: [{ group: ['zustand/*'], message: 'Only src/state/ imports zustand.' }],
        },
      ],
    },
  },
  {
    // The store sits below the interface: it knows domain types, never messages, components or the app.
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD_VIA_DOMAIN],
          patterns: [
            {
              group: ['../i18n/*', '../components/*', '../app/*', '../selectors/*', '../data/*'],
              message: 'src/state depends on src/domain only.',
            },
          ],
        },
      ],
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
            ZOD_VIA_DOMAIN,
          ],
          patterns: [
            {
              group: ['../components/*', '../state/ui-store', '../data/*'],
              message: 'Selectors and domain do not depend on UI or fetching.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'fetch', 'window', 'document'],
    },
  },
  {
    // Domain is the bottom layer: everything may import it, it imports nothing of the app.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'Domain is pure.' }, { name: 'zustand', message: 'Domain is pure.' }, ZOD_VIA_DOMAIN],
          patterns: [{ group: ['../*'], message: 'src/domain imports only src/domain.' }],
        },
      ],
    },
  },
  {
    // Text from the data is rendered as text only, and the CSP forbids eval: keep both true in code.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text: no dangerouslySetInnerHTML.' },
        { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Render data as text: no innerHTML/outerHTML.' },
        {
          selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]',
          message: 'Render data as text: no HTML string insertion.',
        },
      ],
    },
  },
  {
    // The one place that imports zod itself, to configure it.
    files: ['src/domain/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
