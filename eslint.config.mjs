import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { featureEntriesPlugin } from './eslint/feature-entries.mjs';

const rawSqlMessage =
  'Raw SQL lives only in lib/<feature>/queries.ts or lib/<feature>/sql/ (Prisma.sql with $queryRaw/$executeRaw, ' +
  'one-line reason each) and the bulk API only in the import and seed bulk files; everything else uses the ' +
  'Prisma client (see lib/db/README.md).';

// Where SQL and the bulk API are allowed (lib/db/README.md).
const rawSqlAllowed = [
  'lib/**/queries.ts',
  'lib/**/sql/**',
  'lib/db/**',
  // The staff scope's SQL form: one fragment the query files splice in.
  'lib/staff/scope.ts',
  // The registry import's bulk path: COPY into staging tables, set-based merges, partitions and
  // the indexes rebuilt around them, in one SqlSession transaction.
  'lib/import/staging.ts',
  'lib/import/import-snapshot.ts',
  // The demo seed writes its registry through the same bulk writer (COPY).
  'lib/demo/seed/**',
  'scripts/**',
  'tests/**',
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // One data layer (lib/db/README.md): plain reads and writes through the Prisma client; SQL
    // only in a feature's queries.ts or sql/, and the bulk API (database.sql: COPY, staging
    // tables, partitions) only where the registry import and the demo seed load in bulk.
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    ignores: rawSqlAllowed,
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name=/^\\$(queryRaw|executeRaw)(Unsafe)?$/]',
          message: rawSqlMessage,
        },
        {
          // database.sql (the bulk SqlSession) and Prisma.sql (SQL text).
          selector: 'MemberExpression[property.name="sql"]',
          message: rawSqlMessage,
        },
        {
          selector: 'VariableDeclarator > ObjectPattern > Property[key.name="sql"]',
          message: rawSqlMessage,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@/lib/db', importNames: ['SqlSession'], message: rawSqlMessage },
            { name: 'pg', message: rawSqlMessage },
            { name: 'pg-copy-streams', message: rawSqlMessage },
            { name: '@electric-sql/pglite', message: rawSqlMessage },
          ],
        },
      ],
    },
  },
  {
    // Features meet through their entries (docs/architecture.md); tests may reach inside.
    // server.ts is left out: it runs outside Next's react-server graph and takes the front's plain module.
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**'],
    plugins: { feature: featureEntriesPlugin },
    rules: { 'feature/entries-only': 'error' },
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
  {
    // Where a journey runs is chosen by its tags (playwright.config.ts), so a skip in a report is news.
    files: ['tests/e2e/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='test'][property.name='skip']",
          message: 'Tag the test (@phone, @js, @no-js, @once) instead of skipping it by browser.',
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
    '.cache/**',
  ]),
]);
