#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs every check in the
# order CI uses: lint -> types -> unit -> build -> e2e. Run as `npm run test:all`.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
[ -x /usr/bin/chromium ] || packages+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then
  packages+=(fonts-wqy-microhei fontconfig)
fi
if [ ${#packages[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${packages[*]} with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

npm ci --no-audit --no-fund
npm run lint
npm run typecheck
npm test
npm run build
npm run e2e
