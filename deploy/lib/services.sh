# The five services and the provider simulator, run from their built jars with small heaps.

# Development-only secrets for the local stack, passed as environment variables exactly as
# Kubernetes Secrets are in production. Never use these values anywhere else.
dev_secrets_env() {
  export CREDENTIALS_KEY=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
  export CREDENTIALS_KEY_VERSION=1
  export DEMO_DATA=true
  export DB_MIGRATE_AT_START=true   # the local stack migrates at start; production runs MIGRATE_ONLY=true first
  export DB_APP_PASSWORD="$DB_APP_PASSWORD_DEV"     # the service's own connections (role without ownership)
  export DB_OWNER_PASSWORD="$DB_OWNER_PASSWORD_DEV" # migrations, as the schema owner
  export GATEWAY_CLIENT_SECRET=dev-only-gateway-secret
  export TENANT_SERVICE_CLIENT_SECRET=dev-only-tenant-service-secret
  export MESSAGE_SERVICE_CLIENT_SECRET=dev-only-message-service-secret
  export SESSION_SERVICE_CLIENT_SECRET=dev-only-session-service-secret
  export META_PLATFORM_APP_SECRET=dev-only-platform-app-secret      # the platform's own Meta app (simulated)
  export META_PLATFORM_VERIFY_TOKEN=dev-only-platform-verify-token
  export AUTOMATION_SIGNING_KEY=6465762d6f6e6c792d6175746f6d6174696f6e2d7369676e696e672d6b6579212121
  export KEYCLOAK_URL
  export PUBLIC_BASE_URL="$PUBLIC_URL"
  export OIDC_AUTH_SERVER_URL="$KEYCLOAK_URL/realms/$REALM"
  export KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT"
  export REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  export GRAPH_API_BASE_URL="http://127.0.0.1:${SERVICE_PORTS[provider-simulator]}"
  export EVOLUTION_API_URL="http://127.0.0.1:${SERVICE_PORTS[provider-simulator]}"
  export EVOLUTION_API_KEY=dev-only-evolution-key   # the simulator's global key (same default there)
  export TENANT_SERVICE_URL="http://127.0.0.1:${SERVICE_PORTS[tenant-service]}"
  export SESSION_SERVICE_URL="http://127.0.0.1:${SERVICE_PORTS[session-service]}"
  export MESSAGE_SERVICE_URL="http://127.0.0.1:${SERVICE_PORTS[message-service]}"
  export MEDIA_STORAGE_PATH="$STATE/media"   # the media volume of production
}

# Small heaps and a quick-starting JIT for a laptop; the hot paths (webhook gateway, message-service) get the full JIT.
jvm_options() {
  case "$1" in
    webhook-gateway|message-service) echo "-Xmx256m -XX:+UseSerialGC" ;;
    *) echo "-Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1" ;;
  esac
}

services_build() {
  node_prerequisite
  log "building the services (./mvnw package -DskipTests)"
  mvnw -q -DskipTests package >>"$LOGS/build.log" 2>&1 || die "build failed (see $LOGS/build.log)"
}

# the module of a service: realtime-service-2 is a replica of realtime-service
service_module() { [[ "$1" =~ ^(realtime-service)-[0-9]$ ]] && echo "${BASH_REMATCH[1]}" || echo "$1"; }
service_jar() { echo "$ROOT/$(service_module "$1")/target/quarkus-app/quarkus-run.jar"; }

# the edge's upstream servers of realtime-service (every replica)
realtime_upstreams() {
  local svc
  for svc in "${SERVICES[@]}"; do
    [[ "$(service_module "$svc")" == realtime-service ]] && printf 'server 127.0.0.1:%s; ' "${SERVICE_PORTS[$svc]}"
  done
}

services_up() {
  dev_secrets_env
  local svc
  for svc in "${SERVICES[@]}"; do
    pid_alive "$svc" && continue
    port_open "${SERVICE_PORTS[$svc]}" && die "port ${SERVICE_PORTS[$svc]} for $svc is taken by another program"
    [[ -f "$(service_jar "$svc")" ]] || die "$svc is not built"
    log "starting $svc on port ${SERVICE_PORTS[$svc]}"
    # local stack only (not for module tests, which keep their own profile): quick dead letters on a laptop
    # (production: 5s, 8), an automation (n8n) on this machine allowed (production: refused), and a short
    # readiness delay at shutdown (one instance behind the edge, nothing to drain away from), and human-readable
    # logs in .stack/logs (production: JSON lines)
    QUARKUS_HTTP_PORT="${SERVICE_PORTS[$svc]}" AUTOMATION_FIRST_RETRY=1s AUTOMATION_MAX_ATTEMPTS=4 \
      OUTBOUND_URLS_ALLOW_LOOPBACK=true SHUTDOWN_DELAY=1s QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
      start_bg "$svc" "$LOGS/$svc.log" java $(jvm_options "$svc") -jar "$(service_jar "$svc")"
  done
  for svc in "${SERVICES[@]}"; do
    if ! wait_for "$svc" 120 http_ok "http://127.0.0.1:${SERVICE_PORTS[$svc]}/q/health/ready"; then
      tail -40 "$LOGS/$svc.log" >&2
      die "$svc is not ready (see $LOGS/$svc.log)"
    fi
  done
}

services_down() {
  local i f
  for (( i=${#SERVICES[@]}-1; i>=0; i-- )); do stop_pid "${SERVICES[$i]}"; done
  # replicas started with another WA_REALTIME_REPLICAS
  for f in "$PIDS"/realtime-service-*.pid; do [[ -f $f ]] && stop_pid "$(basename "$f" .pid)"; done
  return 0
}
