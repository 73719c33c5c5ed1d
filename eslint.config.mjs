import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Layers (DESIGN.md): routes and components reach data only through lib/<feature> services.
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db*', '@/lib/db*/**', '**/lib/db*', '**/lib/db*/**'],
              message: 'Call a lib/<feature> service instead of the database client (see DESIGN.md layers).',
            },
            {
              group: ['@prisma/*', 'pg', 'pg/**'],
              message: 'Database drivers belong in lib/db; app/ and components/ call lib/<feature> services.',
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'node_modules/**',
    '.data/**',
    'lib/db/generated/**',
    'test-results/**',
    'playwright-report/**',
    'coverage/**',
  ]),
]);
