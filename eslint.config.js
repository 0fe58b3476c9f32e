// One lint configuration for the monorepo: typescript-eslint's recommended rules without type
// information (fast on a 2-core machine); typecheck covers the rest.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/build/**',
      '**/dist/**',
      '**/.jobforge/**',
      '**/.turbo/**',
      '**/coverage/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'warn',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/web/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The handle that bypasses row-level security is reachable only where it is meant to be used:
    // the database package, sign-in and sessions, and maintenance across users. Tests and tools may
    // use it to set up and inspect data.
    files: ['**/*.{ts,tsx}'],
    ignores: [
      'packages/db/src/**',
      'packages/auth/src/**',
      'packages/api/src/auth/**',
      'packages/api/src/middlewares/authenticate.ts',
      // A bearer token is looked up before the cross-site check lets a mutation through.
      'packages/api/src/middlewares/reject-cross-site.ts',
      // The calendar feed is opened by its secret token, before any user is known.
      'packages/api/src/calendar/render-feed.ts',
      'packages/api/src/operations/**',
      'packages/api/src/ai/recover-stale-runs.ts',
      'packages/api/src/ai/instance-usage.ts',
      'packages/api/src/ai/ai-service.ts',
      'packages/api/src/create-api.ts',
      'packages/api/src/context.ts',
      'scripts/**',
      '**/test/**',
      '**/bench/**',
      '**/*.test.ts',
      '**/*.bench.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='bypassRls']",
          message:
            'bypassRls skips row-level security; use withUser(database, userId, fn). Only sign-in and maintenance modules may use it.',
        },
        {
          selector: "MemberExpression[property.name='adminDatabase']",
          message:
            'adminDatabase skips row-level security; procedures use ctx.db or withUser(ctx.services.database, ...).',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@jobforge/db',
              importNames: ['AdminDatabase', 'AdminDb'],
              message: 'The privileged handle belongs to sign-in and maintenance modules only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests reach into untyped corners on purpose (malformed inputs, router internals).
    files: ['**/test/**', '**/*.test.ts', '**/*.test.tsx', '**/bench/**', '**/testing/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
