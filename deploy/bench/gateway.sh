#!/usr/bin/env bash
# Webhook-gateway benchmark against the running local stack (./stack up first):
# signed Meta webhooks per second through one gateway instance and p50/p99 time to 200 at half the maximum,
# beside a bare Vert.x "200 OK" server and a bare Kafka hand-off (two acks=all records per webhook, nothing else),
# both measured in the same run. Options: -Dseconds=10 -Dwarmup=10
# -Dconcurrency=32 -Dhandoff.linger.ms=1
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
./mvnw -q package -pl bench -DskipTests
exec java -Xmx512m "$@" -cp "bench/target/classes:bench/target/lib/*" com.waplatform.bench.GatewayBench
