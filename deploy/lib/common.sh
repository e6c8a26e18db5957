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
REDIS_PORT=6380   # the stack's own Redis (a Redis the system runs on 6379 is left alone)
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
# WA_REALTIME_REPLICAS=3 ./stack up: more realtime-service instances (realtime-service-2 on 8086, -3 on 8087 …)
# behind the edge's /ws, to try a client resuming on another replica
REALTIME_REPLICAS="${WA_REALTIME_REPLICAS:-1}"
realtime_replica_port() { echo $((8084 + $1)); }
[[ "$REALTIME_REPLICAS" =~ ^[1-9]$ ]] || { echo "WA_REALTIME_REPLICAS must be 1 to 9" >&2; exit 2; }
for (( r=2; r<=REALTIME_REPLICAS; r++ )); do
  SERVICE_PORTS[realtime-service-$r]=$(realtime_replica_port "$r")
  SERVICES+=("realtime-service-$r")
done
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

# as_root COMMAND...: as root already, or through sudo (it may ask for the user's password once)
as_root() {
  if (( EUID == 0 )); then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "'$1' needs root: run ./stack as root or install sudo"; fi
}

ensure_apt_package() { # ensure_apt_package COMMAND PACKAGE...
  command -v "$1" >/dev/null 2>&1 && return 0
  shift
  log "installing $* from Debian packages"
  [[ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]] || as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1 \
    || { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$LOGS/apt.log" 2>&1; } \
    || die "could not install $* (see $LOGS/apt.log)"
}

# what the scripts themselves run, beyond JDK 17 and a Debian base system: curl for every readiness wait
# (PostgreSQL, Redis and nginx are installed where they are needed, and only when nothing listens)
stack_prerequisites() {
  command -v javac >/dev/null 2>&1 || die "a JDK 17 is needed to build the services (Debian: apt-get install openjdk-17-jdk-headless)"
  ensure_apt_package curl curl
}

# node_prerequisite: the web app's build needs Node.js >= 20.19 and npm (Debian 12's own nodejs is 18: too old)
node_prerequisite() {
  local hint="install Node.js 20.19 or later (for example from https://nodejs.org or NodeSource's Debian packages)"
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || die "the web app's build needs Node.js and npm: $hint"
  local version; version=$(node -p 'process.versions.node')
  local major=${version%%.*} rest=${version#*.}; local minor=${rest%%.*}
  (( major > 20 || (major == 20 && minor >= 19) )) || die "Node.js $version is too old for the web app's build: $hint"
}

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
    # a service drains for up to SHUTDOWN_DELAY (5s) + SHUTDOWN_TIMEOUT (20s): only then is it killed
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

# term_pid NAME : graceful stop (SIGTERM) of one service the stack runs, waiting until it has exited (no SIGKILL
# before SHUTDOWN_DELAY + SHUTDOWN_TIMEOUT + 10 s); prints how long it took. Exit 3 if the stack does not run it.
term_pid() {
  local name=$1 f="$PIDS/$1.pid" pid started waited limit=$(( 5 + 20 + 10 ))
  pid_alive "$name" || return 3
  pid=$(cat "$f")
  started=$(date +%s%N)
  kill -TERM "$pid"
  for _ in $(seq 1 $(( limit * 10 ))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  waited=$(( ($(date +%s%N) - started) / 1000000 ))
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop within ${limit}s of SIGTERM: killed"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    rm -f "$f"
    return 1
  fi
  rm -f "$f"
  log "$name stopped ${waited} ms after SIGTERM"
}

# run_maven ARGS... : the project's Maven wrapper, quiet unless it fails
mvnw() { "$ROOT/mvnw" -B --no-transfer-progress "$@"; }
