#!/usr/bin/env bash
# Stops or starts only the Kafka broker of the local stack, keeping its data, e.g. to test how the
# services behave during a broker outage:
#   deploy/local/kafka-ctl.sh stop      graceful SIGTERM, SIGKILL after KAFKA_STOP_TIMEOUT (30 s)
#   deploy/local/kafka-ctl.sh start     start it again and wait until it answers
#   deploy/local/kafka-ctl.sh restart
#   deploy/local/kafka-ctl.sh status    exit code 0 when running, 3 when not
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case "${1:-}" in
  stop)
    stack_lock
    kafka_stop
    ;;
  start)
    stack_lock
    require_java
    kafka_start
    ;;
  restart)
    stack_lock
    require_java
    kafka_stop
    kafka_start
    ;;
  status)
    if pid="$(kafka_pid)"; then
      log "Kafka is running (pid $pid) on $KAFKA_BOOTSTRAP."
    else
      log "Kafka is not running."
      exit 3
    fi
    ;;
  *)
    sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
