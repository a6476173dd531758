#!/usr/bin/env bash
# Stops the local stack (npm run stack:down). Data stays in .local/ for the next stack:up.
# Idempotent: stopping a stopped stack is fine.
#   --wipe   also delete the Kafka and FerretDB data (topics, offsets, databases); jars and binary stay.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

wipe=false
for arg in "$@"; do
  case "$arg" in
    --wipe) wipe=true ;;
    -h | --help)
      sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "Unknown argument: $arg (try --help)" ;;
  esac
done

stack_lock
ferretdb_stop
kafka_stop
if $wipe; then
  rm -rf "$KAFKA_DATA" "$KAFKA_HOME/cluster.id" "$FERRETDB_DATA"
  log "Deleted the Kafka and FerretDB data."
fi
rm -f "$STACK_ENV_FILE"
log "Local stack is down."
