#!/bin/sh
# Stops the build with a clear message when Node.js is missing or older than the web app needs (Vite 8).
required="20.19.0"
if ! command -v node >/dev/null 2>&1; then
  echo "web-app: Node.js is not installed. Install Node.js ${required} or newer (20.x LTS from https://nodejs.org or" >&2
  echo "  the NodeSource Debian packages; Debian 12's own 'nodejs' 18.x is too old), then build again." >&2
  exit 1
fi
version=$(node -p 'process.versions.node')
if ! node -e '
  const [a, b] = process.argv.slice(1).map((v) => v.split(".").map(Number));
  const older = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
  process.exit(older ? 1 : 0);' "$version" "$required"; then
  echo "web-app: Node.js ${version} is too old; install Node.js ${required} or newer (Vite 8 needs it) and build again." >&2
  exit 1
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "web-app: npm is not installed (it comes with Node.js ${required} or newer)." >&2
  exit 1
fi
echo "web-app: Node.js ${version}, npm $(npm --version)"
