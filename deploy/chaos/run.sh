#!/usr/bin/env bash
# Full-size fault runs against the running local stack (./stack up first; not part of CI): each service killed
# (SIGKILL) in turn under the issue's stream of 10,000 webhook messages and 1,000 sends across 4 tenants, then each
# stopped with SIGTERM under a light stream. The `faults:` lines of every round go to .stack/chaos/<date>.log.
#
#   deploy/chaos/run.sh [--rounds N] [--inbound N] [--sends N] [--tests ServiceCrashTest,GracefulShutdownTest]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
rounds=1 inbound=10000 sends=1000 tests=ServiceCrashTest,GracefulShutdownTest
while (( $# )); do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --inbound) inbound=$2; shift 2 ;;
    --sends) sends=$2; shift 2 ;;
    --tests) tests=$2; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--inbound N] [--sends N] [--tests A,B]" >&2; exit 2 ;;
  esac
done
mkdir -p "$ROOT/.stack/chaos"
out="$ROOT/.stack/chaos/$(date -u +%Y%m%dT%H%M%SZ).log"
failed=0
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds: $inbound webhook messages, $sends sends ($tests)" | tee -a "$out"
  # 25 customers per tenant and 30 s phases keep each conversation under one page of 500 messages
  "$ROOT/stack" system-tests -Dtest="$tests" -Dfaults.inbound="$inbound" -Dfaults.sends="$sends" \
      -Dfaults.customers=25 -Dfaults.phase-seconds=30 -Dfaults.settle-seconds=240 \
      | tee "$out.round$round" | grep --line-buffered 'faults:' | tee -a "$out" || true
  grep -q 'BUILD SUCCESS' "$out.round$round" || failed=$((failed + 1))
  "$ROOT/stack" restore >/dev/null
done
echo "$failed of $rounds round(s) failed; faults: lines in $out, full output in $out.round*" | tee -a "$out"
(( failed == 0 ))
