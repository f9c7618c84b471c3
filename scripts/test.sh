#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints, the decision core
# natively, then the release build in headless Chromium, then again in Chromium, Firefox and
# WebKit. Stops at the first failure.
set -euo pipefail
. "$(dirname "$0")/install.sh" --browser

step() { printf '\n== %s\n' "$*"; }

step "formatting and lints"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features web -- -D warnings

step "decision core, content and scenarios (native)"
cargo test --quiet

step "release build"
trunk --quiet build --release

step "browser tests (headless Chromium)"
npm run --silent test:browser

# The promises a person in danger relies on (journeys, Exit, Back and Forward, privacy, the
# fallback) once more in each engine: Chromium, Firefox and WebKit, from one set of tests.
# One engine a run: each is a browser of its own, started and closed in its own process.
for engine in chromium firefox webkit; do
  step "cross-engine tests: $engine"
  SIGNPOST_ENGINES=$engine npm run --silent test:engines
done
