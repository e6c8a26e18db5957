#!/usr/bin/env bash
# The production profile has no database password of its own: each service that owns a database (its built jar,
# started without a profile, as in production) refuses to start without DB_APP_PASSWORD, and a migrating start
# (MIGRATE_ONLY=true) refuses without DB_OWNER_PASSWORD, each with a message that names the variable. A service
# that does not migrate starts with the app password alone (it never holds the owner's).
# The jars reach no database and no broker (closed ports), so nothing of a running stack is touched.
# Needs the built jars (./mvnw package; APPS_DIR=<dir> for jars in <dir>/<service>/ instead). Run by ./stack test.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
failures=0

app() { if [[ -n "${APPS_DIR:-}" ]]; then echo "$APPS_DIR/$1/quarkus-run.jar"; else echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; fi; }

# the service's other production secrets (test values), so that only the database passwords are missing
other_secrets() {
  case $1 in
    session-service) echo CREDENTIALS_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f ;;
    message-service) echo AUTOMATION_SIGNING_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f ;;
  esac
}

jar() { # jar SERVICE SECONDS ENV...: sets CMD to run the service's jar with only ENV, for SECONDS at most
  local svc=$1 seconds=$2; shift 2
  CMD=(env -i PATH="$PATH" HOME="$HOME" QUARKUS_HTTP_PORT=0 KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1
    DB_URL="postgresql://127.0.0.1:1/wa_${svc%-service}" $(other_secrets "$svc") "$@"
    timeout "$seconds" java -Xmx128m -XX:TieredStopAtLevel=1 -jar "$(app "$svc")")
}

start() { # start SERVICE SECONDS ENV...: until it exits or SECONDS pass
  jar "$@"; "${CMD[@]}" > "$T/$1.log" 2>&1
}

refuses() { # refuses SERVICE VARIABLE ENV...: exits non-zero on its own, naming VARIABLE
  local svc=$1 variable=$2 rc; shift 2
  start "$svc" 60 "$@"; rc=$?
  if (( rc != 0 && rc != 124 )) && grep -q "$variable" "$T/$svc.log"; then
    echo "PASS $svc refuses to start without $variable (exit $rc): $(grep -m1 "$variable" "$T/$svc.log" | sed 's/^[[:space:]]*//' | cut -c1-160)"
  else
    echo "FAIL $svc without $variable: exit $rc (124: still running after 60s), log:"; tail -5 "$T/$svc.log"
    failures=$((failures + 1))
  fi
}

for svc in tenant-service session-service message-service; do
  [[ -f "$(app "$svc")" ]] || { echo "FAIL $svc is not built ($(app "$svc"))"; failures=$((failures + 1)); continue; }
  refuses "$svc" DB_APP_PASSWORD
  refuses "$svc" DB_OWNER_PASSWORD MIGRATE_ONLY=true DB_APP_PASSWORD=app-secret
done

# the app password alone is enough to serve (tenant-service stands for the three)
jar tenant-service 90 DB_APP_PASSWORD=app-secret
"${CMD[@]}" > "$T/tenant-service.log" 2>&1 &
pid=$!   # timeout's (env execs it): stopping it stops the service
for _ in $(seq 1 90); do grep -q "started in" "$T/tenant-service.log" 2>/dev/null && break; sleep 1; done
if grep -q "started in" "$T/tenant-service.log"; then echo "PASS tenant-service starts with DB_APP_PASSWORD alone"
else echo "FAIL tenant-service did not start with DB_APP_PASSWORD alone:"; tail -5 "$T/tenant-service.log"; failures=$((failures + 1)); fi
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
(( failures == 0 ))
