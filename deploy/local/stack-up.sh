#!/usr/bin/env bash
# Starts the local stack (npm run stack:up): a single-node Kafka 4 (KRaft) from Maven Central jars and
# FerretDB (MongoDB wire protocol, SQLite backend) built from the Go module proxy, with all their data in
# .local/ at the repo top, and creates the topics. Idempotent: what runs already is left running.
# Configuration: see deploy/local/lib.sh (KAFKA_PORT, MONGO_PORT, ...).
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

t0="$(now_s)"
stack_lock
require_prereqs
# fetch/build what is missing before starting anything, so a missing tool is reported at once
kafka_pid >/dev/null || kafka_install
ferretdb_install

kafka_start
ferretdb_start
kafka_ensure_topics

mkdir -p "$LOCAL_DIR"
cat >"$STACK_ENV_FILE" <<ENV
# Written by deploy/local/stack-up.sh: source it to use the local stack.
export KAFKA_BROKERS=$KAFKA_BROKERS_VALUE
export MONGO_URL=$MONGO_URL_VALUE
ENV

log "Local stack is up ($(($(now_s) - t0))s). Data and logs: $LOCAL_DIR"
log "Kafka log: $KAFKA_LOGS/server.log  FerretDB log: $FERRETDB_LOG"
log "Stop it with: npm run stack:down   Use it from a shell with: source ${STACK_ENV_FILE#"$REPO_ROOT"/}"
echo "KAFKA_BROKERS=$KAFKA_BROKERS_VALUE"
echo "MONGO_URL=$MONGO_URL_VALUE"
