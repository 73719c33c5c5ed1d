import { defineConfig } from 'prisma/config';

// Migrations are applied by scripts/db-migrate.ts through the WASM schema engine,
// so the CLI only needs the schema path (for `prisma generate`).
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
