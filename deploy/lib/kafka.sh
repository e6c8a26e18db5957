# Kafka: a single KRaft broker from the Maven Central jars, data under $STATE/kafka.

KAFKA_HOME="$CACHE/kafka-$KAFKA_VERSION"
KAFKA_TOPICS=(tenant.events session.events whatsapp.inbound webhook.raw message.outbound message.status conversation.events audit.events
  session-service.dlq message-service.dlq test.tenant.events)
KAFKA_PARTITIONS=6

kafka_fetch() {
  [[ -f "$KAFKA_HOME/.complete" ]] && return 0
  log "fetching Kafka $KAFKA_VERSION from Maven Central"
  mvnw -q -f "$ROOT/deploy/infra/pom.xml" -Pkafka package -Dtarget.dir="$KAFKA_HOME/libs" \
    -Dproject.build.directory="$STATE/infra-target" >>"$LOGS/fetch.log" 2>&1 || die "Kafka fetch failed (see $LOGS/fetch.log)"
  touch "$KAFKA_HOME/.complete"
}

kafka_java() { # kafka_java MAIN-CLASS ARGS...
  java -Xmx128m -cp "$KAFKA_HOME/libs/*" -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" "$@"
}

kafka_up() {
  if port_open $KAFKA_PORT; then
    pid_alive kafka || log "Kafka already listening on $KAFKA_PORT (not ours; using it)"
    kafka_topics; return 0
  fi
  kafka_fetch
  local data="$STATE/kafka" conf="$STATE/kafka/server.properties"
  mkdir -p "$data"
  sed "s#@DATA@#$data/logs#" "$ROOT/deploy/kafka/server.properties" > "$conf"
  if [[ ! -f "$data/logs/meta.properties" ]]; then
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$conf" >>"$LOGS/kafka.log" 2>&1 || die "Kafka storage format failed"
  fi
  log "starting Kafka $KAFKA_VERSION (KRaft)"
  start_bg kafka "$LOGS/kafka.log" java -Xmx256m -XX:+UseSerialGC -cp "$KAFKA_HOME/libs/*" \
    -Dlog4j2.configurationFile="$ROOT/deploy/kafka/log4j2.properties" kafka.Kafka "$conf"
}

kafka_wait() {
  wait_for Kafka 90 port_open $KAFKA_PORT || die "Kafka did not start (see $LOGS/kafka.log)"
  kafka_topics
}

# topics whose latest record per key is kept forever (a table of the latest state, e.g. tenant snapshots)
KAFKA_COMPACTED_TOPICS=(tenant.events test.tenant.events)

kafka_topics() {
  local existing topic
  existing=$(kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:$KAFKA_PORT --list 2>>"$LOGS/kafka.log")
  for topic in "${KAFKA_TOPICS[@]}"; do
    grep -qx "$topic" <<<"$existing" && continue
    kafka_java org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:$KAFKA_PORT --create \
      --if-not-exists --topic "$topic" --partitions $KAFKA_PARTITIONS --replication-factor 1 >>"$LOGS/kafka.log" 2>&1 \
      || die "could not create topic $topic"
  done
  for topic in "${KAFKA_COMPACTED_TOPICS[@]}"; do
    kafka_java kafka.admin.ConfigCommand --bootstrap-server 127.0.0.1:$KAFKA_PORT --alter --entity-type topics \
      --entity-name "$topic" --add-config cleanup.policy=compact >>"$LOGS/kafka.log" 2>&1 \
      || die "could not make topic $topic compacted"
  done
}

kafka_down() { stop_pid kafka; }
