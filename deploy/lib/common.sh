# Shared settings and helpers for the local stack. Sourced by ./stack.
# Every value here is a local development default, never a production setting.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="${WA_STATE_DIR:-$ROOT/.stack}"            # pids, logs, broker data (ignored by git)
CACHE="${WA_CACHE_DIR:-$HOME/.cache/wa-platform}" # downloaded Kafka and Keycloak (outside git)
LOGS="$STATE/logs"
PIDS="$STATE/pids"
mkdir -p "$LOGS" "$PIDS" "$CACHE"

KAFKA_VERSION=4.3.1
KEYCLOAK_VERSION=26.5.6
GREENMAIL_VERSION=2.1.2
MAIL_SMTP_PORT=3025
MAIL_API_PORT=8025
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KEYCLOAK_PORT=8180
KEYCLOAK_MGMT_PORT=8190
EDGE_PORT="${WA_EDGE_PORT:-8080}"
PUBLIC_URL="http://localhost:$EDGE_PORT"
KEYCLOAK_URL="http://localhost:$KEYCLOAK_PORT"
REALM=wa

# service name -> HTTP port
declare -A SERVICE_PORTS=(
  [tenant-service]=8081
  [session-service]=8082
  [message-service]=8083
  [webhook-gateway]=8084
  [realtime-service]=8085
  [provider-simulator]=8090
)
SERVICES=(tenant-service session-service message-service webhook-gateway realtime-service provider-simulator)
# services with a database of their own
DB_SERVICES=(tenant session message)

log()  { printf '\033[1;34m[stack]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[stack]\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[stack]\033[0m %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS COMMAND... : retry COMMAND until it succeeds
wait_for() {
  local name=$1 timeout=$2; shift 2
  local start=$SECONDS
  until "$@" >/dev/null 2>&1; do
    if (( SECONDS - start > timeout )); then
      warn "$name not ready after ${timeout}s"; return 1
    fi
    sleep 1
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1"; }

pid_alive() { local f="$PIDS/$1.pid"; [[ -f $f ]] && kill -0 "$(cat "$f")" 2>/dev/null; }

# start_bg NAME LOGFILE COMMAND... : start in its own process group, remember the pid
start_bg() {
  local name=$1 logfile=$2; shift 2
  setsid "$@" >>"$logfile" 2>&1 < /dev/null &
  echo $! > "$PIDS/$name.pid"
}

# stop_pid NAME : stop what we started (whole process group), by pid
stop_pid() {
  local name=$1 f="$PIDS/$1.pid"
  [[ -f $f ]] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

# run_maven ARGS... : the project's Maven wrapper, quiet unless it fails
mvnw() { "$ROOT/mvnw" -B --no-transfer-progress "$@"; }
