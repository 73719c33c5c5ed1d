// npm run bench:pages [-- --runs 3 --reports <dir>]: page weight and Lighthouse (mobile)
// scores of the lookup page (/cek, first visit) and the result page (/cek/hasil after a
// real lookup), with the home page (/) as the framework floor. Runs `next start` on an
// embedded database in a temporary folder. Bytes are Lighthouse's network records: what
// Chromium received (gzip from `next start`, plus headers). Scores are medians of --runs.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Result } from 'lighthouse';
import {
  categoryScore,
  metricIds,
  metricValue,
  runLighthouse,
  shortfalls,
  type CategoryId,
  type Shortfall,
} from './support/lighthouse-run';
import { childProcessGroup, startWatchdog } from './support/cleanup-watchdog';
import { buildIfNeeded, startNext } from './support/next-server';
import { kib, pageWeightOf, readChunkCatalogue, type PageWeight } from './support/page-weight';
import { resultPageCookieHeader } from './support/result-cookies';
import { freePort } from './support/throwaway-postgres';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, reports: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs));
// docs/demo-residents.md #7: found by exact name, receiving BPNT and PBI JK.
const resident = { villageCode: '35.78.05.1003', fullName: 'Sri Wahyuni' };
const generous = '100000';

type PageId = 'home' | 'lookup' | 'result';
type Measured = { lhr: Result; weight: PageWeight };
const pagePaths: Record<PageId, string> = { home: '/', lookup: '/cek', result: '/cek/hasil' };

buildIfNeeded();
// Others may rebuild .next while this runs (the e2e web server runs `npm run build`).
const readBuildId = () => readFileSync('.next/BUILD_ID', 'utf8').trim();
const buildId = readBuildId();
const workDir = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
const watchdog = startWatchdog(workDir);
let server: { stop(): void } | null = null;
let serverGroup: number | null = null;
// Stops the server if it runs; true when it did, so the caller can let it shut down.
const stopServer = () => {
  const running = server;
  server = null;
  running?.stop();
  if (serverGroup !== null) watchdog.untrack(serverGroup);
  serverGroup = null;
  return running !== null;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
// The watchdog stops the server and Chromium, and removes the folder, once this process is gone.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

try {
  const port = await freePort();
  const next = await startNext(port, {
    PORTAL_DATA_DIR: path.join(workDir, 'data'),
    PORTAL_SEED_PERSONS: '2000',
    PORTAL_POW_COST: '250000',
    PORTAL_RATE_IP_PER_MINUTE: generous,
    PORTAL_RATE_FORM_TOKEN_PER_MINUTE: generous,
    PORTAL_RATE_CHALLENGE_PER_MINUTE: generous,
  });
  server = next;
  serverGroup = childProcessGroup(`server.ts -p ${port}`);
  if (serverGroup !== null) watchdog.track(serverGroup);
  const cookie = await resultPageCookieHeader(next.url, resident);
  const headers: Record<PageId, Record<string, string>> = {
    home: {},
    lookup: {},
    result: { Cookie: cookie },
  };

  const measured: Record<PageId, Measured[]> = { home: [], lookup: [], result: [] };
  // Interleaved, so background load on the machine spreads over all pages alike.
  for (let run = 1; run <= runs; run++) {
    for (const page of ['home', 'lookup', 'result'] as const) {
      const url = new URL(pagePaths[page], next.url).toString();
      // Lighthouse now and then loses the trace of a load (NO_NAVSTART); one retry.
      const lhr = await runLighthouse(url, headers[page], watchdog).catch(() =>
        runLighthouse(url, headers[page], watchdog),
      );
      if (new URL(lhr.finalDisplayedUrl).pathname !== pagePaths[page])
        throw new Error(`${page}: Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${pagePaths[page]}`);
      measured[page].push({ lhr, weight: pageWeightOf(lhr) });
      console.log(`run ${run}/${runs} ${page}: performance ${categoryScore(lhr, 'performance')}`);
      if (values.reports) {
        mkdirSync(values.reports, { recursive: true });
        writeFileSync(path.join(values.reports, `${page}-${run}.json`), JSON.stringify(lhr));
      }
    }
  }
  // Stopped before printing, so the server's shutdown output cannot follow the JSON line.
  if (stopServer()) await settle();
  const buildNow = readBuildId();
  if (buildNow !== buildId)
    console.warn(`WARNING: .next was rebuilt during the run (${buildId} → ${buildNow}); run again.`);
  report(measured);
} finally {
  if (stopServer()) await settle();
  watchdog.stop();
}

function report(measured: Record<PageId, Measured[]>): void {
  const catalogue = readChunkCatalogue();
  const pages = ['home', 'lookup', 'result'] as const;
  const summary = (page: PageId) => {
    const list = measured[page];
    const score = (id: CategoryId) => median(list.map((m) => categoryScore(m.lhr, id)));
    return {
      js_kb: kib(median(list.map((m) => m.weight.jsBytes))),
      total_kb: kib(median(list.map((m) => m.weight.totalBytes))),
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
    };
  };

  const first = measured.lookup[0]?.lhr;
  const benchmarkIndex = median(
    pages.flatMap((p) => measured[p].map((m) => m.lhr.environment.benchmarkIndex)),
  );
  console.log(
    `\nLighthouse ${first?.lighthouseVersion}, mobile defaults (simulated slow 4G, 4x CPU slowdown), ` +
      `${/Chrome\/[\d.]+/.exec(first?.environment.hostUserAgent ?? '')?.[0]}, median of ${runs} run(s) ` +
      `on a shared ${availableParallelism()}-core machine (benchmarkIndex ${Math.round(benchmarkIndex)}). ` +
      `kB = 1024 bytes as transferred (gzip body + headers); /cek is a first visit (no remembered village). ` +
      `Build ${buildId}.`,
  );
  const rows = pages.map((page) => {
    const s = summary(page);
    const scores = (id: CategoryId) => measured[page].map((m) => categoryScore(m.lhr, id)).join('/');
    const metric = (id: (typeof metricIds)[number]) =>
      median(measured[page].map((m) => metricValue(m.lhr, id)));
    return {
      page: `${page} ${pagePaths[page]}`,
      'JS kB': s.js_kb,
      'total kB': s.total_kb,
      'prefetch kB': kib(median(measured[page].map((m) => m.weight.prefetchBytes))),
      requests: measured[page][0]?.weight.resources.length ?? 0,
      perf: `${s.performance} (${scores('performance')})`,
      a11y: `${s.accessibility} (${scores('accessibility')})`,
      'best pr.': `${s.best_practices} (${scores('best-practices')})`,
      'FCP ms': Math.round(metric('first-contentful-paint')),
      'LCP ms': Math.round(metric('largest-contentful-paint')),
      'TBT ms': Math.round(metric('total-blocking-time')),
      CLS: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      'SI ms': Math.round(metric('speed-index')),
    };
  });
  console.table(rows);

  for (const page of pages) {
    const first = measured[page][0];
    if (!first) continue;
    console.log(`\n${page} ${pagePaths[page]}: resources of run 1 (transfer kB / decoded kB)`);
    for (const resource of first.weight.resources) {
      const { pathname, search } = new URL(resource.url);
      const what = resource.resourceType === 'Script' ? `  ${catalogue.describe(pathname)}` : '';
      console.log(
        `  ${resource.resourceType.padEnd(10)} ${String(kib(resource.transferSize)).padStart(6)} / ${String(kib(resource.resourceSize)).padStart(6)}  ${pathname}${search}${what}`,
      );
    }
  }

  console.log('\nAudits below full score ("n/N": runs it fell short in; items from the first such run)');
  for (const page of pages) {
    const seen = new Map<string, { shortfall: Shortfall; count: number }>();
    for (const { lhr } of measured[page])
      for (const shortfall of shortfalls(lhr)) {
        const key = `${shortfall.category}/${shortfall.id}`;
        const entry = seen.get(key);
        if (entry) entry.count++;
        else seen.set(key, { shortfall, count: 1 });
      }
    const all = [...seen.values()];
    console.log(`  ${page} ${pagePaths[page]}:${all.length === 0 ? ' none' : ''}`);
    // Weighted audits cost points; the rest are diagnostics that explain them.
    for (const weighted of [true, false]) {
      const list = all.filter(({ shortfall }) => shortfall.weight > 0 === weighted);
      if (list.length > 0) console.log(weighted ? '    costing points:' : '    diagnostics (weight 0):');
      for (const { shortfall: s, count } of list) {
        const weight = weighted ? `weight ${s.weight}, ` : '';
        console.log(
          `      [${s.category}] ${s.id} (${weight}score ${s.score}, ${count}/${runs})` +
            `${s.displayValue ? ` ${s.displayValue}` : ''}: ${s.title}`,
        );
        for (const item of s.items.slice(0, weighted ? 6 : 3)) console.log(`          ${item}`);
      }
    }
  }

  console.log(JSON.stringify({ lookup: summary('lookup'), result: summary('result') }));
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
