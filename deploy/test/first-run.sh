#!/usr/bin/env bash
# The first run on a fresh Debian 12 machine (JDK 17 and nothing else), replayed with stand-ins for the system's
# commands (apt-get, pg_ctlcluster, psql, runuser) on a PATH without curl:
#   1. curl, which every readiness wait uses, is installed before the first one;
#   2. installing postgresql starts its cluster already (systemd): pg_ctlcluster then exits 2, "already running",
#      which must neither stop the start nor make the stack believe it started (and will stop) that cluster;
#   3. psql never asks for a password on a terminal (-w on every call);
#   4. installing redis-server starts one on 6379 already (systemd): the stack still starts its own on its port, which
#      it can stop and start (the outage tests do).
# Touches nothing of the machine. Run by ./stack test.
set -uo pipefail
SRC="$(cd "$(dirname "$0")/../.." && pwd)"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
bin="$T/bin" calls="$T/calls"
mkdir -p "$bin"; : > "$calls"
for tool in bash env ls grep sort tail cat mkdir rm sed tr head seq dirname sleep cut chmod touch javac; do
  ln -s "$(command -v "$tool")" "$bin/"
done
stub() { printf '#!/bin/bash\necho "%s $*" >> "%s"\n%s\n' "$1" "$calls" "$2" > "$bin/$1"; chmod +x "$bin/$1"; }
# apt-get: installing a package brings its commands; postgresql's cluster starts by itself, a moment later
stub apt-get "for p in \"\$@\"; do case \$p in
  curl) printf '#!/bin/bash\nexit 0\n' > '$bin/curl'; chmod +x '$bin/curl' ;;
  postgresql) mkdir -p '$T/etc-postgresql/15/main'
    printf '#!/bin/bash\necho \"pg_ctlcluster \$*\" >> $calls\ntouch $T/pg-listening\necho \"Cluster is already running.\"\nexit 2\n' > '$bin/pg_ctlcluster'
    chmod +x '$bin/pg_ctlcluster' ;;
  redis-server) printf '#!/bin/bash\necho \"redis-server \$*\" >> $calls\ntouch $T/redis-listening\n' > '$bin/redis-server'
    chmod +x '$bin/redis-server'; touch '$T/system-redis-listening' ;;
esac; done"
stub psql "exit 0"
stub runuser 'while [[ $1 != -- ]]; do shift; done; shift; exec "$@"'

run() { # run FUNCTION...: in a shell like ./stack's, with the stand-ins
  PATH="$bin" WA_STATE_DIR="$T/state" WA_CACHE_DIR="$T/cache" PG_CONF_DIR="$T/etc-postgresql" \
    "$bin/bash" -c 'set -euo pipefail
      for f in common postgres; do source "$0/deploy/lib/$f.sh"; done
      port_open() { [[ ( $1 == 5432 && -f '"$T"'/pg-listening ) || ( $1 == 6379 && -f '"$T"'/system-redis-listening ) || ( $1 == $REDIS_PORT && -f '"$T"'/redis-listening ) ]]; }
      for step in "${@}"; do "$step"; done' "$SRC" "$@" > "$T/out" 2>&1
}
failures=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

run stack_prerequisites
check "curl installed before the first readiness wait" "grep -q 'apt-get.* install .*curl' '$calls' && [[ -x '$bin/curl' ]]"

: > "$calls"
run postgres_up; rc=$?
check "a cluster the system started already does not stop the start (exit $rc)" "(( rc == 0 ))"
check "that cluster is left to the system" "[[ ! -f '$T/state/pids/postgres.started' ]]"

: > "$calls"
touch "$T/pg-listening"
run postgres_up
check "every psql call has -w ($(grep -c '^psql' "$calls") calls)" \
  "grep -q '^psql' '$calls' && ! grep '^psql' '$calls' | grep -qv -- ' -w '"

: > "$calls"
run redis_up; rc=$?
check "the stack's own Redis is started beside the one the system started on installing it (exit $rc)" \
  "(( rc == 0 )) && grep -q '^redis-server .*--port 6380' '$calls'"
(( failures == 0 )) || { echo "--- output"; tail -20 "$T/out"; echo "--- calls"; head -20 "$calls"; exit 1; }
