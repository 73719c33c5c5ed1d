import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

// The package is a wasm-bindgen "bundler" build: it expects a bundler to wire the
// .wasm module to its JS glue. We do that wiring once, by hand, so migrations run
// without the Rust schema-engine binary the Prisma CLI would download.
let initialised: Promise<void> | undefined;

async function initialiseWasm(): Promise<void> {
  // From the working directory: bundlers rewrite import.meta.resolve, not the file system.
  const wasmPath = path.join(
    process.cwd(),
    'node_modules',
    '@prisma',
    'schema-engine-wasm',
    'schema_engine_bg.wasm',
  );
  const bytes = await readFile(wasmPath);
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === 'function') start();
}

export async function startSchemaEngine(
  datamodel: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  initialised ??= initialiseWasm();
  await initialised;
  const ignoreLogs = () => undefined;
  return engineBindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    ignoreLogs,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
