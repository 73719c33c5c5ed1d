/** npm run matching:eval -- <pairs.csv>: scores labelled name pairs and checks the matching goals. */
import { readFileSync } from 'node:fs';
import { evaluateCsv, missedGoals, formatReport } from '@/lib/matching';

const file = process.argv[2];
if (file === undefined) {
  console.error('usage: npm run matching:eval -- <pairs.csv>');
  process.exit(2);
}
const report = evaluateCsv(readFileSync(file, 'utf8'));
for (const line of formatReport(report)) console.log(line);
process.exitCode = missedGoals(report.overall).length > 0 ? 1 : 0;
