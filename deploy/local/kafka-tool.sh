#!/usr/bin/env bash
# Kafka's own command-line tools against the local stack's broker, from the jars `npm run stack:up` fetched
# (there is no Kafka distribution with its bin/*.sh scripts here). `--bootstrap-server` is added when not given.
#   npm run -s kafka -- topics --list
#   npm run -s kafka -- consumer-groups --describe --group enrichment        (members, offsets, lag)
#   npm run -s kafka -- consumer-groups --group search-projection --topic postings.enriched.v1 \
#                        --reset-offsets --to-earliest --execute             (replay; stop the service first)
#   npm run -s kafka -- console-consumer --topic postings.ingested.v1.dlq --from-beginning \
#                        --property print.headers=true --max-messages 5
#   npm run -s kafka -- get-offsets --topic postings.enriched.v1
#   npm run -s kafka -- console-producer --topic postings.inbound.v1
# With KAFKA_TOPIC_PREFIX set (tests, the pipeline benchmark), name the prefixed topics and groups yourself.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  echo "tools: topics consumer-groups console-consumer console-producer get-offsets" >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
case "$1" in
  topics) main=org.apache.kafka.tools.TopicCommand ;;
  consumer-groups) main=org.apache.kafka.tools.consumer.group.ConsumerGroupCommand ;;
  console-consumer) main=org.apache.kafka.tools.consumer.ConsoleConsumer ;;
  console-producer) main=org.apache.kafka.tools.ConsoleProducer ;;
  get-offsets) main=org.apache.kafka.tools.GetOffsetShell ;;
  -h | --help | help) usage ;;
  *) echo "kafka-tool: unknown tool \"$1\"" >&2; usage ;;
esac
shift
require_java
[[ -d "$KAFKA_LIBS" ]] || die "The Kafka jars are not here yet ($KAFKA_LIBS): run npm run stack:up first."
args=("$@")
if [[ " ${args[*]-} " != *" --bootstrap-server "* ]]; then args=(--bootstrap-server "${KAFKA_BROKERS:-$KAFKA_BOOTSTRAP}" "${args[@]}"); fi
kafka_tool "$main" "${args[@]}"
