// One Lighthouse navigation (default mobile emulation and simulated throttling) in a fresh
// Debian Chromium, and the audits in it that cost points.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';

// The machine has no network for a downloaded browser; keep Chromium from calling home.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const categoryIds = ['performance', 'accessibility', 'best-practices'] as const;
export type CategoryId = (typeof categoryIds)[number];

// Told about Chromium's process group (its pid: chrome-launcher starts it detached), and
// where its profile goes, so both are cleaned up even if this process is killed.
export type ProcessGuard = { track(group: number): void; untrack(group: number): void; workDir: string };

export async function runLighthouse(
  url: string,
  headers: Record<string, string>,
  guard: ProcessGuard,
): Promise<Result> {
  const userDataDir = mkdtempSync(path.join(guard.workDir, 'chromium-'));
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags, userDataDir });
  guard.track(chrome.pid);
  try {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categoryIds],
      extraHeaders: headers,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (run.lhr.runtimeError) throw new Error(`Lighthouse: ${run.lhr.runtimeError.message}`);
    return run.lhr;
  } finally {
    chrome.kill();
    guard.untrack(chrome.pid);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
  }
}

export function categoryScore(lhr: Result, id: CategoryId): number {
  return Math.round((lhr.categories[id]?.score ?? 0) * 100);
}

export type Shortfall = {
  category: CategoryId;
  id: string;
  title: string;
  score: number;
  // Share of the category score this audit carries (0 for diagnostics and insights).
  weight: number;
  displayValue?: string;
  // What failed, as Lighthouse lists it: nodes, console messages, scripts, reasons.
  items: string[];
};

// Audits that scored below 1: weighted ones cost points, unweighted ones are diagnostics
// (performance opportunities and insights) worth knowing about.
export function shortfalls(lhr: Result): Shortfall[] {
  return categoryIds.flatMap((category) => {
    const refs = lhr.categories[category]?.auditRefs ?? [];
    return refs.flatMap((ref): Shortfall[] => {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) return [];
      if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
      const details = audit.details;
      return [
        {
          category,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          displayValue: audit.displayValue,
          items:
            details?.type === 'table' || details?.type === 'opportunity'
              ? details.items.map(describeItem)
              : [],
        },
      ];
    });
  });
}

type Item = Record<string, unknown>;

function describeItem(item: Item): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, ' ') : '');
  const node = item.node;
  if (isNode(node))
    return [text(node.selector), text(node.snippet).slice(0, 120), text(node.explanation).slice(0, 240)]
      .filter(Boolean)
      .join('  ');
  const location = item.sourceLocation;
  const url = text(item.url) || (isObject(location) ? text(location.url) : '');
  const numbers = ['total', 'duration', 'wastedBytes', 'wastedMs']
    .filter((key) => typeof item[key] === 'number')
    .map((key) => `${key} ${Math.round(Number(item[key]))}`);
  return [pathOf(url), text(item.groupLabel), text(item.description), text(item.reason), ...numbers]
    .filter(Boolean)
    .join('  ');
}

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null;
const isNode = (value: unknown): value is Item & { type: 'node' } => isObject(value) && value.type === 'node';

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}

export const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

export function metricValue(lhr: Result, id: (typeof metricIds)[number]): number {
  return lhr.audits[id]?.numericValue ?? Number.NaN;
}
