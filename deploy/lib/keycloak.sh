# Keycloak: the real server from Maven Central, realm imported from deploy/keycloak/wa-realm.json.

KEYCLOAK_HOME="$CACHE/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_DATA="$STATE/keycloak"

keycloak_fetch() {
  [[ -f "$KEYCLOAK_HOME/.complete" ]] && return 0
  log "fetching Keycloak $KEYCLOAK_VERSION from Maven Central (about 160 MB, once)"
  local tmp="$CACHE/keycloak-unpack"
  rm -rf "$tmp"
  mvnw -q -f "$ROOT/deploy/infra/pom.xml" -Pkeycloak package -Dtarget.dir="$tmp" \
    -Dproject.build.directory="$STATE/infra-target" >>"$LOGS/fetch.log" 2>&1 || die "Keycloak fetch failed (see $LOGS/fetch.log)"
  rm -rf "$KEYCLOAK_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rm -rf "$tmp"
  chmod +x "$KEYCLOAK_HOME"/bin/*.sh
  touch "$KEYCLOAK_HOME/.complete"
}

keycloak_up() {
  if port_open $KEYCLOAK_PORT; then
    pid_alive keycloak || log "Keycloak already listening on $KEYCLOAK_PORT (not ours; using it)"
    return 0
  fi
  keycloak_fetch
  mkdir -p "$KEYCLOAK_DATA" "$KEYCLOAK_HOME/data/import"
  # a changed realm file means a fresh Keycloak database (dev-file H2 under $STATE)
  local sum; sum=$(sha256sum "$ROOT/deploy/keycloak/wa-realm.json" | cut -d' ' -f1)
  if [[ "$(cat "$KEYCLOAK_DATA/realm.sha256" 2>/dev/null)" != "$sum" ]]; then
    rm -rf "$KEYCLOAK_DATA/db"
    echo "$sum" > "$KEYCLOAK_DATA/realm.sha256"
  fi
  cp "$ROOT/deploy/keycloak/wa-realm.json" "$KEYCLOAK_HOME/data/import/"
  log "starting Keycloak $KEYCLOAK_VERSION"
  # bootstrap admin: local development only
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  JAVA_OPTS_KC_HEAP="-Xms64m -Xmx384m" \
  start_bg keycloak "$LOGS/keycloak.log" "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT --http-management-port=$KEYCLOAK_MGMT_PORT \
    --hostname="$KEYCLOAK_URL" --health-enabled=true \
    --db=dev-file --db-url="jdbc:h2:file:$KEYCLOAK_DATA/db/keycloakdb;NON_KEYWORDS=VALUE" \
    --import-realm
}

keycloak_wait() {
  wait_for Keycloak 180 http_ok "http://127.0.0.1:$KEYCLOAK_PORT/realms/$REALM/.well-known/openid-configuration" \
    || die "Keycloak did not start (see $LOGS/keycloak.log)"
}

keycloak_down() { stop_pid keycloak; }
