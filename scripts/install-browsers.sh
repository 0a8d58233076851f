#!/usr/bin/env bash
# Installs the browsers the E2E tests drive, from Debian's packages, when they are missing: chromium and
# firefox-esr. Nothing else may download a browser (no `playwright install`, no plain puppeteer).
# Needs root or sudo when something is missing; does nothing otherwise.
set -euo pipefail

CHROMIUM_BIN="${CHROMIUM_PATH:-/usr/lib/chromium/chromium}"
FIREFOX_BIN="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
missing=()
[[ -x "$CHROMIUM_BIN" ]] || missing+=(chromium)
[[ -x "$FIREFOX_BIN" ]] || missing+=(firefox-esr)
if ((${#missing[@]} > 0)); then
  echo "--- apt-get install ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then SUDO=(sudo); else
      echo "Klarplan: need root (or sudo) to install ${missing[*]} for the browser tests" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update
  "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi
"$CHROMIUM_BIN" --version
"$FIREFOX_BIN" --version
