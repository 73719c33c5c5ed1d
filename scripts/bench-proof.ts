/**
 * npm run bench:proof — the CPU a bot spends per proof of work (Node, native PBKDF2, one solving
 * thread, solveProofChallenge) at the configured cost and at each raised step, median of a few
 * runs; and how many requests one address gets through per minute with and without JavaScript.
 */
import { parseArgs } from 'node:util';
import { createProofChallenge, doublingsFor, solveProofChallenge } from '@/lib/gate';
import { parseConfig } from '@/lib/config';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, proofs: { type: 'string', default: '8' } },
});
const runs = Number(values.runs);
// The server draws each challenge's counter at random, so one proof's work varies up to 2×
// around the cost; a run averages several.
const proofsPerRun = Number(values.proofs);
const settings = parseConfig(process.env);
const { proofOfWorkCost: baseCost, proofCostRaise: raise, rateLimits } = settings;
const secret = 'bench-proof-portal-secret-of-32-characters';

const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

// process.cpuUsage counts every thread of the process, so PBKDF2 run in libuv's pool is included.
async function cpuMsPerProof(cost: number): Promise<{ cpu: number; wall: number }> {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < runs; run++) {
    const challenges = await Promise.all(
      Array.from({ length: proofsPerRun }, () => createProofChallenge(secret, cost)),
    );
    const started = process.cpuUsage();
    const startedAt = performance.now();
    for (const challenge of challenges) await solveProofChallenge(challenge);
    const used = process.cpuUsage(started);
    cpu.push((used.user + used.system) / 1000 / proofsPerRun);
    wall.push((performance.now() - startedAt) / proofsPerRun);
  }
  return { cpu: median(cpu), wall: median(wall) };
}

console.log(
  `Proof of work: base cost ${baseCost} PBKDF2-SHA-256 iterations, median of ${runs} runs of ${proofsPerRun} proofs`,
);
console.log('step  cost (iterations)  bot CPU ms/proof  wall ms  reached at (per minute)');
for (let doublings = 0; doublings <= raise.maxDoublings; doublings++) {
  const cost = baseCost * 2 ** doublings;
  const { cpu, wall } = await cpuMsPerProof(cost);
  const reached =
    doublings === 0
      ? 'normal'
      : `> ${raise.perAddressPerMinute * 2 ** (doublings - 1)} challenges from one address or > ${raise.perVillagePerMinute * 2 ** (doublings - 1)} requests to one village`;
  console.log(
    `×${String(2 ** doublings).padEnd(4)} ${String(cost).padStart(17)}  ${cpu.toFixed(0).padStart(16)}  ${wall.toFixed(0).padStart(7)}  ${reached}`,
  );
}

// Behind one address (a carrier's CGNAT), per minute, with this configuration.
const withProof = Math.min(rateLimits.ipPerMinute, rateLimits.challengesPerMinute);
const crowdStep = doublingsFor(withProof, raise.perAddressPerMinute, raise.maxDoublings);
console.log(
  `One address admits ${withProof} requests a minute with JavaScript (the last of them at cost ×${2 ** crowdStep}) and ${rateLimits.formTokenPerMinute} without (form tokens); both budgets are separate, so ${withProof + rateLimits.formTokenPerMinute} in all.`,
);
