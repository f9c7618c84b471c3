#!/usr/bin/env bash
# Prints the bytes of every file in the release build (dist/), raw, gzip and brotli, and the
# total: what a phone downloads for the first screen. Builds first unless --no-build is given.
set -euo pipefail
. "$(dirname "$0")/install.sh"
[ "${1:-}" = "--no-build" ] || trunk --quiet build --release >/dev/null 2>&1
if ! command -v brotli >/dev/null; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq brotli >/dev/null
fi
printf '%-44s %9s %9s %9s\n' file raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for file in dist/*.html dist/*.js dist/*.wasm dist/*.css; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  printf '%-44s %9d %9d %9d\n' "${file#dist/}" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done
printf '%-44s %9d %9d %9d\n' total "$total_raw" "$total_gz" "$total_br"
