# PostgreSQL and Redis: use the ones running on the machine, install and start them when absent,
# and create one database per service with an owner role (migrations) and a non-owner app role.

# local stack only; production passwords come from Secrets (DB_OWNER_PASSWORD for the migration step,
# DB_APP_PASSWORD for the services). The same value here, as the module tests' %test defaults expect.
DB_OWNER_PASSWORD_DEV=dev-only-password
DB_APP_PASSWORD_DEV=dev-only-password
PG_CONF_DIR="${PG_CONF_DIR:-/etc/postgresql}"   # Debian's clusters: <version>/<name>

# -w everywhere: never a password prompt on a terminal (the local superuser connects by trust or as postgres)
pg_super() {
  if psql -w -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    psql -w -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"
  else
    (cd /tmp && as_root runuser -u postgres -- psql -w -v ON_ERROR_STOP=1 -q "$@")
  fi
}

# pg_cluster_start VERSION: start the cluster; one the system started meanwhile (installing the package starts it
# under systemd: pg_ctlcluster then exits 2, "already running") is used as it is, and left to the system
pg_cluster_start() {
  local rc=0
  as_root pg_ctlcluster --skip-systemctl-redirect "$1" main start || rc=$?
  case $rc in
    0) echo "$1" > "$PIDS/postgres.started" ;;
    2) log "PostgreSQL $1 is already running (started by the system; left to it)" ;;
    *) die "PostgreSQL $1 did not start (pg_ctlcluster exit $rc; see /var/log/postgresql)" ;;
  esac
}

postgres_up() {
  if ! port_open 5432; then
    ensure_apt_package pg_ctlcluster postgresql
    local version; version=$(ls "$PG_CONF_DIR" 2>/dev/null | sort -V | tail -1)
    [[ -n "$version" ]] || die "PostgreSQL is installed but has no cluster (create one: pg_createcluster <version> main)"
    if ! port_open 5432; then   # installing it may have started it already
      log "starting PostgreSQL $version"
      pg_cluster_start "$version"
    fi
    wait_for PostgreSQL 30 port_open 5432 || die "PostgreSQL did not start"
  fi
  ensure_apt_package psql postgresql-client   # a PostgreSQL that was already there may come without it
  local svc db
  for svc in "${DB_SERVICES[@]}"; do
    pg_super -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wa_${svc}_owner') THEN
    CREATE ROLE wa_${svc}_owner LOGIN PASSWORD '${DB_OWNER_PASSWORD_DEV}';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wa_${svc}_app') THEN
    CREATE ROLE wa_${svc}_app LOGIN PASSWORD '${DB_APP_PASSWORD_DEV}';
  END IF;
END \$\$;
SQL
    for db in "wa_${svc}" "wa_${svc}_test"; do
      if [[ -z "$(pg_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]]; then
        pg_super -d postgres -c "CREATE DATABASE $db OWNER wa_${svc}_owner"
      fi
      # a run stopped in the middle of a database outage test leaves the database refusing connections
      pg_super -d postgres -c "ALTER DATABASE $db WITH ALLOW_CONNECTIONS true" >/dev/null
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
    as_root pg_ctlcluster --skip-systemctl-redirect "$(cat "$PIDS/postgres.started")" main stop || true
    rm -f "$PIDS/postgres.started"
  fi
}

# databases_block | databases_unblock: "PostgreSQL is down" for the platform's own databases only (outage tests):
# new connections are refused (ALLOW_CONNECTIONS false, the FATAL error a stopped server gives) and the open ones
# terminated; the server keeps serving everyone else (a system PostgreSQL is never stopped)
databases_block() {
  local svc
  for svc in "${DB_SERVICES[@]}"; do
    pg_super -d postgres -c "ALTER DATABASE wa_${svc} WITH ALLOW_CONNECTIONS false" \
      -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = 'wa_${svc}'" >/dev/null
  done
}

databases_unblock() {
  local svc
  for svc in "${DB_SERVICES[@]}"; do
    pg_super -d postgres -c "ALTER DATABASE wa_${svc} WITH ALLOW_CONNECTIONS true" >/dev/null
  done
}

redis_up() {
  port_open $REDIS_PORT && return 0
  ensure_apt_package redis-server redis-server
  log "starting Redis on $REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port $REDIS_PORT --save "" --appendonly no \
    --pidfile "$PIDS/redis.pid" --logfile "$LOGS/redis.log"
  wait_for Redis 20 port_open $REDIS_PORT || die "Redis did not start"
}

redis_down() { stop_pid redis; }
