/** Public surface of the Indonesian name matcher: pure functions, no I/O. */
export { normalizeName, type NormalizedName } from './normalize';
export { phoneticKey } from './phonetic';
export { matchKeys, matchKeysPrepared, MAX_KEYS } from './keys';
export { decideMatch, decidePrepared, type MatchDecision } from './decide';
export { prepareName, type PreparedName } from './prepare';
export { parsePairs, evaluateCsv, missedGoals } from './evaluation';
export { formatReport } from './evaluation-report';
