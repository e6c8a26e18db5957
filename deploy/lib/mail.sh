# Mail: a real SMTP server for the local stack (GreenMail standalone from Maven Central). Keycloak sends agents'
# invitations and password resets through it; every message is kept and readable at
# http://127.0.0.1:$MAIL_API_PORT/api/user/<address>/messages/INBOX. Production points the realm at its own SMTP.

MAIL_JAR="$CACHE/greenmail-$GREENMAIL_VERSION/greenmail-standalone.jar"

mail_fetch() {
  [[ -f "$MAIL_JAR" ]] && return 0
  log "fetching GreenMail $GREENMAIL_VERSION from Maven Central (about 10 MB, once)"
  mvnw -q -f "$ROOT/deploy/infra/pom.xml" -Pmail package -Dtarget.dir="$(dirname "$MAIL_JAR")" \
    -Dproject.build.directory="$STATE/infra-target" >>"$LOGS/fetch.log" 2>&1 || die "GreenMail fetch failed (see $LOGS/fetch.log)"
}

mail_up() {
  if port_open $MAIL_SMTP_PORT; then
    pid_alive mail || log "an SMTP server already listens on $MAIL_SMTP_PORT (not ours; using it)"
    return 0
  fi
  mail_fetch
  log "starting the mail server (SMTP $MAIL_SMTP_PORT, mailbox API $MAIL_API_PORT)"
  start_bg mail "$LOGS/mail.log" java -Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$MAIL_SMTP_PORT -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_API_PORT -jar "$MAIL_JAR"
}

mail_wait() {
  wait_for "mail server" 60 http_ok "http://127.0.0.1:$MAIL_API_PORT/api/configuration" \
    || die "the mail server did not start (see $LOGS/mail.log)"
}

mail_down() { stop_pid mail; }
