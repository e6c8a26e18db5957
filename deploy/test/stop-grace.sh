#!/usr/bin/env bash
# Stopping a service leaves it time to drain (its shutdown delay plus timeout: 25 s by default): stop_pid
# (./stack down, restarts) and ./stack term wait for a process that exits 20 s after SIGTERM and never kill it
# meanwhile; term answers 3 for a name the stack does not run. State directory of its own: nothing of a running
# stack is touched. Run by ./stack test.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WA_STATE_DIR=$(mktemp -d); export WA_STATE_DIR
trap 'rm -rf "$WA_STATE_DIR"' EXIT
source "$ROOT/deploy/lib/common.sh"
failures=0

# slow NAME: runs until SIGTERM, then drains for 20 s and leaves a mark
slow() {
  start_bg "$1" "$LOGS/$1.log" bash -c "trap 'sleep 20; touch $STATE/$1.drained; exit 0' TERM; while :; do sleep 0.2; done"
  sleep 0.5
}

check() { # check WHAT CONDITION...
  local what=$1; shift
  if "$@"; then echo "ok: $what"; else echo "FAILED: $what"; failures=$((failures + 1)); fi
}

slow by-stop
slow by-term
stop_pid by-stop & stopping=$!
term_pid by-term; term_rc=$?
wait "$stopping"
check "stop_pid waits for a service that drains for 20 s" test -f "$STATE/by-stop.drained"
check "./stack term waits for it too and answers 0" test -f "$STATE/by-term.drained" -a "$term_rc" = 0
check "no pid files are left" test -z "$(ls "$PIDS")"
term_pid not-ours; check "./stack term of a name the stack does not run answers 3" test $? = 3
exit $((failures > 0))
