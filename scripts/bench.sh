#!/usr/bin/env bash
# Prints what Signpost costs on a slow phone, beside a bare Yew "hello world": bytes of the first
# screen, load and step timings with a 4x CPU slowdown on Slow 4G, and Lighthouse's mobile scores
# (scripts/bench.mjs says how). Installs what is missing and builds both release builds first,
# unless --no-build is given. Not part of the test command: it measures, it does not judge.
# BENCH_RUNS, BENCH_LIGHTHOUSE_RUNS and BENCH_LIGHTHOUSE=0 are passed on to bench.mjs.
set -euo pipefail
. "$(dirname "$0")/install.sh" --browser

if [ "${1:-}" != "--no-build" ]; then
  printf 'bench: building the release and bench/hello-yew\n' >&2
  trunk --quiet build --release >/dev/null
  (cd bench/hello-yew && trunk --quiet build --release >/dev/null)
fi
exec node scripts/bench.mjs
