#!/usr/bin/env bash
# message-service inbound benchmark against the running local stack (./stack up first): normalized customer
# messages put on whatsapp.inbound, persisted per second by the one message-service, beside plain batched INSERTs
# into the same PostgreSQL measured in the same run. Options: -Dmessages=10000 -Dtenants=4 -Dcustomers=200
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -q package -pl bench -DskipTests
exec java -Xmx512m "$@" -cp "bench/target/classes:bench/target/lib/*" com.waplatform.bench.InboundBench
