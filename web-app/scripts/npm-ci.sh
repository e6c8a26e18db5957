#!/bin/sh
# npm ci, only when node_modules does not match package-lock.json (a stamp holds the lock file's checksum).
set -e
cd "$(dirname "$0")/.."
stamp=node_modules/.package-lock.sha256
sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -d node_modules ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ]; then
  echo "web-app: node_modules is up to date with package-lock.json"
  exit 0
fi
npm ci --no-audit --no-fund
echo "$sum" > "$stamp"
