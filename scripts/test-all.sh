#!/usr/bin/env bash
# npm test: every check CI runs, in order of speed. Needs only a fresh `npm ci`:
# it installs Debian's Chromium when missing and starts its own PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian for the end-to-end tests…"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi
fi

npm run lint
npm run typecheck
npm run format:check
npm run test:unit
npm run matching:eval -- tests/fixtures/matching/pairs.csv
# Integration tests run on PGlite and on a throwaway PostgreSQL cluster.
npx tsx scripts/with-postgres.ts npm run test:integration
npm run test:e2e

# The newer Node LTS (README: Node versions): the unit and integration suites and a short
# end-to-end smoke, on Node 24 from the npm registry.
scripts/with-node.sh 24 npm run test:unit
scripts/with-node.sh 24 npx tsx scripts/with-postgres.ts npm run test:integration
scripts/with-node.sh 24 npm run test:e2e:smoke
