// Page weight from Lighthouse's network records, and what each JavaScript chunk of the
// `next build` output holds, so a benchmark can say which client components ship.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Result } from 'lighthouse';

export type Resource = {
  url: string;
  resourceType: string;
  // Bytes on the wire as Chrome saw them: compressed body plus response headers.
  transferSize: number;
  // Decompressed body.
  resourceSize: number;
};

export type PageWeight = {
  jsBytes: number;
  totalBytes: number;
  // React Server Component payloads fetched by <Link> prefetching (`?_rsc=`), part of the total.
  prefetchBytes: number;
  resources: Resource[];
};

export function pageWeightOf(lhr: Result): PageWeight {
  const details = lhr.audits['network-requests']?.details;
  const items = details?.type === 'table' ? details.items : [];
  const resources = items.flatMap((item): Resource[] => {
    if (typeof item.url !== 'string' || item.url.startsWith('data:') || item.url.startsWith('blob:'))
      return [];
    return [
      {
        url: item.url,
        resourceType: typeof item.resourceType === 'string' ? item.resourceType : 'Other',
        transferSize: typeof item.transferSize === 'number' ? item.transferSize : 0,
        resourceSize: typeof item.resourceSize === 'number' ? item.resourceSize : 0,
      },
    ];
  });
  const sum = (list: Resource[]) => list.reduce((total, r) => total + r.transferSize, 0);
  return {
    jsBytes: sum(resources.filter((r) => r.resourceType === 'Script')),
    totalBytes: sum(resources),
    prefetchBytes: sum(resources.filter((r) => r.resourceType === 'Fetch' && r.url.includes('_rsc='))),
    resources,
  };
}

// Chunk path ("/_next/static/chunks/abc.js") → what it contains, in words.
export type ChunkCatalogue = { describe(chunkPath: string): string };

// Strings that identify library code Next's manifests do not name (they list only
// client references, not what those import).
const markers: { pattern: RegExp; label: string }[] = [
  { pattern: /__reactContainer\$/, label: 'React DOM' },
  { pattern: /"resolved_model"/, label: 'React Server Components client (Flight)' },
  { pattern: /NEXT_REDIRECT/, label: 'Next navigation errors (redirect, notFound)' },
  {
    pattern: /customElements\.define\("altcha-widget"/,
    label: 'altcha widget library (import() after hydration)',
  },
  { pattern: /"Terverifikasi"/, label: 'altcha Indonesian strings (altcha/i18n/id, import())' },
  { pattern: /"metaDescription"/, label: 'UI messages (messages/*.json)' },
];

export function readChunkCatalogue(distDir = '.next'): ChunkCatalogue {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
    polyfillFiles?: string[];
  };
  const rootMain = new Set((buildManifest.rootMainFiles ?? []).map((file) => `/_next/${file}`));
  const polyfills = new Set((buildManifest.polyfillFiles ?? []).map((file) => `/_next/${file}`));
  const clientModules = readClientModules(path.join(distDir, 'server', 'app'));

  return {
    describe(chunkPath) {
      const parts: string[] = [];
      if (polyfills.has(chunkPath)) return 'legacy polyfills (nomodule; modern browsers skip it)';
      if (rootMain.has(chunkPath)) parts.push('runtime on every page');
      if (path.basename(chunkPath).startsWith('turbopack-')) parts.push('Turbopack chunk loader');
      let source = '';
      try {
        source = readFileSync(path.join(distDir, chunkPath.replace(/^\/_next\//, '')), 'utf8');
      } catch {
        return 'not in this build (stale server or a rebuild during the run?)';
      }
      for (const { pattern, label } of markers) if (pattern.test(source)) parts.push(label);
      const defined = definedModuleIds(source);
      const ours = new Set<string>();
      const packages = new Set<string>();
      for (const [modulePath, id] of clientModules) {
        if (!defined.has(id)) continue;
        const relative = modulePath.replace(/^\[project\]\//, '');
        const inPackage = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(relative);
        if (inPackage?.[1]) packages.add(inPackage[1]);
        else ours.add(relative);
      }
      if (ours.size > 0) parts.push(`ours: ${[...ours].sort().join(', ')}`);
      if (packages.size > 0) parts.push(`client references from ${[...packages].sort().join(', ')}`);
      return parts.length > 0 ? parts.join('; ') : 'unidentified';
    },
  };
}

// Every client reference any route knows: module path → Turbopack module id.
function readClientModules(serverAppDir: string): Map<string, number> {
  const modules = new Map<string, number>();
  const files = readdirSync(serverAppDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('_client-reference-manifest.js'),
  );
  for (const file of files) {
    // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route].
    const sandbox: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: unknown }> }> } =
      {};
    vm.runInNewContext(readFileSync(path.join(serverAppDir, file), 'utf8'), sandbox);
    for (const route of Object.values(sandbox.__RSC_MANIFEST ?? {}))
      for (const [modulePath, entry] of Object.entries(route.clientModules ?? {}))
        if (typeof entry.id === 'number') modules.set(modulePath, entry.id);
  }
  return modules;
}

// A production Turbopack chunk is `TURBOPACK.push([script, id, factory, id, factory, …])`.
function definedModuleIds(source: string): Set<number> {
  const ids = new Set<number>();
  for (const match of source.matchAll(/[,[](\d+),(?:\([\w$,]*\)|[\w$]+)=>/g)) ids.add(Number(match[1]));
  return ids;
}

export const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
