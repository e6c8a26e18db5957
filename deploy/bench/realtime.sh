#!/usr/bin/env bash
# realtime-service benchmark on the running local stack's Kafka and Redis (./stack up first). It starts its own
# realtime-service instance (port 18085, from realtime-service/target/quarkus-app, Keycloak replaced by a key made
# for the run) and a bare Vert.x fan-out server as the baseline (port 18095: Kafka records written to the sockets
# of their key, nothing else), both with the same JVM flags, and measures each in the same run:
#   1. idle sockets held (19,000 over 100 tenants) and heap after GC per socket (target <= 20 KB);
#   2. one tenant with 1,000 sockets: send -> last socket p50/p99/max at 5 events/s (target p99 <= 50 ms), then at
#      20 events/s for 15 s, and events not at every socket 15 s later (thread dumps of the service meanwhile);
#   3. 100 tenants x 100 sockets at 500 events/s for 20 s: p50/p99 to each tenant's last socket (target <= 250 ms);
#   4. resume storm: 5,000 sockets reconnect at once 1,000 events behind; time until all are caught up, each
#      checked to get exactly its tenant's events, once and in order (the service's defaults, then a larger queue).
# One process may hold at most `ulimit -n` sockets (20,000 on some machines): lower -Dsockets if needed.
# About 45 minutes, most of it the storm with the larger queue (-Dresume.raised=false skips it).
# Options: -Dphase=held,fanout,tenants,resume|all -Dtargets=realtime,baseline -Dsockets=19000 -Dfanout.rate=5
# -Dfanout.fast.rate=20 -Dtenants.rate=500 -Dresume.events=1000 -Drealtime.props=key=value,… (settings of the
# service instance) -Drealtime.app=… (see RealtimeBench and the phase classes for all).
# Logs, heap histograms and thread dumps: bench/target/realtime-bench/.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -q package -pl bench,realtime-service -DskipTests
exec java -Xmx2g "$@" -cp "bench/target/classes:bench/target/lib/*" com.waplatform.bench.realtime.RealtimeBench
