# The edge: nginx from Debian, one origin in front of every service (mirrors the Helm ingress).

edge_up() {
  if pid_alive edge; then return 0; fi
  port_open "$EDGE_PORT" && die "port $EDGE_PORT is taken by another program; set WA_EDGE_PORT"
  ensure_apt_package nginx nginx-light
  mkdir -p "$STATE/nginx"/{body,proxy,fastcgi,uwsgi,scgi}
  sed -e "s#@STATE@#$STATE#g" -e "s#@LOGS@#$LOGS#g" -e "s#@ROOT@#$ROOT#g" -e "s#@PORT@#$EDGE_PORT#g" \
    "$ROOT/deploy/edge/nginx.conf.template" > "$STATE/nginx/nginx.conf"
  log "starting the edge on $PUBLIC_URL"
  start_bg edge "$LOGS/edge.log" nginx -c "$STATE/nginx/nginx.conf" -p "$STATE/nginx"
  wait_for edge 20 port_open "$EDGE_PORT" || die "the edge did not start (see $LOGS/edge-error.log)"
}

edge_down() { stop_pid edge; }
