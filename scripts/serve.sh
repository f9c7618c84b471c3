#!/usr/bin/env bash
# Installs what is missing, then builds and serves Signpost on http://127.0.0.1:8080,
# rebuilding on every change. Pass --release to serve the size-tuned build.
set -euo pipefail
. "$(dirname "$0")/install.sh"
exec trunk serve "$@"
