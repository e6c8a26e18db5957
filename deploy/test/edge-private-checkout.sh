#!/usr/bin/env bash
# A checkout in a directory other users cannot traverse (mode 0700, like a home directory or `mktemp -d`): a
# second edge started from a copy of the stack scripts there, on its own port, in front of the running services,
# takes a request body far larger than nginx keeps in memory (it goes through a temp file) without a 5xx, and
# serves the static pages.
# Needs the running stack (message-service on its port). Run by ./stack test.
set -euo pipefail
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
PORT="${EDGE_TEST_PORT:-18080}"
BYTES=$((512 * 1024))

private=$(mktemp -d)   # mode 0700
checkout="$private/checkout"
mkdir -p "$checkout/deploy"
cp "$SRC/stack" "$checkout/"
cp -r "$SRC/deploy/lib" "$SRC/deploy/edge" "$checkout/deploy/"

edge() { # edge up|down: the copy's own edge, state inside the private checkout
  WA_STATE_DIR="$checkout/.stack" WA_EDGE_PORT="$PORT" bash -c \
    'set -euo pipefail; for f in common postgres services edge; do source "$0/deploy/lib/$f.sh"; done; edge_$1' "$checkout" "$1"
}
finish() { edge down >/dev/null 2>&1 || true; rm -rf "$private"; }
trap finish EXIT

echo "checkout in $private (mode $(stat -c %a "$private")); edge on port $PORT"
edge up || true   # its own start check may refuse: the request below says what happens

status=$(head -c "$BYTES" /dev/zero | tr '\0' 'x' | curl -sS -o /dev/null -w '%{http_code}' --max-time 20 -X POST \
  -H 'Content-Type: application/json' --data-binary @- "http://127.0.0.1:$PORT/api/conversations/00000000-0000-0000-0000-000000000000/messages" || true)
echo "POST of $BYTES bytes through the edge: HTTP $status"
if [[ "$status" != 401 ]]; then
  echo "FAIL: expected 401 from message-service (no token); the edge's error log says:"
  tail -5 "$checkout/.stack/logs/edge-error.log" 2>/dev/null || true
  exit 1
fi

page=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$PORT/" || true)
echo "GET / (the static pages) through the edge: HTTP $page"
[[ "$page" == 200 ]] || { echo "FAIL: expected 200"; tail -3 "$checkout/.stack/logs/edge-error.log"; exit 1; }

workdir=$(cat "$checkout/.stack/nginx/workdir")
edge down
[[ ! -e "$workdir" || "$workdir" == "$checkout/.stack/nginx" ]] || { echo "FAIL: $workdir left behind"; exit 1; }
echo "PASS"
