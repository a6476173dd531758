# shellcheck shell=bash disable=SC2034  # variables here are used by the scripts that source it
# Shared functions of the local stack scripts (stack-up.sh, stack-down.sh, kafka-ctl.sh).
# Sourced, not run. Everything the stack keeps at run time lives under .local/ at the repo top:
#
#   .local/kafka/libs/        Kafka jars copied from Maven Central (deploy/local/kafka/pom.xml)
#   .local/kafka/config/      generated server.properties
#   .local/kafka/data/        KRaft metadata and topic data (kept across restarts)
#   .local/kafka/logs/        server.log (broker log), kafka.out (JVM stdout/stderr)
#   .local/kafka/kafka.pid
#   .local/bin/ferretdb-local FerretDB v1 built from deploy/local/ferretdb
#   .local/ferretdb/data/     SQLite databases (kept across restarts)
#   .local/ferretdb/ferretdb.log, ferretdb.pid
#   .local/stack.env          `export KAFKA_BROKERS=... MONGO_URL=...` for a shell or CI
#
# Configuration (environment):
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), MONGO_PORT (27017), MONGO_DB (jobstream),
#   KAFKA_HEAP_OPTS (-Xms256m -Xmx512m), KAFKA_START_TIMEOUT (90 s), FERRETDB_START_TIMEOUT (30 s),
#   KAFKA_STOP_TIMEOUT (30 s), FERRETDB_GOGC (400), JAVA_HOME, JOBSTREAM_LOCAL_DIR (.local).

DEPLOY_LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$DEPLOY_LOCAL_DIR/../.." && pwd)"
LOCAL_DIR="${JOBSTREAM_LOCAL_DIR:-$REPO_ROOT/.local}"

KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
MONGO_DB="${MONGO_DB:-jobstream}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
FERRETDB_START_TIMEOUT="${FERRETDB_START_TIMEOUT:-30}"
FERRETDB_STOP_TIMEOUT="${FERRETDB_STOP_TIMEOUT:-15}"

KAFKA_HOME="$LOCAL_DIR/kafka"
KAFKA_LIBS="$KAFKA_HOME/libs"
KAFKA_CONFIG_DIR="$KAFKA_HOME/config"
KAFKA_DATA="$KAFKA_HOME/data"
KAFKA_LOGS="$KAFKA_HOME/logs"
KAFKA_PID_FILE="$KAFKA_HOME/kafka.pid"
KAFKA_BOOTSTRAP="localhost:$KAFKA_PORT"

FERRETDB_BIN="$LOCAL_DIR/bin/ferretdb-local"
FERRETDB_HOME="$LOCAL_DIR/ferretdb"
FERRETDB_DATA="$FERRETDB_HOME/data"
FERRETDB_LOG="$FERRETDB_HOME/ferretdb.log"
FERRETDB_PID_FILE="$FERRETDB_HOME/ferretdb.pid"

STACK_ENV_FILE="$LOCAL_DIR/stack.env"

KAFKA_BROKERS_VALUE="localhost:$KAFKA_PORT"
MONGO_URL_VALUE="mongodb://127.0.0.1:$MONGO_PORT/$MONGO_DB"

# topic name and partition count; every consumed topic has a dead-letter topic <topic>.dlq
STACK_TOPICS=(
  "postings.inbound.v1:6"
  "postings.ingested.v1:6"
  "postings.enriched.v1:6"
  "postings.inbound.v1.dlq:3"
  "postings.ingested.v1.dlq:3"
  "postings.enriched.v1.dlq:3"
)

log() { printf '[stack] %s\n' "$*"; }
warn() { printf '[stack] WARNING: %s\n' "$*" >&2; }
die() {
  printf '[stack] ERROR: %s\n' "$*" >&2
  exit 1
}

now_s() { date +%s; }

# --- prerequisites -------------------------------------------------------------------------------

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java || true
  fi
}

# check_java / check_maven / check_go print what is missing and return 1; require_* stop on it.
check_java() {
  JAVA="$(java_bin)"
  if [[ -z "$JAVA" ]]; then
    echo "Java 17 or newer is required to run Kafka, and none was found.
  Install it (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless; macOS: brew install openjdk@17),
  or point JAVA_HOME at a JDK/JRE 17+."
    return 1
  fi
  local line major
  line="$("$JAVA" -version 2>&1 | head -n 1)"
  major="$(sed -E 's/.*version "([0-9]+)(\.([0-9]+))?.*/\1 \3/' <<<"$line")"
  # Java 8 and older report 1.x
  if [[ "${major%% *}" == "1" ]]; then major="${major#* }"; else major="${major%% *}"; fi
  if ! [[ "$major" =~ ^[0-9]+$ ]] || ((major < 17)); then
    echo "Java 17 or newer is required to run Kafka 4, found: $line ($JAVA).
  Install Java 17+ (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless) or set JAVA_HOME to one."
    return 1
  fi
}

check_maven() {
  command -v mvn >/dev/null 2>&1 && return 0
  echo "Maven is required once, to fetch the Kafka jars from Maven Central, and 'mvn' was not found.
  Install it (Debian/Ubuntu: apt-get install -y maven; macOS: brew install maven), then run this again.
  (The jars are cached in $KAFKA_LIBS afterwards.)"
  return 1
}

check_go() {
  if ! command -v go >/dev/null 2>&1; then
    echo "Go 1.24 or newer is required once, to build FerretDB (the MongoDB-wire store), and 'go' was not found.
  Install it (Debian/Ubuntu: apt-get install -y golang-go if it is 1.24+, or from go.dev; macOS: brew install go),
  then run this again. (The binary is cached in $FERRETDB_BIN afterwards.)"
    return 1
  fi
  local v
  v="$(go env GOVERSION 2>/dev/null || true)"
  if [[ "$v" =~ ^go1\.([0-9]+) ]] && ((BASH_REMATCH[1] < 24)); then
    warn "FerretDB v1.24 needs Go 1.24+, found $v; the go command will try to fetch a newer toolchain (GOTOOLCHAIN)."
  fi
}

require_java() { check_java >&2 || die "Java is missing (see above)."; }
require_maven() { check_maven >&2 || die "Maven is missing (see above)."; }
require_go() { check_go >&2 || die "Go is missing (see above)."; }

# require_prereqs: everything the stack needs to start from this state, all missing tools reported at once
require_prereqs() {
  local missing=0
  check_java >&2 || missing=$((missing + 1))
  if ! kafka_pid >/dev/null && ! kafka_installed; then check_maven >&2 || missing=$((missing + 1)); fi
  if ! ferretdb_installed; then check_go >&2 || missing=$((missing + 1)); fi
  ((missing == 0)) || die "$missing prerequisite(s) missing (see above); the local stack was not started."
}

# --- processes -----------------------------------------------------------------------------------

# pid_alive PIDFILE PATTERN: the pid in PIDFILE runs and its command line contains PATTERN
pid_alive() {
  local file="$1" pattern="$2" pid
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  proc_running "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern" || return 1
  printf '%s\n' "$pid"
}

# proc_running PID: the process exists and is not a zombie waiting to be reaped
proc_running() {
  kill -0 "$1" 2>/dev/null || return 1
  local state
  state="$(sed -E 's/^[0-9]+ \(.*\) ([A-Za-z]).*/\1/' "/proc/$1/stat" 2>/dev/null || true)"
  [[ "$state" != "Z" && "$state" != "X" ]]
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port_owner() { ss -ltnpH "sport = :$1" 2>/dev/null | sed -nE 's/.*users:\(\("([^"]+)",pid=([0-9]+).*/\1 (pid \2)/p' | head -n 1; }

# stop_pid NAME PIDFILE PATTERN TIMEOUT: SIGTERM, wait, then SIGKILL
stop_pid() {
  local name="$1" file="$2" pattern="$3" timeout="$4" pid waited=0
  if ! pid="$(pid_alive "$file" "$pattern")"; then
    rm -f "$file"
    log "$name is not running."
    return 0
  fi
  log "Stopping $name (pid $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  while proc_running "$pid"; do
    if ((waited >= timeout * 10)); then
      warn "$name did not stop within ${timeout}s; sending SIGKILL."
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
      break
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  rm -f "$file"
  log "$name stopped."
}

# --- Kafka ---------------------------------------------------------------------------------------

kafka_pom_stamp() { sha256sum "$DEPLOY_LOCAL_DIR/kafka/pom.xml" | cut -d' ' -f1; }

kafka_installed() {
  local stamp_file="$KAFKA_LIBS/.pom.sha256"
  [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$(kafka_pom_stamp)" ]] &&
    compgen -G "$KAFKA_LIBS/kafka_2.13-*.jar" >/dev/null
}

kafka_install() {
  kafka_installed && return 0
  local stamp_file="$KAFKA_LIBS/.pom.sha256" stamp
  stamp="$(kafka_pom_stamp)"
  require_maven
  log "Fetching the Kafka jars from Maven Central into $KAFKA_LIBS (once)..."
  local t0 tmp
  t0="$(now_s)"
  tmp="$KAFKA_HOME/libs.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! mvn -B -Dstyle.color=never -f "$DEPLOY_LOCAL_DIR/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$tmp" >"$KAFKA_HOME/maven.log" 2>&1; then
    rm -rf "$tmp"
    die "Maven could not fetch the Kafka jars; is Maven Central reachable? Last lines of $KAFKA_HOME/maven.log:
$(grep -E 'ERROR|BUILD' "$KAFKA_HOME/maven.log" | sed 's/\x1b\[[0-9;]*m//g' | tail -n 15)"
  fi
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
  printf '%s\n' "$stamp" >"$stamp_file"
  log "Kafka jars ready ($(find "$KAFKA_LIBS" -name '*.jar' | wc -l) jars, $(($(now_s) - t0))s)."
}

kafka_tool() {
  # kafka_tool MAINCLASS ARGS...: a Kafka command-line tool, warnings only
  "$JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$DEPLOY_LOCAL_DIR/kafka/tools-log4j2.properties" \
    -cp "$KAFKA_LIBS/*" "$@"
}

kafka_write_config() {
  mkdir -p "$KAFKA_CONFIG_DIR" "$KAFKA_DATA" "$KAFKA_LOGS"
  cat >"$KAFKA_CONFIG_DIR/server.properties" <<EOF
# Generated by deploy/local/lib.sh on each start: edit that file, not this one.
# Single-node KRaft: one process is both broker and controller.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$KAFKA_PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT

log.dirs=$KAFKA_DATA

# one broker: every internal topic has a single replica
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
default.replication.factor=1
min.insync.replicas=1

# topics are created on purpose, with explicit partition counts
auto.create.topics.enable=false
delete.topic.enable=true
num.partitions=3

# no waiting for more members before the first rebalance of a consumer group
group.initial.rebalance.delay.ms=0

# a small machine
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.retention.hours=168
log.segment.bytes=134217728
log.retention.check.interval.ms=300000
EOF
}

kafka_pid() { pid_alive "$KAFKA_PID_FILE" "kafka.Kafka"; }

kafka_format() {
  if [[ -f "$KAFKA_DATA/meta.properties" ]]; then
    return 0
  fi
  local cluster_id_file="$KAFKA_HOME/cluster.id" cluster_id
  if [[ ! -s "$cluster_id_file" ]]; then
    kafka_tool kafka.tools.StorageTool random-uuid >"$cluster_id_file"
  fi
  cluster_id="$(tr -d '[:space:]' <"$cluster_id_file")"
  log "Formatting the Kafka storage (cluster id $cluster_id)..."
  kafka_tool kafka.tools.StorageTool format --standalone --ignore-formatted \
    -t "$cluster_id" -c "$KAFKA_CONFIG_DIR/server.properties" >"$KAFKA_LOGS/format.out" 2>&1 ||
    die "Formatting the Kafka storage failed: $(tail -n 20 "$KAFKA_LOGS/format.out")"
}

kafka_ready() { kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list >/dev/null 2>&1; }

kafka_start() {
  local pid
  if pid="$(kafka_pid)"; then
    log "Kafka is already running (pid $pid) on $KAFKA_BOOTSTRAP."
    kafka_wait_ready "$pid"
    return 0
  fi
  rm -f "$KAFKA_PID_FILE"
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$p"; then
      die "Port $p is already in use by $(port_owner "$p" || true), not by this stack's Kafka.
  Stop that process, or choose other ports: KAFKA_PORT=... KAFKA_CONTROLLER_PORT=... npm run stack:up"
    fi
  done
  kafka_install
  kafka_write_config
  kafka_format
  log "Starting Kafka (KRaft broker+controller) on $KAFKA_BOOTSTRAP..."
  # shellcheck disable=SC2086
  setsid nohup "$JAVA" ${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m} \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dkafka.logs.dir="$KAFKA_LOGS" \
    -Dlog4j2.configurationFile="$DEPLOY_LOCAL_DIR/kafka/log4j2.properties" \
    ${KAFKA_OPTS:-} \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG_DIR/server.properties" \
    </dev/null >>"$KAFKA_LOGS/kafka.out" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$KAFKA_PID_FILE"
  kafka_wait_ready "$pid"
}

kafka_wait_ready() {
  local pid="$1" t0 deadline
  t0="$(now_s)"
  deadline=$((t0 + KAFKA_START_TIMEOUT))
  while :; do
    if ! proc_running "$pid"; then
      rm -f "$KAFKA_PID_FILE"
      die "Kafka exited while starting. Last lines of $KAFKA_LOGS/kafka.out and server.log:
$(tail -n 15 "$KAFKA_LOGS/kafka.out" 2>/dev/null)
$(tail -n 25 "$KAFKA_LOGS/server.log" 2>/dev/null)"
    fi
    if port_open "$KAFKA_PORT" && kafka_ready; then
      break
    fi
    if (($(now_s) >= deadline)); then
      die "Kafka (pid $pid) did not answer on $KAFKA_BOOTSTRAP within ${KAFKA_START_TIMEOUT}s.
  See $KAFKA_LOGS/server.log (and kafka.out). Last lines of server.log:
$(tail -n 25 "$KAFKA_LOGS/server.log" 2>/dev/null)"
    fi
    sleep 1
  done
  log "Kafka is ready on $KAFKA_BOOTSTRAP (pid $pid, $(($(now_s) - t0))s)."
}

kafka_stop() { stop_pid "Kafka" "$KAFKA_PID_FILE" "kafka.Kafka" "$KAFKA_STOP_TIMEOUT"; }

kafka_ensure_topics() {
  local existing spec name parts created=0
  existing="$(kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --list)" ||
    die "Could not list the Kafka topics on $KAFKA_BOOTSTRAP."
  for spec in "${STACK_TOPICS[@]}"; do
    name="${spec%%:*}"
    parts="${spec##*:}"
    if grep -qxF -- "$name" <<<"$existing"; then
      continue
    fi
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" --create \
      --if-not-exists --topic "$name" --partitions "$parts" --replication-factor 1 >/dev/null ||
      die "Could not create the topic $name."
    log "Created topic $name ($parts partitions)."
    created=$((created + 1))
  done
  if ((created == 0)); then
    log "Topics present: ${STACK_TOPICS[*]%%:*}."
  fi
}

# --- FerretDB ------------------------------------------------------------------------------------

ferretdb_src_stamp() {
  cat "$DEPLOY_LOCAL_DIR/ferretdb/go.mod" "$DEPLOY_LOCAL_DIR/ferretdb/go.sum" "$DEPLOY_LOCAL_DIR"/ferretdb/*.go |
    sha256sum | cut -d' ' -f1
}

ferretdb_installed() {
  [[ -x "$FERRETDB_BIN" && -f "$FERRETDB_BIN.sha256" && "$(cat "$FERRETDB_BIN.sha256")" == "$(ferretdb_src_stamp)" ]]
}

ferretdb_install() {
  ferretdb_installed && return 0
  local stamp_file="$FERRETDB_BIN.sha256" stamp
  stamp="$(ferretdb_src_stamp)"
  require_go
  log "Building FerretDB (deploy/local/ferretdb) into $FERRETDB_BIN (once; takes a minute or two)..."
  local t0
  t0="$(now_s)"
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  mkdir -p "$FERRETDB_HOME"
  if ! (cd "$DEPLOY_LOCAL_DIR/ferretdb" && CGO_ENABLED=0 go build -trimpath -buildvcs=false -o "$FERRETDB_BIN.tmp" .) \
    >"$FERRETDB_HOME/build.log" 2>&1; then
    die "Building FerretDB failed; is the Go module proxy reachable? Last lines of $FERRETDB_HOME/build.log:
$(tail -n 20 "$FERRETDB_HOME/build.log")"
  fi
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  printf '%s\n' "$stamp" >"$stamp_file"
  log "FerretDB built ($(($(now_s) - t0))s)."
}

ferretdb_pid() { pid_alive "$FERRETDB_PID_FILE" "ferretdb-local"; }

ferretdb_start() {
  local pid
  ferretdb_install
  # a running FerretDB whose binary has been rebuilt since it started runs a deleted file
  if pid="$(ferretdb_pid)" && [[ "$(readlink "/proc/$pid/exe" 2>/dev/null)" == *" (deleted)" ]]; then
    log "FerretDB (pid $pid) runs an older build of deploy/local/ferretdb: restarting it (data is kept)."
    ferretdb_stop
  fi
  if pid="$(ferretdb_pid)"; then
    log "FerretDB is already running (pid $pid) on 127.0.0.1:$MONGO_PORT."
    ferretdb_wait_ready "$pid"
    return 0
  fi
  rm -f "$FERRETDB_PID_FILE"
  if port_open "$MONGO_PORT"; then
    die "Port $MONGO_PORT is already in use by $(port_owner "$MONGO_PORT" || true), not by this stack's FerretDB.
  Stop that process, or choose another port: MONGO_PORT=... npm run stack:up"
  fi
  ferretdb_install
  mkdir -p "$FERRETDB_DATA"
  log "Starting FerretDB (SQLite backend) on 127.0.0.1:$MONGO_PORT..."
  # GOGC=400: FerretDB turns every document into JSON and back, and with Go's default GC target (100) a
  # good part of its CPU went to garbage collection (measured: ~2.6 -> ~1.9 ms of CPU per 35 KB insert);
  # the heap it keeps is small, so a larger target costs little memory. FERRETDB_GOGC overrides it.
  MONGO_HOST=127.0.0.1 MONGO_PORT="$MONGO_PORT" FERRETDB_STATE_DIR="$FERRETDB_DATA" \
    FERRETDB_LOG_LEVEL="${FERRETDB_LOG_LEVEL:-warn}" GOGC="${FERRETDB_GOGC:-400}" \
    setsid nohup "$FERRETDB_BIN" </dev/null >>"$FERRETDB_LOG" 2>&1 9>&- &
  pid=$!
  printf '%s\n' "$pid" >"$FERRETDB_PID_FILE"
  ferretdb_wait_ready "$pid"
}

ferretdb_wait_ready() {
  local pid="$1" t0 deadline
  t0="$(now_s)"
  deadline=$((t0 + FERRETDB_START_TIMEOUT))
  until port_open "$MONGO_PORT"; do
    if ! proc_running "$pid"; then
      rm -f "$FERRETDB_PID_FILE"
      die "FerretDB exited while starting. Last lines of $FERRETDB_LOG:
$(tail -n 20 "$FERRETDB_LOG" 2>/dev/null)"
    fi
    if (($(now_s) >= deadline)); then
      die "FerretDB (pid $pid) did not listen on 127.0.0.1:$MONGO_PORT within ${FERRETDB_START_TIMEOUT}s. See $FERRETDB_LOG."
    fi
    sleep 0.2
  done
  log "FerretDB is ready on 127.0.0.1:$MONGO_PORT (pid $pid)."
}

ferretdb_stop() { stop_pid "FerretDB" "$FERRETDB_PID_FILE" "ferretdb-local" "$FERRETDB_STOP_TIMEOUT"; }

# --- locking -------------------------------------------------------------------------------------

# One stack script at a time (several shells may run `npm run stack:up` at once).
stack_lock() {
  mkdir -p "$LOCAL_DIR"
  exec 9>"$LOCAL_DIR/stack.lock"
  if ! flock -n 9; then
    log "Another stack script is running; waiting for it..."
    flock -w 600 9 || die "Timed out waiting for the lock $LOCAL_DIR/stack.lock."
  fi
}
