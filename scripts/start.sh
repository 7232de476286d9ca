#!/usr/bin/env bash
# Installs the dependencies when they are missing or older than the lock file, prepares the
# glyphs, and starts the app on the embedded Gangnan data at http://127.0.0.1:5173/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run glyphs
exec npx vite --host 127.0.0.1 --port 5173 --strictPort "$@"
