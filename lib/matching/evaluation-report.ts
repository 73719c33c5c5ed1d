import { missedGoals, type EvaluationReport, type Rates } from './evaluation';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

function cells(r: Rates, positives: number, negatives: number): string {
  const recall = positives > 0 ? pct(r.recall) : '      -';
  const fe = negatives > 0 ? pct(r.false_exact_rate) : '      -';
  const fm = negatives > 0 ? pct(r.false_match_rate) : '      -';
  return `${recall} ${fe} ${fm}`;
}

/**
 * The evaluation as text: a table per variant class (engine, then both
 * baselines), the overall figures, the misses, and last a single JSON line.
 */
export function formatReport(report: EvaluationReport, maxMisses = 60): string[] {
  const lines: string[] = [];
  const head = 'recall  f.exact f.match';
  lines.push(
    `${'variant class'.padEnd(28)} ${'pairs'.padStart(5)} | engine: ${head} | equality: ${head} | trigram≥0.5: ${head}`,
  );
  for (const c of report.classes) {
    lines.push(
      `${c.variantClass.padEnd(28)} ${String(c.positives + c.negatives).padStart(5)} | ${' '.repeat(8)}${cells(c.engine, c.positives, c.negatives)} | ${' '.repeat(10)}${cells(c.exactEquality, c.positives, c.negatives)} | ${' '.repeat(13)}${cells(c.trigram, c.positives, c.negatives)}`,
    );
  }
  const all = (name: string, r: Rates): string =>
    `${name.padEnd(16)} pairs=${r.pairs} recall=${pct(r.recall).trim()} false_exact=${pct(r.false_exact_rate).trim()} false_match=${pct(r.false_match_rate).trim()}`;
  lines.push('');
  lines.push(all('engine', report.overall));
  lines.push(all('exact equality', report.baselines.exact_equality));
  lines.push(all('trigram >= 0.5', report.baselines.trigram_0_5));
  if (report.misses.length > 0) {
    lines.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses.slice(0, maxMisses)) {
      const label = m.pair.shouldMatch ? 'should match' : 'should not match';
      lines.push(
        `  [${m.pair.variantClass}] ${label}: "${m.pair.registered}" / "${m.pair.query}" → ${m.decision.kind}: ${m.decision.reason}`,
      );
    }
  }
  for (const miss of missedGoals(report.overall)) lines.push(`GOAL MISSED: ${miss}`);
  lines.push(JSON.stringify({ ...report.overall, baselines: report.baselines }));
  return lines;
}
