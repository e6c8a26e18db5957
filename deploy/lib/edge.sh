# The edge: nginx from Debian, one origin in front of every service (mirrors the Helm ingress).
#
# Started as root, nginx runs its workers as nobody (as the invoking user otherwise). A checkout in a directory
# others cannot traverse (a home directory, a `mktemp -d` folder: mode 0700) is then out of their reach, so what
# the workers read and write — request-body and proxy temp files, the static pages — lives in a directory of the
# edge's own under /tmp, removed when it stops. Configuration, pid and logs stay in $STATE (the master's).

EDGE_BODY_CHECK_BYTES=262144   # far above nginx's in-memory body buffer (8-16 KB): the body goes to a temp file

# edge_workdir: where the workers' files go (created; recorded for edge_down)
edge_workdir() {
  local dir="$STATE/nginx"
  if (( EUID == 0 )); then
    dir=$(mktemp -d /tmp/wa-edge.XXXXXX)
    chmod 755 "$dir"
  fi
  echo "$dir" > "$STATE/nginx/workdir"
  echo "$dir"
}

edge_up() {
  if pid_alive edge; then return 0; fi
  port_open "$EDGE_PORT" && die "port $EDGE_PORT is taken by another program; set WA_EDGE_PORT"
  ensure_apt_package nginx nginx-light
  mkdir -p "$STATE/nginx"
  edge_workdir_remove
  local work; work=$(edge_workdir)
  mkdir -p "$work"/{body,proxy,fastcgi,uwsgi,scgi}   # nginx hands them to its worker user
  edge_site "$work/www"
  sed -e "s#@STATE@#$STATE#g" -e "s#@LOGS@#$LOGS#g" -e "s#@WORK@#$work#g" -e "s#@PORT@#$EDGE_PORT#g" \
    -e "s#@KEYCLOAK@#$KEYCLOAK_URL#g" -e "s#@REALTIME@#$(realtime_upstreams)#g" \
    "$ROOT/deploy/edge/nginx.conf.template" > "$STATE/nginx/nginx.conf"
  log "starting the edge on $PUBLIC_URL"
  start_bg edge "$LOGS/edge.log" nginx -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx"
  wait_for edge 20 port_open "$EDGE_PORT" || die "the edge did not start (see $LOGS/edge-error.log)"
  wait_for "a large request through the edge" 30 edge_takes_large_body \
    || die "the edge fails requests with a large body (HTTP $(edge_large_body_status); see $LOGS/edge-error.log)"
}

# edge_site DIR: the web app's build (web-app/dist; a page saying how to build it when missing) and its runtime
# settings (config.json: the same build serves every environment)
edge_site() {
  local dir=$1
  rm -rf "$dir"
  if [[ -f "$ROOT/web-app/dist/index.html" ]]; then
    cp -r "$ROOT/web-app/dist" "$dir"
  else
    log "the web app is not built (web-app/dist): serving a page that says so; ./mvnw package builds it"
    cp -r "$ROOT/deploy/edge/www" "$dir"
  fi
  cat > "$dir/config.json" <<JSON
{"keycloakUrl": "$KEYCLOAK_URL", "realm": "$REALM", "clientId": "web-app", "apiBase": ""}
JSON
  chmod -R a+rX "$dir"
}

# edge_large_body_status: the HTTP status of an unauthenticated POST of EDGE_BODY_CHECK_BYTES to message-service
# through the edge (401 expected, no token: the body went through nginx's temp file to the service)
edge_large_body_status() {
  head -c "$EDGE_BODY_CHECK_BYTES" /dev/zero | tr '\0' 'x' \
    | curl -sS -o /dev/null -w '%{http_code}' --max-time 10 -X POST -H 'Content-Type: application/json' \
        --data-binary @- "$PUBLIC_URL/api/conversations/00000000-0000-0000-0000-000000000000/messages" 2>/dev/null || true
}

edge_takes_large_body() {
  local status; status=$(edge_large_body_status)
  [[ "$status" =~ ^[234][0-9][0-9]$ && "$status" != 413 ]]
}

# the workers' directory of an earlier start, if it is one of the edge's own under /tmp
edge_workdir_remove() {
  local dir; dir=$(cat "$STATE/nginx/workdir" 2>/dev/null) || return 0
  [[ "$dir" == /tmp/wa-edge.* ]] && rm -rf "$dir"
  rm -f "$STATE/nginx/workdir"
}

edge_down() { stop_pid edge; edge_workdir_remove; }
