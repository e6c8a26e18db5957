# PostgreSQL and Redis: use the ones running on the machine, install and start them when absent,
# and create one database per service with an owner role (migrations) and a non-owner app role.

DB_PASSWORD_DEV=dev-only-password   # local stack only; production passwords come from Secrets

pg_super() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"
  else
    (cd /tmp && runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@")
  fi
}

ensure_apt_package() { # ensure_apt_package COMMAND PACKAGE...
  command -v "$1" >/dev/null 2>&1 && return 0
  shift
  log "installing $* from Debian packages"
  [[ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]] || apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1; } \
    || die "could not install $* (see $LOGS/apt.log)"
}

postgres_up() {
  if ! port_open 5432; then
    ensure_apt_package pg_ctlcluster postgresql
    local version; version=$(ls /etc/postgresql | sort -V | tail -1)
    log "starting PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    echo "$version" > "$PIDS/postgres.started"
    wait_for PostgreSQL 30 port_open 5432 || die "PostgreSQL did not start"
  fi
  local svc db
  for svc in "${DB_SERVICES[@]}"; do
    pg_super -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wa_${svc}_owner') THEN
    CREATE ROLE wa_${svc}_owner LOGIN PASSWORD '${DB_PASSWORD_DEV}';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wa_${svc}_app') THEN
    CREATE ROLE wa_${svc}_app LOGIN PASSWORD '${DB_PASSWORD_DEV}';
  END IF;
END \$\$;
SQL
    for db in "wa_${svc}" "wa_${svc}_test"; do
      if [[ -z "$(pg_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
        pg_super -d postgres -c "CREATE DATABASE $db OWNER wa_${svc}_owner"
      fi
      pg_super -d "$db" <<SQL
REVOKE ALL ON DATABASE $db FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE $db TO wa_${svc}_app;
GRANT USAGE ON SCHEMA public TO wa_${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE wa_${svc}_owner IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO wa_${svc}_app;
ALTER DEFAULT PRIVILEGES FOR ROLE wa_${svc}_owner IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO wa_${svc}_app;
SQL
    done
  done
}

postgres_down() {
  if [[ -f "$PIDS/postgres.started" ]]; then
    log "stopping PostgreSQL (started by the stack)"
    pg_ctlcluster --skip-systemctl-redirect "$(cat "$PIDS/postgres.started")" main stop || true
    rm -f "$PIDS/postgres.started"
  fi
}

redis_up() {
  port_open 6379 && return 0
  ensure_apt_package redis-server redis-server
  log "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
    --pidfile "$PIDS/redis.pid" --logfile "$LOGS/redis.log"
  wait_for Redis 20 port_open 6379 || die "Redis did not start"
}

redis_down() { stop_pid redis; }
