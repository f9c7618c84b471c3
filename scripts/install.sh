# Installs what Signpost needs and is missing; quiet when everything is there already.
# Sourced by serve.sh and test.sh: `. scripts/install.sh [--browser]`.
# --browser also makes sure there is a Chromium for the browser tests: the one CHROMIUM_PATH
# names if it is set, else Debian's /usr/bin/chromium, installed if it is missing; and the two
# other engines the cross-engine tests (tests/engines/) drive: Firefox (FIREFOX_PATH, else
# Debian's firefox-esr) and WebKit (WEBKIT_DRIVER_PATH, else Debian's WebKitWebDriver from
# webkit2gtk-driver, with WebKitGTK's MiniBrowser, under xvfb-run).
# Runs as any user: only Debian's packages (the browsers) need root, through sudo when it is there.

set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'install: %s\n' "$*" >&2; }

# The Rust that rust-toolchain.toml pins, with its components and the wasm32 target.
rust_version="$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)"
if ! rustup toolchain list | grep -q "^$rust_version-"; then
  say "installing Rust $rust_version (rust-toolchain.toml)"
  rustup toolchain install >/dev/null
fi

trunk_version="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen the app links, exactly.
wasm_bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version (a few minutes, once)"
  # Trunk's own release profile builds it with fat LTO in one codegen unit, the slowest part of
  # a first run; a build tool needs neither (README, Quick start).
  cargo install trunk --version "$trunk_version" --locked --quiet \
    --config profile.release.lto=false --config profile.release.codegen-units=16
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (a few minutes, once)"
  # --locked fails for this crate; the exact version pins it.
  cargo install wasm-bindgen-cli --version "=$wasm_bindgen_version" --quiet
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing node packages"
  npm ci --loglevel=error --no-audit --no-fund >/dev/null
fi

# Installs Debian packages as root, or with sudo; without either, says what to run (and `hint`)
# and stops. Usage: debian_install HINT [apt-get option...] PACKAGE...
debian_install() {
  local hint="$1"; shift
  say "installing Debian's $* (about a minute, once)"
  local as_root=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null; then
      as_root=(sudo)
    else
      say "These are missing and this user cannot install them. Run as root:"
      say "  apt-get update && apt-get install -y $*"
      say "$hint"
      exit 1
    fi
  fi
  "${as_root[@]}" apt-get update -qq >/dev/null
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ "${1:-}" = "--browser" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    if [ ! -x "$CHROMIUM_PATH" ]; then
      say "CHROMIUM_PATH is $CHROMIUM_PATH, which is not a program; set it to a Chromium or unset it"
      exit 1
    fi
  elif [ ! -x /usr/bin/chromium ]; then
    debian_install "or set CHROMIUM_PATH to a Chromium you have." chromium
  fi
  # The other two engines, from Debian's own packages (no browser download): each is used as
  # its variable names it, or installed if missing. xvfb gives WebKitGTK's MiniBrowser a display.
  debian=()
  for engine in FIREFOX_PATH:/usr/bin/firefox-esr:firefox-esr WEBKIT_DRIVER_PATH:/usr/bin/WebKitWebDriver:webkit2gtk-driver; do
    variable="${engine%%:*}"; rest="${engine#*:}"; path="${rest%%:*}"; package="${rest#*:}"
    if [ -n "${!variable:-}" ]; then
      if [ ! -x "${!variable}" ]; then
        say "$variable is ${!variable}, which is not a program; set it to one or unset it"
        exit 1
      fi
    elif [ ! -x "$path" ]; then
      debian+=("$package")
    fi
  done
  command -v xvfb-run >/dev/null || debian+=(xvfb xauth)
  # Liberation Sans, which has Arial's widths: the printed notice is sized in Arial, and the
  # print tests count its sheets (no browser package brings it).
  [ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || debian+=(fonts-liberation)
  if [ "${#debian[@]}" -gt 0 ]; then
    debian_install "or set FIREFOX_PATH and WEBKIT_DRIVER_PATH to the programs you have, and install fonts-liberation." --no-install-recommends "${debian[@]}"
  fi
fi
