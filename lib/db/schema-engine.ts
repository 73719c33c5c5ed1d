import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
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

// The engine takes a session-level advisory lock on PostgreSQL to migrate and neither
// releases it nor disposes the connections it opened: the lock would stay with an idle
// connection for the life of the process, and every other process's migrations (an
// `npm run import` while the portal runs) would time out waiting for it. So each run
// disposes the adapters it connected, which ends their connections and the lock.
export async function withSchemaEngine<T>(
  datamodel: { path: string; content: string },
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  initialised ??= initialiseWasm();
  await initialised;
  const connected: SqlDriverAdapter[] = [];
  const remember = <Adapter extends SqlDriverAdapter>(adapter: Adapter) => {
    connected.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  const ignoreLogs = () => undefined;
  const engine = await engineBindings.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    ignoreLogs,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(connected.map((adapter) => adapter.dispose()));
  }
}
